package io.relance.application.journee;

import io.relance.domain.campaign.TaskKind;
import io.relance.domain.sequence.TaskStatus;
import io.relance.domain.contact.Periodicity;

import java.io.Serializable;
import java.time.Instant;

/**
 * One call of a caller's day: a slot (or a booked callback) of an enrolment, with the contact and
 * the campaign it belongs to. {@code overdue}: open for a while and still not called; {@code replied}:
 * the person sent an SMS back since the sequence began (a note to read before calling); {@code promised}:
 * the anchor SMS told the person they would be called on this call's day, and no call was made yet
 * that day (the day's first call to make).
 */
public record QueueItem(long taskId, TaskKind kind, int day, int slot, Instant opensAt, Instant closesAt, TaskStatus status,
                        boolean overdue, long enrolmentId, long contactId, String contact, String outlet,
                        Periodicity periodicity, String mobile, String landline, long campaignId, String campaign,
                        String client, int attempts, int maxAttempts, Long callerId, boolean privileged,
                        boolean replied, boolean promised)
        implements Serializable {

    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }

    public boolean isCallback() {
        return kind == TaskKind.CALLBACK;
    }

    /** The number to dial first: the mobile, else the landline. */
    public String phone() {
        return mobile != null ? mobile : landline;
    }

    public QueueItem promised(boolean value) {
        return new QueueItem(taskId, kind, day, slot, opensAt, closesAt, status, overdue, enrolmentId, contactId, contact,
                outlet, periodicity, mobile, landline, campaignId, campaign, client, attempts, maxAttempts, callerId, privileged, replied, value);
    }

    public QueueItem overdue(boolean value) {
        return new QueueItem(taskId, kind, day, slot, opensAt, closesAt, status, value, enrolmentId, contactId, contact,
                outlet, periodicity, mobile, landline, campaignId, campaign, client, attempts, maxAttempts, callerId, privileged, replied, promised);
    }
}
