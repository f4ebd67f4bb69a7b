package io.relance.interfaces.rest;

import io.relance.application.sms.SmsHooks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.HashMap;
import java.util.Map;

/**
 * Callbacks of Twilio-compatible SMS providers (public: web.xml leaves {@code /api/sms/hooks/*}
 * without login). The key in the path names the agency; the signature proves the caller; a status
 * callback's {@code t} (the moment its message left, in the URL we gave) dates it.
 */
@Path("sms/hooks/{key}")
@RequestScoped
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SmsHookResource {

    static final String SIGNATURE = "X-Twilio-Signature";

    @Inject
    SmsHooks hooks;

    @POST
    @Path("status")
    public Response status(@PathParam("key") String key, @QueryParam("t") String sentAt, @HeaderParam(SIGNATURE) String signature,
                           MultivaluedMap<String, String> form) {
        return answer(hooks.status(key, sentAt, flat(form), signature), Response.noContent());
    }

    @POST
    @Path("inbound")
    public Response inbound(@PathParam("key") String key, @HeaderParam(SIGNATURE) String signature,
                            MultivaluedMap<String, String> form) {
        // an empty TwiML answer: the provider sends nothing back to the person
        return answer(hooks.inbound(key, flat(form), signature),
                Response.ok("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>", MediaType.TEXT_XML));
    }

    private static Response answer(SmsHooks.Result result, Response.ResponseBuilder done) {
        return switch (result) {
            case DONE -> done.build();
            case UNKNOWN_KEY -> Response.status(Response.Status.NOT_FOUND).build();
            case BAD_SIGNATURE -> Response.status(Response.Status.FORBIDDEN).build();
            case NOT_YET -> Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "5").build();
            // signed, but too old or already taken: refused, and nothing changes
            case STALE -> Response.status(Response.Status.FORBIDDEN).build();
            case REPLAYED -> Response.status(Response.Status.CONFLICT).build();
        };
    }

    private static Map<String, String> flat(MultivaluedMap<String, String> form) {
        Map<String, String> params = new HashMap<>();
        form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
        return params;
    }
}
