package io.relance.application.contacts;

import io.relance.domain.staff.Role;
import io.relance.domain.tenant.Agency;
import io.relance.application.tenant.AgencyRepository;
import io.relance.application.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * What the address book needs to know of the caller's agency and role: the country in which typed
 * phone numbers are read, and whether confidential notes may be shown.
 */
@Stateless
@PermitAll
public class AddressBook {

    @Inject
    AgencyRepository agencies;

    @Resource
    SessionContext session;

    public String region() {
        return agencies.find(TenantContext.require()).map(Agency::getCountry).orElse("FR");
    }

    public boolean mayReadConfidential() {
        return session.isCallerInRole(Role.CHEF_DE_PROJET_NAME) || session.isCallerInRole(Role.DIRECTEUR_NAME);
    }

    public boolean isDirecteur() {
        return session.isCallerInRole(Role.DIRECTEUR_NAME);
    }

    public String caller() {
        return session.getCallerPrincipal().getName();
    }
}
