package io.relance.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** In-container tests call role-guarded services through this bean, as a chef de projet. */
@Stateless
@PermitAll
@RunAs("chef-de-projet")
public class RunAsChef {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
