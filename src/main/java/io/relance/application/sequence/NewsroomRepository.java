package io.relance.application.sequence;

import io.relance.domain.sequence.NewsroomRule;

import java.util.List;

/** What the newsroom rule reads (the application's port; SQL in infrastructure). */
public interface NewsroomRepository {

    /** The open sequences, in the same campaign, of the colleagues of this enrolment's contact. */
    List<Long> colleagues(long enrolmentId);

    /** What the colleagues of a contact answered in a campaign, newest first. */
    List<NewsroomNote> said(long campaignId, long contactId, int max);

    /** Whether the campaign is a press one (releases, invitations), not a commercial offer. */
    boolean isPress(long campaignId);

    /** The agency's rule. */
    NewsroomRule rule();
}
