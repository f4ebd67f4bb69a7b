/**
 * The PRM sequence without a container: the template (days, slots, gap, cap, SMS moment, cooldown),
 * business days (weekends and the country's public holidays, by Jollyday), the first day each
 * periodicity allows, the slots of an enrolment in the contact's time zone, and the state machine
 * that every call outcome moves, by the one table of transitions ({@code Transition}) that the
 * engine's set-based SQL is also rendered from.
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.sequence;
