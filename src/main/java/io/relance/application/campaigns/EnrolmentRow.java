package io.relance.application.campaigns;

import io.relance.domain.sequence.EnrolmentStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** A contact followed up by a launched campaign: who calls, where the sequence stands. */
public record EnrolmentRow(long id, long contactId, String contact, String outlet, Long callerId, String caller,
                           EnrolmentStatus status, int attempts, int pickUps, LocalDate firstDay,
                           boolean privileged, boolean escalated) implements Serializable {
}
