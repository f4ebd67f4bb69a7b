package io.relance.application.journee;

import io.relance.application.sequence.NewsroomNote;
import io.relance.domain.mail.MailKind;
import io.relance.domain.mail.MailStatus;
import io.relance.domain.sequence.Outcome;
import io.relance.domain.sms.SmsStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The contact card of the call at hand: the call, what to say, what happened before, where the
 * anchor SMS stands, the person's SMS replies (notes to read before calling), the campaign's emails to
 * the person and whether the release can be emailed again ("renvoyez-le-moi").
 */
public record Card(QueueItem call, String keyMessage, String script, String notes, List<PastAttempt> history,
                   Sms sms, List<Reply> replies, List<Mail> mails, boolean canResend, WrongNumber wrongNumber,
                   List<NewsroomNote> newsroom, boolean askChef) implements Serializable {

    /** A number a caller found wrong, still on the contact (null: none). */
    public record WrongNumber(String number, Instant at) implements Serializable {
    }

    /** An attempt made earlier to the same person, in any campaign of the agency. */
    public record PastAttempt(Instant madeAt, Outcome outcome, String caller, String campaign, Instant callbackAt)
            implements Serializable {
    }

    /** The anchor SMS of this sequence: where it stands, and since when. */
    public record Sms(SmsStatus status, Instant at) implements Serializable {
    }

    /** An SMS the person sent back. */
    public record Reply(Instant at, String body, boolean stop) implements Serializable {
    }

    /** An email of this campaign to the person (the release, sent again, an invitation...), where it stands, and when. */
    public record Mail(MailKind kind, MailStatus status, Instant at) implements Serializable {
    }
}
