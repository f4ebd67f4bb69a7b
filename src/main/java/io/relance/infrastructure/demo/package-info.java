/**
 * The demo agency loaded by the run command (relance.demo.enabled), matching the demo users of realm-export.json.
 * Infrastructure layer: implements ports the application owns (wired by CDI); never calls the interfaces.
 */
package io.relance.infrastructure.demo;
