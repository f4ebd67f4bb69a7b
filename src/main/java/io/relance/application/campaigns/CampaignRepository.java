package io.relance.application.campaigns;

import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.campaign.Client;
import io.relance.domain.campaign.SequenceTemplate;
import io.relance.domain.sequence.AgencyPolicy;
import io.relance.domain.staff.Member;

import java.util.List;
import java.util.Optional;

/**
 * The storage of campaigns: the campaigns, their clients and members, the agency's sequence
 * templates and its policy row, and the read side (tables with their counts in one query, the
 * callers' workloads). Everything is the current tenant's: another agency's id is not found.
 */
public interface CampaignRepository {

    /** The agency's campaign, or not found (another agency's id is not there either). */
    Campaign require(long id);

    /** {@link #require(long)}, locked for the rest of the transaction (a launch, a pause). */
    Campaign requireLocked(long id);

    /** A new campaign, written at once so that it has its id. */
    void add(Campaign campaign);

    /** Deletes a campaign (the caller made sure it is a draft). */
    void delete(Campaign campaign);

    List<CampaignRow> page(CampaignStatus status, int first, int size);

    long count(CampaignStatus status);

    List<ClientRow> clients();

    Optional<Client> client(long id);

    /** Whether the agency already has a client of that name, whatever its case. */
    boolean clientNameTaken(String name);

    /** A new client, written at once so that it has its id. */
    void addClient(Client client);

    /**
     * Staff who may call: the campaign's members ({@code campaignId} given) or every enabled staff
     * member, each with their open enrolments across campaigns (the load that assignment balances).
     */
    List<Member> callers(Long campaignId);

    void setMembers(long campaignId, List<Long> staffIds);

    List<EnrolmentRow> enrolments(long campaignId, Long callerId, int first, int size);

    long countEnrolments(long campaignId, Long callerId);

    AgencyPolicy policy();

    void savePolicy(AgencyPolicy policy);

    /** Each medium's call hours and lead, and the working hours (issue 19, timing); the defaults when never set. */
    io.relance.domain.sequence.PeriodicityTiming timing();

    void saveTiming(io.relance.domain.sequence.PeriodicityTiming timing);

    Optional<SequenceTemplate> template(long id);

    /** The agency's own templates by name. */
    List<SequenceTemplate> templates();

    /** Whether another template ({@code exceptId}: the one being renamed, or null) has that name, whatever its case. */
    boolean templateNameTaken(String name, Long exceptId);

    /** A new template, written at once so that it has its id. */
    void addTemplate(SequenceTemplate template);

    /** How many campaigns were planned with this template. */
    long campaignsUsing(long templateId);

    void deleteTemplate(SequenceTemplate template);
}
