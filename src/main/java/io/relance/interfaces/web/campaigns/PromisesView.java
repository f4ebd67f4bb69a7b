package io.relance.interfaces.web.campaigns;

import io.relance.application.promises.BrokenPromise;
import io.relance.application.promises.PromiseTally;
import io.relance.application.promises.Promises;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * What the campaign's anchor SMS promised and whether it was kept: the tally (campaign page and
 * bilan) and, for the chef, the people who waited for a call that did not come. Read once per view.
 */
@Named
@ViewScoped
public class PromisesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Promises promises;

    private Long campaignId;
    private PromiseTally tally;
    private List<BrokenPromise> broken;

    /** The campaign of the page (its id parameter, already checked by the page's own view). */
    public PromisesView of(Long id) {
        if (id != null && !id.equals(campaignId)) {
            campaignId = id;
            tally = promises.tally(id);
            broken = tally.missed() == 0 ? List.of() : promises.broken(id);
        }
        return this;
    }

    public PromiseTally getTally() { return tally; }
    public List<BrokenPromise> getBroken() { return broken; }
    public int getListed() { return Promises.LISTED; }
}
