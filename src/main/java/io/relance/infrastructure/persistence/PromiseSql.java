package io.relance.infrastructure.persistence;

import io.relance.domain.sms.SmsStatus;

import java.util.EnumSet;

/**
 * The anchor SMS's promise, as the statements that read it share it (the caller's queue marks the
 * promised call first, the campaign's tally counts promises kept): one definition of "a promise was
 * made" and of "it was kept", so that Ma journée and the bilan never disagree. Both read the SMS row
 * as {@code p} (a row of sms_outbox).
 */
public final class PromiseSql {

    /** The SMS that carried the promise has left: a promise the person has read (or could have). */
    public static final String MADE = "p.status IN (" + SequenceSql.quoted(EnumSet.of(SmsStatus.SENT, SmsStatus.DELIVERED)) + ")";

    /** A call of the sequence was made inside the promised window. */
    public static final String KEPT = "EXISTS (SELECT 1 FROM attempt a WHERE a.tenant_id = p.tenant_id "
            + "AND a.enrolment_id = p.enrolment_id AND a.made_at >= p.promised_from AND a.made_at < p.promised_to)";

    private PromiseSql() {
    }
}
