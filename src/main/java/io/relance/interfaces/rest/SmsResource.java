package io.relance.interfaces.rest;

import io.relance.application.sms.AnchorSmsService;
import io.relance.application.sms.OutboxRow;
import io.relance.application.sms.SmsPreview;
import io.relance.application.sms.SmsProvider;
import io.relance.application.sms.SmsSettings;
import io.relance.application.sms.SmsTestOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** A campaign's anchor SMS (text, preview) and the agency's SMS outbox. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SmsResource {

    @Inject
    AnchorSmsService sms;

    @Inject
    SmsSettings settings;

    /** The provider as typed; {@code password} blank keeps the stored one. */
    public record Provider(String kind, String sender, String host, Integer port, String systemId, String password,
                           String bindType, Integer destTon, Integer destNpi) {
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
    @Path("sms/provider")
    public SmsSettings.View provider() {
        return settings.view();
    }

    @PUT
    @Path("sms/provider")
    public SmsSettings.View saveProvider(Provider p) {
        SmsProvider.Kind kind = ContactResource.parse(SmsProvider.Kind.class, p.kind());
        settings.save(new SmsProvider(kind == null ? SmsProvider.Kind.OUTBOX : kind, p.sender(), p.host(),
                p.port() == null ? 0 : p.port(), p.systemId(), p.password(), p.bindType(),
                p.destTon() == null ? 1 : p.destTon(), p.destNpi() == null ? 1 : p.destNpi()));
        return settings.view();
    }

    /**
     * Sends a test SMS with the saved settings: 200 when the provider accepted it, 502 when it could
     * not be reached or refused it, with what happened as a message key ({@code sms.test.*}) and the
     * HTTP status it answered, never its answer; 422 for an address inside our network.
     */
    @POST
    @Path("sms/provider/test")
    public jakarta.ws.rs.core.Response test(Map<String, String> body) {
        SmsTestOutcome outcome = settings.test(body == null ? null : body.get("to"));
        Map<String, Object> answer = outcome.httpStatus() == 0 ? Map.of("message", outcome.key())
                : Map.of("message", outcome.key(), "httpStatus", outcome.httpStatus());
        return jakarta.ws.rs.core.Response.status(outcome.accepted() ? 200 : 502).entity(answer).build();
    }

    @GET
    @Path("sms/outbox")
    public Page<OutboxRow> outbox(@BeanParam Paging paging) {
        return new Page<>(sms.count(), sms.page(paging.first(), paging.size()));
    }
}
