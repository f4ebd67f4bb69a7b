package io.relance.infrastructure.demo;

import io.relance.application.campaigns.PolicyService;
import io.relance.domain.sequence.Escalation;
import io.relance.domain.sequence.SequencePlan;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Claire, the demo directeur, keeps the agency's PRM template on the Séquences et règles page with
 * escalation on: after four unanswered calls a stagiaire's contact goes to the chef de projet
 * (the festival's follow-up table shows contacts that were escalated).
 */
@Stateless
@PermitAll
@RunAs("directeur")
@RunAsPrincipal("directeur@agence-demo.fr")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoTemplates {

    public static final String PRM = "PRM 3×3 — escalade";
    static final int ESCALATE_AFTER = 4;

    @Inject
    PolicyService policies;

    /** The demo's PRM template with its escalation, made once; its id. */
    public long prm() {
        return policies.templates().stream().filter(t -> PRM.equals(t.name()) && t.id() != null).map(PolicyService.Template::id)
                .findFirst().orElseGet(() -> policies.saveTemplate(null, PRM,
                        SequencePlan.PRM_3X3.withCooldown(policies.policy().pressure().cooldownDays()), null,
                        new Escalation(ESCALATE_AFTER)));
    }
}
