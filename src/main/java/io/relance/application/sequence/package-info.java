/**
 * The sequence engine and the services around enrolments: scheduling an enrolment's slots and
 * steps, draining due steps chunk by chunk under each step's tenant, and logging call outcomes.
 */
package io.relance.application.sequence;
