package io.relance.infrastructure.demo;

import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import io.relance.domain.tenant.Agency;
import io.relance.infrastructure.persistence.AgencyRepository;
import io.relance.infrastructure.persistence.StaffRepository;
import io.relance.infrastructure.tenancy.TenantScope;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * "Agence Démo" and its team, once (a second run finds them and changes nothing). The Keycloak
 * accounts come from realm-export.json; their ids are linked on first use, by email.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class DemoData {

    public static final String TENANT = "agence-demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "relance.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    AgencyRepository agencies;

    @Inject
    StaffRepository staff;

    @Inject
    DemoAddressBook addressBook;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        TenantScope.run(TENANT, () -> {
            if (!agencies.exists(TENANT)) {
                Instant now = Instant.now();
                agencies.add(new Agency(TENANT, "Agence Démo", "FR", "fr", now));
                staff.add(new StaffMember(null, "directeur@agence-demo.fr", "Claire", "Martin", Role.DIRECTEUR, now));
                staff.add(new StaffMember(null, "chef@agence-demo.fr", "Julien", "Bernard", Role.CHEF_DE_PROJET, now));
                staff.add(new StaffMember(null, "stagiaire@agence-demo.fr", "Léa", "Petit", Role.STAGIAIRE, now));
                LOG.info("Demo agency loaded: " + TENANT);
            }
            // Each feature adds its demo data once, also to a demo agency made by an earlier version.
            Map<String, StaffMember> team = new HashMap<>();
            for (String email : new String[]{"directeur@agence-demo.fr", "chef@agence-demo.fr", "stagiaire@agence-demo.fr"}) {
                staff.findByEmail(email).ifPresent(m -> team.put(email, m));
            }
            addressBook.load(team);
        });
    }
}
