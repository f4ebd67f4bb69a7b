package io.relance.application.campaigns;

import io.relance.domain.staff.Role;

import java.io.Serializable;

/** A staff member who may work on a campaign, with their open workload (enrolments still running). */
public record Member(long staffId, String name, Role role, long load) implements Serializable {
}
