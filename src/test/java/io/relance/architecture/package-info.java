/** The layer rules of ARCHITECTURE.md as ArchUnit tests, run in the unit test phase like any other test. */
package io.relance.architecture;
