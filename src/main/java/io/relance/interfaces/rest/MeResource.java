package io.relance.interfaces.rest;

import io.relance.application.tenant.AgencyService;
import io.relance.domain.staff.Role;
import io.relance.domain.tenant.Agency;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.util.Arrays;
import java.util.List;

/** Who the token says the caller is: user, agency and roles. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    AgencyService agencies;

    @Context
    SecurityContext security;

    public record Me(String user, String agency, String agencyName, List<String> roles) {
    }

    @GET
    public Me me() {
        List<String> roles = Arrays.stream(Role.values()).map(Role::realmRole).filter(security::isUserInRole).toList();
        Agency agency = agencies.current().orElse(null);
        return new Me(security.getUserPrincipal().getName(), agency == null ? null : agency.getSlug(),
                agency == null ? null : agency.getName(), roles);
    }
}
