package io.relance.application.campaigns;

import io.relance.domain.campaign.Enrolment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Pause, resume and stop of sequences, set-based, in the caller's transaction, for the current
 * tenant. Enrolments are locked before their call tasks, each in ascending id order (the engine's
 * order). A pause keeps everything it interrupts so that a resume loses nothing: the calls still to
 * make wait, the engine's pending steps are dropped (the resume plans new ones), the SMS and emails
 * still to send are held. A stop closes them as a "no" does and withdraws their emails.
 */
public interface HaltStore {

    /**
     * The campaign's sequences, ascending: every running or paused one ({@code pausedWithIt} false,
     * what a stop closes), or those its own pause paused ({@code pausedWithIt} true, what its resume
     * resumes — a person paused on their own before stays paused until resumed on their own).
     */
    List<Long> ofCampaign(long campaignId, boolean pausedWithIt);

    /**
     * The campaign's callable sequences are paused (see {@link #pause(List, Instant, String, String)}),
     * stamped with the campaign's own pause time (its row, written first): that is how its resume
     * tells them from a person paused on their own. Every email of the campaign still waiting is held
     * too, the release of "envoi seul" people included (they have no sequence): an embargo that moved
     * lets nothing out.
     */
    int pauseCampaign(long campaignId, Instant now, String by, String reason);

    /**
     * After its sequences resumed: the campaign's emails held by its pause leave again (on their own
     * time if still ahead), except those of people still paused (on their own, or kept by the weekly
     * cap). The release of an "envoi seul" person, who has no sequence, is held and resumed this way.
     */
    void resumeCampaignMails(long campaignId, Instant now);

    /**
     * The callable ones among these sequences pause: their calls still to make wait, the engine's
     * steps for them are dropped, their SMS and emails still to send are held. Answers how many paused.
     */
    int pause(List<Long> enrolmentIds, Instant now, String by, String reason);

    /**
     * Before a resume plans them again: the paused calls of these (locked, still paused) sequences
     * are cancelled, their held emails go back to the queue, and their held anchor SMS is removed —
     * it never left, and it is written again before the first resumed call, with the right day in
     * its text.
     */
    void releaseForResume(List<Long> enrolmentIds, Instant now);

    /** Those of these sequences whose anchor SMS was written and not merely held (they get no other). */
    List<Long> withAnchorSms(List<Long> enrolmentIds);

    /**
     * These sequences, running or paused, close as stopped ("arrêtée") with who and why: their calls
     * still to make are cancelled, the engine's steps for them dropped, their SMS and emails still
     * waiting withdrawn. Answers how many closed.
     */
    int stop(List<Long> enrolmentIds, Instant now, String by, String reason);

    /** The tenant's enrolment, not locked yet (its campaign is locked first); empty for another agency's id. */
    Optional<Enrolment> enrolment(long id);

    /** Locks the enrolment (after its campaign) and reads it again as it is now. */
    void lock(Enrolment enrolment);

    /** Those of these enrolments still paused, locked, in id order (what a resume plans again). */
    List<Enrolment> lockPaused(List<Long> enrolmentIds);

    /** Writes the campaign's new state now: a pause stamps its sequences with the campaign's own time. */
    void flush();
}
