/**
 * The JSON API under /api, for bearer tokens (integrations, tests); same roles and tenant rules as the screens.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.rest;
