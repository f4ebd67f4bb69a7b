/** The JSON API under /api, for bearer tokens (integrations, tests); same roles and tenant rules as the screens. */
package io.relance.interfaces.rest;
