package io.relance.interfaces.scheduling;

import io.relance.domain.contact.ContactInput;
import io.relance.domain.contact.ContactRules;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks one made-up line at deploy, so that the first person to type a contact or preview an
 * import does not wait for what every later one finds ready: libphonenumber's metadata and time
 * zone tables (loaded on first use, region by region) and the classes of the line checks. Nothing
 * is written; a failure here only costs the first user that time back.
 */
@Singleton
@Startup
public class LineCheckWarmup {

    private static final Logger LOG = Logger.getLogger(LineCheckWarmup.class.getName());

    @PostConstruct
    void warm() {
        try {
            ContactRules.check(new ContactInput("Mme", "Marie", "Exemple", "Culture", "Le Quotidien", "Culture, Société", "A",
                    "01 42 00 00 00", "06 12 34 56 78", "marie@example.fr", null, "lun-ven 9h-12h", "fr", null, null, null,
                    "intérêt légitime", "2026-01-01", "Annuaire", "non", null, "non", null), "FR");
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Warm-up of the line checks failed; the first check pays the loading", e);
        }
    }
}
