package io.relance.interfaces.rest;

import io.relance.application.reassignment.Handover;
import io.relance.application.team.Invitation;
import io.relance.application.team.TeamException;
import io.relance.application.team.TeamMember;
import io.relance.application.team.TeamService;
import io.relance.domain.staff.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The team, for the directeur (web.xml and TeamService both require the role). */
@Path("/team")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    TeamService team;

    @GET
    public List<TeamMember> list(@BeanParam Paging paging) {
        return team.page(paging.first(), paging.size());
    }

    @GET
    @Path("/{id}")
    public TeamMember member(@PathParam("id") long id) {
        return team.member(id);
    }

    /** Invites a member; the answer carries the temporary password, shown this once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(Invitation invitation) {
        Invitation.Sent sent = team.invite(invitation);
        return Created.with(sent);
    }

    /** Body: the realm role name, e.g. {@code chef-de-projet}. */
    @PUT
    @Path("/{id}/role")
    @Consumes(MediaType.TEXT_PLAIN)
    public Changed changeRole(@PathParam("id") long id, String role) {
        Role newRole = Role.ofRealmRole(role == null ? "" : role.strip())
                .orElseThrow(() -> new TeamException("role", "team.role.required"));
        Handover handover = team.changeRole(id, newRole);
        return Changed.of(team.member(id), handover);
    }

    /** Body: {@code true} to let the member log in, {@code false} to disable the account. */
    @PUT
    @Path("/{id}/enabled")
    @Consumes(MediaType.TEXT_PLAIN)
    public Changed setEnabled(@PathParam("id") long id, String enabled) {
        Handover handover = team.setEnabled(id, Boolean.parseBoolean(enabled == null ? "" : enabled.strip()));
        return Changed.of(team.member(id), handover);
    }

    /**
     * A member after a change, and what happened to their running follow-ups: {@code reassigned}
     * (how many moved), {@code movedTo} (to whom, how many) and {@code kept} (kept by a demoted member).
     */
    public record Changed(long id, String firstName, String lastName, String email, Role role, boolean enabled,
                          int reassigned, List<Handover.Moved> movedTo, int kept) {
        static Changed of(TeamMember m, Handover h) {
            return new Changed(m.id(), m.firstName(), m.lastName(), m.email(), m.role(), m.enabled(), h.total(), h.moved(), h.kept());
        }
    }
}
