package io.relance.interfaces.rest;

import io.relance.application.mail.MailPreview;
import io.relance.application.mail.MailRow;
import io.relance.application.mail.ReleaseEmailService;
import io.relance.domain.mail.ReleaseEmail;
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


/** A campaign's release email (subject, text, sent at launch or not, preview) and the agency's email outbox. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailResource {

    @Inject
    ReleaseEmailService mails;

    @GET
    @Path("campaigns/{id}/email")
    public ReleaseEmail read(@PathParam("id") long id) {
        return mails.read(id);
    }

    @PUT
    @Path("campaigns/{id}/email")
    public ReleaseEmail write(@PathParam("id") long id, ReleaseEmail body) {
        mails.write(id, body == null ? new ReleaseEmail(null, null, false) : body);
        return mails.read(id);
    }

    /** The given subject and text (else the campaign's) rendered for one of its contacts. */
    @POST
    @Path("campaigns/{id}/email/preview")
    public MailPreview preview(@PathParam("id") long id, ReleaseEmail body) {
        return mails.preview(id, body == null || body.body() == null ? mails.read(id) : body);
    }

    @GET
    @Path("mails/outbox")
    public Page<MailRow> outbox(@BeanParam Paging paging) {
        return new Page<>(mails.count(), mails.page(paging.first(), paging.size()));
    }
}
