package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

/**
 * The journalists' preferences page on a phone (390 × 844): a journalist asks for a link, follows
 * it from the email (read from the page's outbox, as the mail tests read theirs), ticks "email
 * only" and saves; everything fits the screen without sideways scrolling, in French, then in
 * English. Screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class PreferencePageBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(PreferencePageBrowserIT.class);
    }

    @Test
    @RunAsClient
    void aJournalistSetsHerPreferencesFromHerPhone() throws Exception {
        PreferenceWalkthrough.onAPhone("lea." + UUID.randomUUID().toString().substring(0, 8) + "@presse.example");
    }
}
