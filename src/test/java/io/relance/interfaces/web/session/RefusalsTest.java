package io.relance.interfaces.web.session;

import io.relance.domain.contact.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RefusalsTest {

    private static final Map<String, String> BUNDLE = Map.of(
            "validation.required", "Obligatoire.",
            "validation.email", "Adresse invalide ; vérifiez l'@.",
            "template.inUse", "Utilisé par {0} campagne(s) ; l''arrêter d''abord.");

    private static List<Refusals.Shown> shown(Set<String> fieldsWithMessage, Problem... problems) {
        return Refusals.messages(List.of(problems), field -> "contact:" + field, fieldsWithMessage::contains,
                key -> BUNDLE.getOrDefault(key, key));
    }

    @Test
    void everyProblemIsShownNextToItsField() {
        assertEquals(List.of(new Refusals.Shown("contact:lastName", "Obligatoire."),
                        new Refusals.Shown("contact:email", "Adresse invalide ; vérifiez l'@.")),
                shown(Set.of("contact:lastName", "contact:email"),
                        new Problem("lastName", "validation.required"), new Problem("email", "validation.email", "x@")));
    }

    @Test
    void aFieldWithoutItsMessageOnThePageGoesToTheTop() {
        assertEquals(List.of(new Refusals.Shown("contact:lastName", "Obligatoire."), new Refusals.Shown(null, "Obligatoire.")),
                shown(Set.of("contact:lastName"), new Problem("lastName", "validation.required"),
                        new Problem("form", "validation.required")));
    }

    @Test
    void theValueFillsOnlyASentenceThatTakesIt() {
        assertEquals(List.of(new Refusals.Shown(null, "Utilisé par 3 campagne(s) ; l'arrêter d'abord."),
                        new Refusals.Shown(null, "Adresse invalide ; vérifiez l'@.")),
                shown(Set.of(), new Problem("template", "template.inUse", "3"), new Problem("email", "validation.email", "x@")));
    }

    @Test
    void anUnknownKeyIsShownAsItIs() {
        assertEquals(List.of(new Refusals.Shown(null, "no.such.key")), shown(Set.of(), new Problem(null, "no.such.key")));
    }
}
