package io.relance.application.campaigns;

import io.relance.application.staff.CurrentStaff;
import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.campaign.Halt;
import io.relance.domain.contact.Problem;
import io.relance.domain.staff.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Pauses, resumes and stops a launched campaign or one person's sequence (issue 15 §2), always with
 * a reason, by a chef de projet or the directeur. A pause stops calls, SMS and emails at once and
 * loses nothing; a resume plans the remaining attempts again by the launch's rules
 * ({@link Resumption}); a stop closes the sequences as "arrêtée" with who and why. The campaign is
 * locked first, then its sequences, then their calls (the engine's order).
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class HaltService {

    @Inject
    CurrentStaff current;

    /** How many sequences the action changed; {@code left}: paused ones a resume could not plan yet (weekly cap). */
    public record Result(int sequences, int left) {
    }

    @Inject
    AppClock clock;

    @Inject
    CampaignRepository campaigns;

    @Inject
    HaltStore store;

    @Inject
    Resumption resumption;


    public Result campaign(long campaignId, Halt action, String reason) {
        Campaign c = campaigns.requireLocked(campaignId);
        String why = reason(reason);
        refuseIf(action.refusal(c.getStatus()));
        Instant now = clock.now();
        String who = who();
        c.halt(action, now, who, why);
        store.flush(); // the campaign's row first: a pause stamps its sequences with the campaign's own time
        return switch (action) {
            case PAUSE -> new Result(store.pauseCampaign(campaignId, now, who, why), 0);
            case STOP -> new Result(store.stop(store.ofCampaign(campaignId, false), now, who, why), 0);
            case RESUME -> {
                Result resumed = resumption.resume(c, store.ofCampaign(campaignId, true), now, who, why);
                store.resumeCampaignMails(campaignId, now);
                yield resumed;
            }
        };
    }

    public Result enrolment(long enrolmentId, Halt action, String reason) {
        // the tenant's session: another agency's id is not there
        Enrolment e = store.enrolment(enrolmentId).orElseThrow(() -> new NotFoundException("Enrolment " + enrolmentId));
        Campaign c = campaigns.requireLocked(e.getCampaignId());
        store.lock(e);
        String why = reason(reason);
        refuseIf(action.refusal(c.getStatus(), e.getStatus()));
        Instant now = clock.now();
        String who = who();
        List<Long> one = List.of(enrolmentId);
        return switch (action) {
            case PAUSE -> new Result(store.pause(one, now, who, why), 0);
            case STOP -> new Result(store.stop(one, now, who, why), 0);
            case RESUME -> resumption.resume(c, one, now, who, why);
        };
    }

    private static String reason(String reason) {
        List<Problem> problems = Halt.reasonProblems(reason);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return reason.strip();
    }

    private static void refuseIf(String refusal) {
        if (refusal != null) {
            throw new HaltRefused(refusal);
        }
    }

    private String who() {
        return current.email();
    }
}
