/**
 * Prospect qualification ("offre commerciale" campaigns): the directeur's settings, the card a
 * caller fills on a pick-up with its priority and next action, the meetings booked from it under
 * the "no meeting without qualification" policy, and the prospects' follow-up by the chef de projet.
 * Imports only the domain, its own ports (QualificationRepository, MeetingRepository,
 * ProspectRepository) and lower application features; io.relance.infrastructure.persistence.qualification
 * implements them.
 * Application layer (never infrastructure or interfaces).
 */
package io.relance.application.qualification;
