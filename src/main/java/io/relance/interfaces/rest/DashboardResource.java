package io.relance.interfaces.rest;

import io.relance.application.dashboard.Dashboards;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The numbers of the dashboards: a campaign's (chefs, directeurs) and the agency's (the directeur). */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    Dashboards dashboards;

    @GET
    @Path("campaigns/{id}/dashboard")
    public Dashboards.OfCampaign campaign(@PathParam("id") long id) {
        return dashboards.campaign(id);
    }

    @GET
    @Path("dashboard")
    public Dashboards.OfAgency agency() {
        return dashboards.agency();
    }
}
