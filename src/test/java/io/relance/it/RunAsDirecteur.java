package io.relance.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/**
 * In-container tests call services as the agency's directeur, whose email is {@link #EMAIL} (a
 * staff member with that email in the test's agency is that directeur).
 */
@Stateless
@PermitAll
@RunAs("directeur")
@RunAsPrincipal(RunAsDirecteur.EMAIL)
public class RunAsDirecteur {

    public static final String EMAIL = "directeur.it@relance.test";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
