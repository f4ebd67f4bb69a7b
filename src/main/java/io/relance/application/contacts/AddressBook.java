package io.relance.application.contacts;

import io.relance.application.staff.CurrentStaff;
import io.relance.domain.tenant.Agency;
import io.relance.application.tenant.AgencyRepository;
import io.relance.application.tenant.TenantContext;
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
    CurrentStaff current;

    @Inject
    AgencyRepository agencies;


    public String region() {
        return agencies.find(TenantContext.require()).map(Agency::getCountry).orElse("FR");
    }

    public boolean mayReadConfidential() {
        return current.isSenior();
    }

    public boolean isDirecteur() {
        return current.isDirecteur();
    }

    public String caller() {
        return current.email();
    }
}
