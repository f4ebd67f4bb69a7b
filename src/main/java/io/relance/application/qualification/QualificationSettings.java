package io.relance.application.qualification;

import io.relance.application.common.Refused;
import io.relance.application.common.AppClock;
import io.relance.domain.contact.Problem;
import io.relance.domain.qualification.QualificationPolicy;
import io.relance.domain.staff.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The agency's qualification settings: every caller reads them (the card's choices and verdicts
 * come from them); only the directeur changes them, and every change is validated first.
 */
@Stateless
@RolesAllowed({Role.STAGIAIRE_NAME, Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class QualificationSettings {

    @Inject
    QualificationRepository repository;

    @Inject
    AppClock clock;

    public QualificationPolicy policy() {
        return repository.policy();
    }

    @RolesAllowed(Role.DIRECTEUR_NAME)
    public void save(QualificationPolicy policy) {
        if (policy == null || policy.rules() == null || policy.objectiveChoices() == null) {
            throw new Refused(List.of(new Problem("policy", "qualification.policy.incomplete", "")));
        }
        List<Problem> problems = policy.problems();
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        repository.savePolicy(policy, clock.now());
    }
}
