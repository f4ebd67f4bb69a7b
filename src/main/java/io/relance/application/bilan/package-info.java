/**
 * The bilan of a campaign: what the follow-up produced, in total and broken down per caller, time
 * slot and periodicity, computed from the attempts and enrolments when asked (so always live).
 */
package io.relance.application.bilan;
