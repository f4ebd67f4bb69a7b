package io.relance.application.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A campaign's targets: added in batches, read with every fact the pressure policy needs in one
 * query (no query per contact), and marked with the reason of their exclusion at launch.
 */
public interface TargetRepository {

    /** Adds contacts (already checked to be the tenant's); those already targeted stay as they are. */
    void add(long campaignId, List<Long> contactIds, Instant now);

    int remove(long campaignId, List<Long> contactIds);

    /** The chef's choice of a contact's first day (null: the rule decides); answers 0 when not a target. */
    int startOn(long campaignId, long contactId, LocalDate day);

    long count(long campaignId);

    /** A page of targets by name; {@code first < 0}: all of them (the launch). */
    List<Target> page(long campaignId, Instant now, int first, int size);

    /** The attempts made to the targets in the seven days before {@code now}, by contact (the weekly cap). */
    Map<Long, List<Instant>> recentAttempts(long campaignId, Instant now);

    /** Records why each left-out contact was not enrolled (kept for the campaign page). */
    void markExcluded(long campaignId, Map<Long, String> reasons);

    /** The targets sent the release only ("envoi seul", {@code call_mode = 'SEND_ONLY'}): never enrolled nor called. */
    Set<Long> sendOnly(long campaignId);

    /** Each target's medium (outlet type, periodicity) and own call windows, in one query (issue 19, timing). */
    Map<Long, io.relance.domain.sequence.ContactHours> hours(long campaignId);
}
