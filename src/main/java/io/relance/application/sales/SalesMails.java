package io.relance.application.sales;

import io.relance.application.common.NotFoundException;
import io.relance.application.common.RandomTokens;
import io.relance.application.common.Refused;
import io.relance.domain.contact.Problem;
import io.relance.domain.sales.SalesTemplate;
import io.relance.domain.sales.SalesValues;
import io.relance.application.mail.MailOutboxWriter;
import io.relance.application.mail.MailOutboxWriter.NewMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends the standard quote or a proposal to a prospect in one click, inside the caller's
 * transaction (the qualification card's service, which checks who may): one outbox email of the
 * template's kind, its text for this prospect, its PDF attached (the uploaded one, or one generated
 * with their name), replies to the person who sent it. Roles are the caller's to check: any caller
 * of the campaign may send, and a stagiaire may not manage the templates (SalesTemplates).
 */
@ApplicationScoped
public class SalesMails {

    @Inject
    SalesTemplateRepository templates;

    @Inject
    MailOutboxWriter writer;

    /**
     * Writes the email; false when the same document was asked for the same sequence in this minute
     * already (a double click sends one).
     *
     * @throws NotFoundException the sequence or the template is not this agency's
     * @throws Refused    no address, the person may not be written to, or the template is archived
     */
    public boolean send(long enrolmentId, long templateId, String requesterEmail, String requesterFirstName, Instant now) {
        SalesTemplate t = templates.require(templateId);
        Prospect p = templates.prospect(enrolmentId).orElseThrow(() -> new NotFoundException("Enrolment " + enrolmentId));
        List<Problem> problems = problems(p);
        if (t.isArchived()) {
            problems.add(new Problem("template", "sales.send.archived", t.getName()));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        SalesValues values = new SalesValues(p.firstName(), p.lastName(), p.company(), requesterFirstName, p.agencyName());
        String key = t.getKind() + ":" + enrolmentId + ":" + templateId + ":" + now.getEpochSecond() / 60;
        String subject = values.line(t.getEmailSubject());
        NewMail mail = new NewMail(p.campaignId(), p.contactId(), enrolmentId, t.getKind().name(), key, p.email().strip(),
                requesterEmail, subject, values.text(t.getEmailBody()),
                RandomTokens.next(), requesterEmail, t.getId());
        return writer.insert(mail, List.of(SalesPdf.attachment(t, p, values, now)), now);
    }

    /** What a qualification card shows: the documents to send, those sent, and whether sending can work. */
    public record CardDocuments(List<TemplateChoice> choices, List<SentDocument> sent, boolean canSend) {
    }

    /** The card's side of the documents, with one look at the prospect (the card is shown on every call). */
    public CardDocuments forCard(long enrolmentId) {
        Prospect p = templates.prospect(enrolmentId).orElseThrow(() -> new NotFoundException("Enrolment " + enrolmentId));
        return new CardDocuments(templates.choices(), templates.sent(enrolmentId), problems(p).isEmpty());
    }

    /** Whether the card's buttons can work: an address, and the person may be written to. */
    public boolean canSend(long enrolmentId) {
        return templates.prospect(enrolmentId).map(p -> problems(p).isEmpty()).orElse(false);
    }

    /** What was sent to this sequence's contact, newest first. */
    public List<SentDocument> sentFor(long enrolmentId) {
        templates.prospect(enrolmentId).orElseThrow(() -> new NotFoundException("Enrolment " + enrolmentId));
        return templates.sent(enrolmentId);
    }

    /** The templates that can be sent: the standard quote first, then the proposals by name. */
    public List<TemplateChoice> choices() {
        return templates.choices();
    }

    private static List<Problem> problems(Prospect p) {
        List<Problem> problems = new ArrayList<>();
        if (!p.reachable()) {
            problems.add(new Problem("contact", "sales.send.unreachable", ""));
        } else if (p.email() == null || p.email().isBlank()) {
            problems.add(new Problem("contact", "sales.send.noEmail", ""));
        }
        return problems;
    }
}
