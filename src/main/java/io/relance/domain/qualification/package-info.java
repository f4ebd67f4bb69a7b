/**
 * Prospect qualification: what a prospect said when they picked up (objectives, deadline, budget,
 * decision maker, the caller's feeling), the priority the agency's rules give it with their reasons,
 * the next action that follows, and the calendar invitation of a meeting.
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.qualification;
