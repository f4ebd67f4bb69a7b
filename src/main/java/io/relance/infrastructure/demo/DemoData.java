package io.relance.infrastructure.demo;

import io.relance.application.tenant.TenantScope;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Agence Démo" for the run command, once (a second run finds it and changes nothing): its team and
 * address book, then campaigns worked through the real services. The Keycloak accounts come from
 * realm-export.json; their ids are linked on first use, by email. Each part commits on its own, so
 * that the campaigns' engine work sees the contacts.
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
    DemoAgency agency;

    @Inject
    DemoCampaigns campaigns;

    @Inject
    DemoClientSide clientSide;

    @Inject
    DemoSales sales;

    @Inject
    DemoProspects prospects;

    @Inject
    DemoEvidence evidence;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!enabled) {
            return;
        }
        TenantScope.run(TENANT, () -> {
            agency.load();
            try {
                sales.load(); // before the prospects, who are sent the standard quote and a proposal
                if (campaigns.load()) {
                    prospects.load();
                    evidence.load(); // past campaigns for "do follow-ups work?" (issue 19)
                }
                clientSide.load();
            } catch (RuntimeException e) {
                // the product runs without its demo campaigns; the log says why they are missing
                LOG.log(Level.WARNING, "Demo campaigns not loaded", e);
            }
        });
    }
}
