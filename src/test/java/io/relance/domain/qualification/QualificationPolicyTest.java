package io.relance.domain.qualification;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The meeting policy, the card's and the meeting's validation, and the objectives typed one per line. */
class QualificationPolicyTest {

    private static final QualificationPolicy ON = QualificationPolicy.DEFAULT;
    private static final QualificationPolicy OFF = new QualificationPolicy(PriorityRules.DEFAULT, List.of(), false, 150);

    @Test
    void underThePolicyOnlyAHighCardOrADirecteurWithAReasonBooksAMeeting() {
        assertEquals(Optional.empty(), ON.meetingRefusal(Priority.HIGH, false, false));
        assertEquals(Optional.of("meeting.refused.unqualified"), ON.meetingRefusal(null, false, true));
        assertEquals(Optional.of("meeting.refused.priority"), ON.meetingRefusal(Priority.MEDIUM, false, true),
                "a caller's reason is not an override");
        assertEquals(Optional.of("meeting.override.reason"), ON.meetingRefusal(Priority.LOW, true, false));
        assertEquals(Optional.empty(), ON.meetingRefusal(null, true, true));
        assertEquals(Optional.empty(), OFF.meetingRefusal(null, false, false), "policy off: anyone books");
    }

    @Test
    void objectivesTypedOnePerLineAreTrimmedWithoutBlanksOrRepeats() {
        assertEquals(List.of("Notoriété", "Salon"), QualificationPolicy.choices(" Notoriété \r\n\n Salon\nNotoriété\n"));
        assertEquals(List.of(), QualificationPolicy.choices(null));
        QualificationPolicy many = new QualificationPolicy(PriorityRules.DEFAULT,
                java.util.stream.IntStream.range(0, 21).mapToObj(i -> "o" + i).toList(), true, 150);
        assertEquals(List.of("qualification.policy.choices.many"), many.problems().stream().map(p -> p.key()).toList());
        assertTrue(ON.problems().isEmpty());
    }

    @Test
    void aCardIsRefusedFieldByFieldAndAnOverrideNeedsItsReason() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        Qualification fine = new Qualification(List.of("Salon"), "Un stand", today.plusDays(10), null, 1000L, 5000L,
                DecisionMaker.YES, 4);
        assertTrue(new QualificationInput(fine, null, null).problems(today, List.of("Salon")).isEmpty());
        assertEquals(List.of("qualification.override.reason"), keys(new QualificationInput(fine, Priority.LOW, "  "), today));
        assertEquals(Priority.LOW, new QualificationInput(fine, Priority.LOW, "Petit budget").kept(Priority.HIGH));
        assertEquals(Priority.HIGH, new QualificationInput(fine, null, null).kept(Priority.HIGH));
        Qualification reversed = new Qualification(List.of(), null, null, Horizon.NONE, 5000L, 1000L, null, 0);
        assertEquals(List.of("qualification.budget.order", "qualification.decisionMaker.required", "qualification.feeling.range"),
                keys(new QualificationInput(reversed, null, null), today));
    }

    @Test
    void aMeetingNeedsAFutureDateAPlaceOrAWebLinkAndSomeoneWhoGoes() {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        Instant tomorrow = now.plusSeconds(86_400);
        assertTrue(new MeetingInput(tomorrow, 60, "Paris", null, List.of(1L), null).problems(now).isEmpty());
        assertTrue(new MeetingInput(tomorrow, 60, null, "https://meet.example.org/x", List.of(1L), null).problems(now).isEmpty());
        assertEquals(List.of("meeting.start.required", "meeting.place.required", "meeting.attendees.required"),
                new MeetingInput(null, 60, " ", null, null, null).problems(now).stream().map(p -> p.key()).toList());
        assertEquals(List.of("meeting.minutes.range", "meeting.visio.invalid"),
                new MeetingInput(tomorrow, 600, null, "javascript:alert(1)", List.of(2L), null).problems(now).stream()
                        .map(p -> p.key()).toList());
    }

    private static List<String> keys(QualificationInput input, LocalDate today) {
        return input.problems(today, List.of("Salon")).stream().map(p -> p.key()).toList();
    }
}
