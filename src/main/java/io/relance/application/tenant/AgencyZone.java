package io.relance.application.tenant;

import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.tenant.Agency;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.ZoneId;

/**
 * The agency's own time zone, in one place: its days, its dates on the pages, its bilans and its
 * client pages are counted in it. It comes from the agency's country (the zone of its phone numbers);
 * work outside any agency (the public preferences page) uses the platform's home zone. Read once
 * per request and agency (a request that works for two agencies, as a test may, reads each).
 */
@RequestScoped
public class AgencyZone {

    @Inject
    AgencyRepository agencies;

    private String tenant;
    private ZoneId zone;

    public ZoneId get() {
        String current = TenantContext.current().orElse(null);
        if (zone == null || !java.util.Objects.equals(current, tenant)) {
            tenant = current;
            zone = current == null ? PhoneNumbers.HOME : agencies.find(current).map(Agency::getCountry)
                    .map(PhoneNumbers::zoneOfRegion).orElse(PhoneNumbers.HOME);
        }
        return zone;
    }
}
