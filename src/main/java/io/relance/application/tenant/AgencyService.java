package io.relance.application.tenant;

import io.relance.domain.tenant.Agency;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Optional;

/** The caller's own agency, from the tenant of the verified token. */
@Stateless
@PermitAll
public class AgencyService {

    @Inject
    AgencyRepository agencies;

    public Optional<Agency> current() {
        return TenantContext.current().flatMap(agencies::find);
    }

    /** The current agency's name, as its emails, PDFs and client pages sign (empty outside an agency). */
    public String name() {
        return current().map(Agency::getName).orElse("");
    }
}
