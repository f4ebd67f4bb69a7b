/**
 * Benchmarks against the real stack (profile {@code bench}: {@code ./mvnw -Pbench verify}). They
 * measure and write their figures to target/benchmarks; they assert nothing about time.
 */
package io.relance.bench;
