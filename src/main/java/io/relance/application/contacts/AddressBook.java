package io.relance.application.contacts;

import io.relance.domain.tenant.Agency;
import io.relance.application.tenant.AgencyRepository;
import io.relance.application.tenant.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * What the address book needs to know of the caller's agency: the country in which typed phone
 * numbers are read. Who the caller is and what their role allows is {@link io.relance.application.staff.CurrentStaff}'s.
 */
@Stateless
@PermitAll
public class AddressBook {

    @Inject
    AgencyRepository agencies;

    public String region() {
        return agencies.find(TenantContext.require()).map(Agency::getCountry).orElse("FR");
    }
}
