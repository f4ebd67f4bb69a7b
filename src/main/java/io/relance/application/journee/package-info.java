/**
 * "Ma journée": each caller's queue of calls for today, the contact card of the call at hand, and
 * the outcome logged in one click or one key.
 */
package io.relance.application.journee;
