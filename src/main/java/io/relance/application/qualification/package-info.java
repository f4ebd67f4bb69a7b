/**
 * Prospect qualification ("offre commerciale" campaigns): the directeur's settings, the card a
 * caller fills on a pick-up with its priority and next action, the meetings booked from it under
 * the "no meeting without qualification" policy, and the prospects' follow-up by the chef de projet.
 */
package io.relance.application.qualification;
