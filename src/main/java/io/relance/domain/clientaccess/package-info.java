/** How an agency's client reads its campaigns: viewers bound to one brand, and share links. */
package io.relance.domain.clientaccess;
