package io.relance.infrastructure.demo;

import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import io.relance.domain.tenant.Agency;
import io.relance.application.tenant.AgencyRepository;
import io.relance.application.staff.StaffRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/** The demo agency, its team and its address book, committed in one transaction of their own. */
@Stateless
@PermitAll
public class DemoAgency {

    private static final Logger LOG = Logger.getLogger(DemoAgency.class.getName());

    @Inject
    AgencyRepository agencies;

    @Inject
    StaffRepository staff;

    @Inject
    DemoAddressBook addressBook;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void load() {
        if (!agencies.exists(DemoData.TENANT)) {
            Instant now = Instant.now();
            agencies.add(new Agency(DemoData.TENANT, "Agence Démo", "FR", "fr", now));
            staff.add(new StaffMember(null, "directeur@agence-demo.fr", "Claire", "Martin", Role.DIRECTEUR, now));
            staff.add(new StaffMember(null, "chef@agence-demo.fr", "Julien", "Bernard", Role.CHEF_DE_PROJET, now));
            staff.add(new StaffMember(null, DemoStagiaire.EMAIL, "Léa", "Petit", Role.STAGIAIRE, now));
            LOG.info("Demo agency loaded: " + DemoData.TENANT);
        }
        // Each feature adds its demo data once, also to a demo agency made by an earlier version.
        Map<String, StaffMember> team = new HashMap<>();
        for (String email : new String[]{"directeur@agence-demo.fr", "chef@agence-demo.fr", DemoStagiaire.EMAIL}) {
            staff.findByEmail(email).ifPresent(m -> team.put(email, m));
        }
        addressBook.load(team);
    }
}
