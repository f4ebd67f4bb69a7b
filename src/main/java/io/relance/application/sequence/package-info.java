/**
 * The sequence engine and the services around enrolments: scheduling an enrolment's slots and
 * steps, draining due steps chunk by chunk under each step's tenant, and logging call outcomes.
 * Application layer: imports only the domain and its own ports (StepStore, TaskStore,
 * EngineEffects, EnrolmentStore, WithdrawalStore, NewsroomRepository, implemented in
 * io.relance.infrastructure.persistence.sequence), plus the shared application services it calls
 * (common, tenant, staff, reassignment). Never "Ma journée" (journee sits above it).
 */
package io.relance.application.sequence;
