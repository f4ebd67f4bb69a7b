package io.relance.infrastructure.demo;

import io.relance.application.journee.CallQueue;
import io.relance.application.journee.Day;
import io.relance.domain.sequence.Outcome;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.time.Instant;

/** Léa, the demo stagiaire, working her own Ma journée (so that the demo bilan names its callers). */
@Stateless
@PermitAll
@RunAs("stagiaire")
@RunAsPrincipal(DemoStagiaire.EMAIL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoStagiaire {

    public static final String EMAIL = "stagiaire@agence-demo.fr";

    @Inject
    CallQueue queue;

    public Day today() {
        return queue.today();
    }

    public void log(long taskId, Outcome outcome, Instant callbackAt) {
        queue.log(taskId, outcome, callbackAt);
    }
}
