package io.relance.application.preference;

import io.relance.domain.preference.PersonKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The platform's secret for journalists' keyed hashes (RELANCE_PREFERENCES_KEY, at least 16
 * characters; the run command and the tests set one). Without it the preferences page and its
 * sweep stay off rather than hash with a guessable default. Changing it orphans every stored
 * preference: keep it like the database's password.
 */
@ApplicationScoped
public class PreferencesKey {

    @Inject
    @ConfigProperty(name = "relance.preferences.key", defaultValue = "")
    String value;

    public Optional<PersonKey> key() {
        if (value == null || value.strip().length() < 16) {
            return Optional.empty();
        }
        return Optional.of(new PersonKey(value.strip().getBytes(StandardCharsets.UTF_8)));
    }
}
