package io.relance.domain.staff;

import java.io.Serializable;

/**
 * A staff member who may work on a campaign, with their open workload (enrolments still running):
 * what the launch and every later reassignment balance calls over, hence in the domain, below both.
 */
public record Member(long staffId, String name, Role role, long load) implements Serializable {
}
