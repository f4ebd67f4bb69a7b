/**
 * How an agency's client reads its campaigns: viewers bound to one brand, and share links.
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.clientaccess;
