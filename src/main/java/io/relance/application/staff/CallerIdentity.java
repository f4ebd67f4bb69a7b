package io.relance.application.staff;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/**
 * Who the container says is calling (the principal's name, which is the person's email, and the
 * realm roles), for {@link CurrentStaff}: the EJB context is the one source that answers the same
 * from a page, the API and another bean, since the caller's identity propagates along EJB calls.
 */
@Stateless
@PermitAll
public class CallerIdentity {

    @Resource
    SessionContext session;

    public String name() {
        return session.getCallerPrincipal().getName();
    }

    public boolean isInRole(String realmRole) {
        return session.isCallerInRole(realmRole);
    }
}
