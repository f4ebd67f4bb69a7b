package io.relance.interfaces.rest;

import io.relance.application.qualification.Meetings;
import io.relance.application.qualification.ProspectCard;
import io.relance.application.qualification.QualificationSettings;
import io.relance.application.qualification.Qualifications;
import io.relance.domain.qualification.DecisionMaker;
import io.relance.domain.qualification.Horizon;
import io.relance.domain.qualification.MeetingInput;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.PriorityRules;
import io.relance.domain.qualification.Qualification;
import io.relance.domain.qualification.QualificationInput;
import io.relance.domain.qualification.QualificationPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Prospect qualification for API clients: the agency's settings (the directeur changes them), a
 * call's qualification card (read, judged, saved) and the meetings booked from it. A call is
 * reached as in Ma journée; enums and dates are checked here and refused with 400. The card's
 * routes are under {@code /calls/{task}}: {@code /journee/...} belongs to JourneeResource, whose
 * class path would win the match and answer 404 for them.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualificationResource {

    @Inject
    QualificationSettings settings;

    @Inject
    Qualifications qualifications;

    @Inject
    Meetings meetings;

    /** A card as posted: {@code deadline} as 2027-01-31 or a {@code horizon}; {@code override} with its reason. */
    public record CardBody(List<String> objectives, String objectiveText, String deadline, String horizon, Long budgetMin,
                           Long budgetMax, String decisionMaker, Integer feeling, String override, String overrideReason) {

        Qualification answers() {
            LocalDate date;
            try {
                date = deadline == null || deadline.isBlank() ? null : LocalDate.parse(deadline.strip());
            } catch (DateTimeParseException e) {
                throw new BadRequestException("deadline: a date such as 2027-01-31");
            }
            DecisionMaker dm = ContactResource.parse(DecisionMaker.class, decisionMaker);
            return new Qualification(objectives == null ? List.of() : objectives, objectiveText, date,
                    ContactResource.parse(Horizon.class, horizon), budgetMin, budgetMax, dm == null ? DecisionMaker.UNKNOWN : dm,
                    feeling == null ? 0 : feeling);
        }

        QualificationInput input() {
            return new QualificationInput(answers(), ContactResource.parse(Priority.class, override), overrideReason);
        }
    }

    /** A meeting as posted: {@code start} as an ISO instant, who goes as staff ids. */
    public record MeetingBody(String start, Integer minutes, String place, String visioUrl, List<Long> attendees,
                              String overrideReason) {

        MeetingInput input() {
            Instant at;
            try {
                at = start == null || start.isBlank() ? null : Instant.parse(start.strip());
            } catch (DateTimeParseException e) {
                throw new BadRequestException("start: an instant such as 2026-12-03T09:30:00Z");
            }
            return new MeetingInput(at, minutes == null ? 60 : minutes, place, visioUrl,
                    attendees == null ? List.of() : attendees, overrideReason);
        }
    }

    @GET
    @Path("qualification-policy")
    public QualificationPolicy policy() {
        return settings.policy();
    }

    @PUT
    @Path("qualification-policy")
    public QualificationPolicy savePolicy(QualificationPolicy policy) {
        settings.save(policy);
        return settings.policy();
    }

    @GET
    @Path("calls/{task}/qualification")
    public ProspectCard card(@PathParam("task") long task) {
        return qualifications.card(task);
    }

    /** What the rules say of these answers, nothing saved (the card's live verdict). */
    @POST
    @Path("calls/{task}/qualification/verdict")
    public PriorityRules.Verdict judge(@PathParam("task") long task, CardBody body) {
        qualifications.card(task); // the call must be the caller's to reach
        return qualifications.judge(require(body).answers());
    }

    @PUT
    @Path("calls/{task}/qualification")
    public ProspectCard qualify(@PathParam("task") long task, CardBody body) {
        return qualifications.qualify(task, require(body).input());
    }

    @POST
    @Path("calls/{task}/meetings")
    public Meetings.Booked book(@PathParam("task") long task, MeetingBody body) {
        if (body == null) {
            throw new BadRequestException("a meeting");
        }
        return meetings.book(task, body.input());
    }

    /**
     * The standard quote or a proposal emailed to the prospect of a qualified card; {@code queued}
     * is false when the same document was asked in this minute already (nothing more is sent).
     */
    @POST
    @Path("calls/{task}/documents/{template}")
    public java.util.Map<String, Boolean> send(@PathParam("task") long task, @PathParam("template") long template) {
        return java.util.Map.of("queued", qualifications.send(task, template));
    }

    private static CardBody require(CardBody body) {
        if (body == null) {
            throw new BadRequestException("a qualification");
        }
        return body;
    }
}
