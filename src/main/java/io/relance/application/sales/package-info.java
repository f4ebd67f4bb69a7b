/**
 * The sales documents of a prospect's qualification card: the agency keeps its standard quote and
 * its proposal templates here, and a caller sends one in one click (an outbox email, its PDF attached).
 */
package io.relance.application.sales;
