package io.relance.interfaces.rest;

import io.relance.application.mail.MailPreview;
import io.relance.application.mail.MailRow;
import io.relance.application.mail.ReleaseEmailService;
import io.relance.application.mail.ReleaseSchedule;
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

import java.time.LocalDate;
import java.time.LocalTime;

/** A campaign's release email (subject, text, sent by email or not, preview), when it leaves, and the agency's email outbox. */
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

    /** A move of the release: the new send date and time ("HH:mm"), in each recipient's zone. */
    public record SendMove(LocalDate date, LocalTime time) {
    }

    /** When the release leaves, and whether it can still move. */
    @GET
    @Path("campaigns/{id}/email/send")
    public ReleaseSchedule send(@PathParam("id") long id) {
        return mails.schedule(id);
    }

    /** Moves the release (a draft's send, or the launched campaign's emails not sent yet); refused once they have left. */
    @PUT
    @Path("campaigns/{id}/email/send")
    public ReleaseSchedule moveSend(@PathParam("id") long id, SendMove body) {
        mails.moveSend(id, body == null ? null : body.date(), body == null ? null : body.time());
        return mails.schedule(id);
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
