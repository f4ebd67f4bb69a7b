package io.relance.application.mail;

import io.relance.application.sequence.OptOuts;
import io.relance.domain.contact.Contact;
import io.relance.application.tenant.TenantScope;
import io.relance.application.tenant.AgencyService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The unsubscribe link of every email, used by someone who is not signed in: the token alone says
 * whose it is (the one lookup across agencies), then everything runs under that agency. Nothing
 * but the agency's name and whether the person already opted out leaves this service.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Unsubscribes {

    /** What the page may show. */
    public record Link(String agencyName, boolean optedOut) {
    }

    @Inject
    AgencyService agency;

    @Inject
    MailStore store;

    @Inject
    OptOuts optOuts;

    @Resource
    SessionContext context;

    public Optional<Link> find(String token) {
        return owner(token).map(o -> TenantScope.call(o.tenant(), () -> self().read(o.contactId())));
    }

    /** Opts the person out everywhere; answers what the page shows next (empty: unknown token). */
    public Optional<Link> optOut(String token) {
        return owner(token).map(o -> TenantScope.call(o.tenant(), () -> self().optOutNow(o.contactId())));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Link read(long contactId) {
        Contact c = store.contact(contactId).orElse(null);
        return new Link(agency.name(), c == null || c.details().optedOut());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Link optOutNow(long contactId) {
        Contact c = store.contact(contactId).orElse(null);
        if (c != null && !c.details().optedOut()) {
            optOuts.everywhere(contactId, "Lien de désinscription (email)", "email");
        }
        return new Link(agency.name(), true);
    }

    private Optional<MailStore.TokenOwner> owner(String token) {
        // a real token is 43 URL-safe characters: anything else is not looked up at all
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return store.tokenOwner(token);
    }

    private Unsubscribes self() {
        return context.getBusinessObject(Unsubscribes.class);
    }
}
