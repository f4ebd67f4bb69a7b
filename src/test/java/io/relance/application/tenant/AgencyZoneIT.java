package io.relance.application.tenant;

import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.tenant.Agency;
import io.relance.it.Deployments;
import io.relance.it.InTenant;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An agency's days and dates are counted in its own zone: a French agency in Paris, an agency on
 * La Réunion in Indian/Reunion — even when one request works for both, as a test may — and work
 * outside any agency in the platform's home zone.
 */
@ExtendWith(ArquillianExtension.class)
class AgencyZoneIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(AgencyZoneIT.class, InTenant.class);
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    AgencyZone zone;

    @Test
    void eachAgencyInItsOwnZone() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String paris = agency("zone-fr-" + suffix, "FR");
        String reunion = agency("zone-re-" + suffix, "RE");

        assertEquals(ZoneId.of("Europe/Paris"), InTenant.run(paris, zone::get));
        assertEquals(ZoneId.of("Indian/Reunion"), InTenant.run(reunion, zone::get), "read again for another agency");
        assertEquals(ZoneId.of("Europe/Paris"), InTenant.run(paris, zone::get));
        assertEquals(PhoneNumbers.HOME, zone.get(), "no agency: the platform's home zone");
    }

    private String agency(String slug, String country) throws Exception {
        return InTenant.call(tx, slug, () -> {
            em.persist(new Agency(slug, "Agence " + slug, country, "fr", Instant.now()));
            return slug;
        });
    }
}
