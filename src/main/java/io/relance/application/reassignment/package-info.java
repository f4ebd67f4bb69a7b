/**
 * Moving calls between callers after the launch — a member disabled or demoted, a manual or bulk
 * reassignment, an escalation to a senior — always by the launch's own rule
 * ({@link io.relance.domain.sequence.Assignment}), so that no call is orphaned and none lands on
 * someone the launch would never have given it to. Imports only the domain and its own port
 * (ReassignmentStore): it sits below campaigns, sequence and team, which call it.
 * Application layer (never infrastructure or interfaces).
 */
package io.relance.application.reassignment;
