package io.relance.application.qualification;

import io.relance.application.journee.QueueItem;
import io.relance.application.mail.Attachment;
import io.relance.application.mail.ReleaseMails;
import io.relance.application.common.AppClock;
import io.relance.domain.qualification.Invitation;
import io.relance.domain.qualification.MeetingInput;
import io.relance.infrastructure.persistence.MailOutboxWriter;
import io.relance.infrastructure.persistence.MailOutboxWriter.NewMail;
import io.relance.infrastructure.persistence.MailOutboxWriter.Recipient;
import io.relance.infrastructure.persistence.MeetingRepository.Goer;
import io.relance.infrastructure.persistence.QualificationRepository;
import io.relance.infrastructure.persistence.StaffRepository;
import io.relance.domain.staff.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The confirmation email of a meeting, written into the outbox in the booking's transaction: the
 * date, the place or link and who comes in the agency's language, and the calendar invitation
 * (.ics, METHOD:REQUEST) attached, whose attendees are the prospect and the agency's goers.
 */
@ApplicationScoped
public class MeetingInvitations {

    public static final String MEETING = "MEETING";

    @Inject
    MailOutboxWriter writer;

    @Inject
    StaffRepository staff;

    @Inject
    QualificationRepository qualifications;

    @Inject
    AppClock clock;

    /** Writes the invitation; false when the prospect has no address, or asked not to be contacted. */
    public boolean invite(long meetingId, QueueItem call, MeetingInput m, List<Goer> goers, String uid, String bookerEmail,
                          ZoneId zone) {
        Recipient r = writer.recipients(call.campaignId(), call.enrolmentId()).stream().findFirst().orElse(null);
        if (r == null || r.email() == null || r.email().isBlank() || !r.reachable()) {
            return false;
        }
        StaffMember booker = staff.findByEmail(bookerEmail).orElse(null);
        String bookerName = booker == null ? r.agencyName() : booker.getFirstName() + " " + booker.getLastName();
        Locale locale = Locale.forLanguageTag(qualifications.agencyLocale());
        ResourceBundle bundle = ResourceBundle.getBundle("io.relance.i18n.messages", locale, getClass().getClassLoader());
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(m.start());
        String where = String.join(" · ", java.util.stream.Stream.of(m.place(), m.visioUrl())
                .filter(s -> s != null && !s.isBlank()).map(String::strip).toList());
        String who = goers.stream().map(Goer::name).collect(Collectors.joining(", "));
        String subject = MessageFormat.format(bundle.getString("meeting.mail.subject"), when, r.agencyName());
        String body = MessageFormat.format(bundle.getString("meeting.mail.body"), nz(r.firstName()), when, m.minutes(),
                where, who, bookerName, r.agencyName());

        List<String> attendees = new java.util.ArrayList<>();
        attendees.add(r.email());
        goers.forEach(g -> attendees.add(g.email()));
        String organizer = booker == null ? goers.get(0).email() : booker.getEmail();
        Invitation invitation = new Invitation(uid, m.start(), Duration.ofMinutes(m.minutes()),
                MessageFormat.format(bundle.getString("meeting.ics.summary"), r.agencyName(),
                        (nz(r.firstName()) + " " + nz(r.lastName())).strip()),
                body, where, bookerName, organizer, attendees);
        Attachment ics = new Attachment("invitation.ics", "text/calendar; method=REQUEST; charset=UTF-8",
                invitation.ics(clock.now()).getBytes(StandardCharsets.UTF_8));
        NewMail mail = new NewMail(call.campaignId(), call.contactId(), call.enrolmentId(), MEETING, MEETING + ":" + meetingId,
                r.email(), organizer, subject, body, ReleaseMails.token(), bookerEmail, null);
        return writer.insert(mail, List.of(ics), clock.now());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
