package io.relance.application.contacts;

import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.domain.contact.Outlet;
import io.relance.domain.contact.OutletDetails;
import io.relance.domain.contact.OutletInput;
import io.relance.domain.contact.OutletRules;
import io.relance.domain.contact.Problem;
import io.relance.domain.staff.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/** Media outlets: read by all staff, changed by chefs de projet and directeurs. */
@Stateless
@RolesAllowed({Role.STAGIAIRE_NAME, Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class OutletService {

    @Inject
    OutletRepository outlets;

    @Inject
    ContactRepository contacts;

    public List<OutletRow> page(OutletQuery q, int first, int size) {
        return outlets.page(q, first, size);
    }

    public long count(OutletQuery q) {
        return outlets.count(q);
    }

    public OutletDetails details(long id) {
        return load(id).details();
    }

    public List<String> suggest(String prefix) {
        return outlets.suggest(prefix, 12).stream().map(Outlet::getName).toList();
    }

    /** Suggestions that name their outlet for a picker: "Le Monde #42" (see {@code Picks}). */
    public List<String> picks(String prefix) {
        return outlets.suggest(prefix, 12).stream().map(o -> o.getName() + " #" + o.getId()).toList();
    }

    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    public long create(OutletInput input) {
        OutletDetails d = check(input);
        if (outlets.findByName(d.name()).isPresent()) {
            throw new Refused(List.of(new Problem("outletName", "outlet.name.taken", d.name())));
        }
        Outlet outlet = new Outlet(d, Instant.now());
        outlets.add(outlet);
        return outlet.getId();
    }

    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    public void update(long id, OutletInput input) {
        Outlet outlet = load(id);
        OutletDetails d = check(input);
        outlets.findByName(d.name()).filter(o -> !o.getId().equals(outlet.getId())).ifPresent(o -> {
            throw new Refused(List.of(new Problem("outletName", "outlet.name.taken", d.name())));
        });
        outlet.apply(d);
    }

    /** The outlet goes; its contacts stay, without an outlet. Answers how many contacts it had. */
    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    public long delete(long id) {
        Outlet outlet = load(id);
        long had = contacts.countByOutlet(id);
        contacts.detachOutlet(id);
        outlets.remove(outlet);
        return had;
    }

    private Outlet load(long id) {
        return outlets.find(id).orElseThrow(() -> new NotFoundException("Outlet " + id));
    }

    private static OutletDetails check(OutletInput input) {
        OutletRules.Checked checked = OutletRules.check(input);
        if (!checked.problems().isEmpty()) {
            throw new Refused(checked.problems());
        }
        return checked.details();
    }
}
