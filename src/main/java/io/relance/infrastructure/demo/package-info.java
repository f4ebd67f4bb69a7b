/** The demo agency loaded by the run command (relance.demo.enabled), matching the demo users of realm-export.json. */
package io.relance.infrastructure.demo;
