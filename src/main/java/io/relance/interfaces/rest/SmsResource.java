package io.relance.interfaces.rest;

import io.relance.application.sms.AnchorSmsService;
import io.relance.application.sms.OutboxRow;
import io.relance.application.sms.SmsPreview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** A campaign's anchor SMS (text, preview) and the agency's SMS outbox. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SmsResource {

    @Inject
    AnchorSmsService sms;

    public record Page(long total, List<OutboxRow> rows) {
    }

    @GET
    @Path("campaigns/{id}/sms")
    public Map<String, String> text(@PathParam("id") long id) {
        return Map.of("text", sms.text(id));
    }

    @PUT
    @Path("campaigns/{id}/sms")
    public Map<String, String> write(@PathParam("id") long id, Map<String, String> body) {
        sms.write(id, body == null ? null : body.get("text"));
        return Map.of("text", sms.text(id));
    }

    /** The text (the one given, else the campaign's) rendered for one of its contacts, with its segments. */
    @POST
    @Path("campaigns/{id}/sms/preview")
    public SmsPreview preview(@PathParam("id") long id, Map<String, String> body) {
        String text = body == null || body.get("text") == null ? sms.text(id) : body.get("text");
        return sms.preview(id, text);
    }

    @GET
    @Path("sms/outbox")
    public Page outbox(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        return new Page(sms.count(), sms.page(Math.max(0, first), Math.min(Math.max(1, size), 200)));
    }
}
