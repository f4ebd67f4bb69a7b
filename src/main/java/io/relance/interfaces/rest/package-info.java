/**
 * The JSON API under /api, for bearer tokens (integrations, tests); same roles and tenant rules as the screens.
 * Interfaces layer: drives the application (pages, API, timers); never an EntityManager or SQL.
 */
package io.relance.interfaces.rest;
