package io.relance.application.coverage;

import io.relance.application.staff.CurrentStaff;
import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.domain.contact.Problem;
import io.relance.domain.coverage.Coverage;
import io.relance.domain.coverage.CoverageInput;
import io.relance.domain.staff.Role;
import io.relance.application.campaigns.CampaignRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.util.List;

/**
 * The agency records its campaigns' coverage. Every id (campaign, outlet, journalist, piece) is
 * looked up in the caller's agency first: another agency's answers 404, whatever it is.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class CoverageService {

    @Inject
    CurrentStaff current;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CoverageRepository coverage;

    @Inject
    AppClock clock;


    public List<CoverageRow> of(long campaignId) {
        campaigns.require(campaignId);
        return coverage.of(campaignId);
    }

    public long add(long campaignId, CoverageInput input) {
        campaigns.require(campaignId);
        Coverage piece = new Coverage(campaignId, current.email(), clock.now());
        describe(piece, input);
        coverage.add(piece);
        return piece.getId();
    }

    public void update(long id, CoverageInput input) {
        describe(require(id), input);
    }

    public void delete(long id) {
        coverage.remove(require(id));
    }

    private void describe(Coverage piece, CoverageInput input) {
        // a date is refused only if it is tomorrow everywhere: the agency's zone does not matter then
        List<Problem> problems = input.problems(clock.today(ZoneOffset.ofHours(14)));
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        CoverageInput clean = input.cleaned();
        Long outlet = clean.outletId();
        if (outlet != null && !coverage.outletExists(outlet)) {
            throw new NotFoundException("Outlet " + outlet);
        }
        if (clean.contactId() != null) {
            if (!coverage.contactExists(clean.contactId())) {
                throw new NotFoundException("Contact " + clean.contactId());
            }
            if (outlet == null) { // the journalist's outlet, unless another was named
                outlet = coverage.outletOf(clean.contactId()).orElse(null);
            }
        }
        piece.describe(outlet, clean.contactId(), clean.publishedOn(), clean.title(), clean.url(), clean.kind(),
                clean.audience(), clean.tone());
    }

    /** Through the tenant-filtered session: a piece of another agency is not there. */
    private Coverage require(long id) {
        return coverage.find(id).orElseThrow(() -> new NotFoundException("Coverage " + id));
    }
}
