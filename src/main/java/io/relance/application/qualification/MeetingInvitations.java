package io.relance.application.qualification;

import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.RandomTokens;
import io.relance.application.journee.QueueItem;
import io.relance.application.mail.Attachment;
import io.relance.domain.qualification.Invitation;
import io.relance.domain.qualification.MeetingInput;
import io.relance.domain.staff.StaffMember;
import io.relance.domain.tenant.Agency;
import io.relance.application.tenant.AgencyRepository;
import io.relance.infrastructure.persistence.MailOutboxWriter.NewMail;
import io.relance.infrastructure.persistence.MailOutboxWriter.Recipient;
import io.relance.infrastructure.persistence.MailOutboxWriter;
import io.relance.application.staff.StaffRepository;
import io.relance.application.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The confirmation email of a meeting, written into the outbox in the booking's transaction: the
 * date, the place or link and who comes in the agency's language, and the calendar invitation
 * (.ics, METHOD:REQUEST) attached, whose attendees are the prospect and the agency's goers; each
 * goer gets a copy (kind TEAM, without an unsubscribe link) with the same invitation.
 */
@ApplicationScoped
public class MeetingInvitations {

    public static final String MEETING = "MEETING";

    /** A meeting's copy for one of the agency's people who go (not the prospect's email). */
    public static final String TEAM = "TEAM";

    @Inject
    MailOutboxWriter writer;

    @Inject
    StaffRepository staff;

    @Inject
    AgencyRepository agencies;

    @Inject
    AppClock clock;

    /**
     * Writes the invitation to the prospect and a copy to each of the agency's people who go (their
     * own calendars). Answers false when the prospect got none: no address, or asked not to be contacted.
     */
    public boolean invite(long meetingId, QueueItem call, MeetingInput m, List<Goer> goers, String uid, String bookerEmail,
                          ZoneId zone) {
        Recipient r = writer.recipients(call.campaignId(), call.enrolmentId()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Enrolment " + call.enrolmentId()));
        boolean reachable = r.email() != null && !r.email().isBlank() && r.reachable();
        StaffMember booker = staff.findByEmail(bookerEmail).orElse(null);
        String bookerName = booker == null ? r.agencyName() : booker.getFirstName() + " " + booker.getLastName();
        String organizer = booker == null ? goers.get(0).email() : booker.getEmail();
        Locale locale = Locale.forLanguageTag(agencies.find(TenantContext.require()).map(Agency::getLocale).orElse("fr"));
        ResourceBundle bundle = ResourceBundle.getBundle("io.relance.i18n.messages", locale, getClass().getClassLoader());
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(m.start());
        String where = String.join(" · ", Stream.of(m.place(), m.visioUrl()).filter(s -> s != null && !s.isBlank())
                .map(String::strip).toList());
        String who = goers.stream().map(Goer::name).collect(Collectors.joining(", "));
        String prospect = (Objects.toString(r.firstName(), "") + " " + Objects.toString(r.lastName(), "")).strip();

        List<String> attendees = new ArrayList<>();
        if (reachable) {
            attendees.add(r.email());
        }
        goers.forEach(g -> attendees.add(g.email()));
        Invitation invitation = new Invitation(uid, m.start(), Duration.ofMinutes(m.minutes()),
                MessageFormat.format(bundle.getString("meeting.ics.summary"), r.agencyName(), prospect),
                MessageFormat.format(bundle.getString("meeting.ics.description"), prospect, r.agencyName(), who),
                where, bookerName, organizer, attendees);
        List<Attachment> ics = List.of(new Attachment("invitation.ics", "text/calendar; method=REQUEST; charset=UTF-8",
                invitation.ics(clock.now()).getBytes(StandardCharsets.UTF_8)));
        Instant now = clock.now();
        if (reachable) {
            writer.insert(new NewMail(call.campaignId(), call.contactId(), call.enrolmentId(), MEETING, MEETING + ":" + meetingId,
                    r.email(), organizer, MessageFormat.format(bundle.getString("meeting.mail.subject"), when, r.agencyName()),
                    MessageFormat.format(bundle.getString("meeting.mail.body"), Objects.toString(r.firstName(), ""), when,
                            m.minutes(), where, who, bookerName, r.agencyName()), RandomTokens.next(), bookerEmail, null), ics, now);
        }
        String teamSubject = MessageFormat.format(bundle.getString("meeting.mail.team.subject"), prospect, when);
        String teamBody = MessageFormat.format(bundle.getString("meeting.mail.team.body"), prospect,
                Objects.toString(r.campaignSubject(), ""), when, m.minutes(), where, who, bookerName);
        for (Goer g : goers) {
            // no unsubscribe token: the copy goes to staff, and the prospect's link must not reach them
            writer.insert(new NewMail(call.campaignId(), call.contactId(), call.enrolmentId(), TEAM,
                    MEETING + ":" + meetingId + ":" + g.id(), g.email(), organizer, teamSubject, teamBody, null, bookerEmail, null),
                    ics, now);
        }
        return reachable;
    }
}
