package io.relance.interfaces.rest;

import io.relance.application.team.TeamMember;
import io.relance.application.team.TeamService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The team, for the directeur (web.xml and TeamService both require the role). */
@Path("/team")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    TeamService team;

    @GET
    public List<TeamMember> list(@QueryParam("first") @DefaultValue("0") int first,
                                 @QueryParam("size") @DefaultValue("50") int size) {
        return team.page(Math.max(0, first), Math.min(Math.max(1, size), 200));
    }

    @GET
    @Path("/{id}")
    public TeamMember member(@PathParam("id") long id) {
        return team.member(id);
    }
}
