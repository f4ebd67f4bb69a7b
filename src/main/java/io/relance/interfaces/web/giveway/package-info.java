/**
 * Tells the application how busy the node's requests keep it, so that bulk work gives way to people
 * (see {@link io.relance.application.common.GiveWay}).
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.giveway;
