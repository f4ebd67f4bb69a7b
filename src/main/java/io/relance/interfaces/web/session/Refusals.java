package io.relance.interfaces.web.session;

import io.relance.application.common.Refused;
import io.relance.domain.contact.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A refusal on a page: one error per problem, so that a form with two wrong fields says both at once.
 * Each goes next to its field when the page shows messages there, at the top of the page otherwise
 * (a field without its own message, a reason about the whole change); the value as typed fills the
 * sentence's {0} when it has one.
 */
public final class Refusals {

    private Refusals() {
    }

    /** The problems of a form whose component ids are the services' field names ("contact" + ":" + "email"). */
    public static void show(Refused refused, String form) {
        show(refused, field -> form + ":" + field);
    }

    /** The problems of a page whose component ids differ from the services' field names. */
    public static void show(Refused refused, UnaryOperator<String> clientIdOfField) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Set<String> withMessage = fieldsWithMessage(faces);
        for (Shown shown : messages(refused.problems(), clientIdOfField, withMessage::contains, Messages::pattern)) {
            faces.addMessage(shown.clientId(), new FacesMessage(FacesMessage.SEVERITY_ERROR, shown.text(), shown.text()));
        }
    }

    /** A message as added: the client id it goes next to (null: the whole form) and its sentence. */
    record Shown(String clientId, String text) {
    }

    static List<Shown> messages(List<Problem> problems, UnaryOperator<String> clientIdOfField, Predicate<String> onPage,
                                UnaryOperator<String> patterns) {
        List<Shown> shown = new ArrayList<>();
        for (Problem p : problems) {
            String clientId = p.field() == null ? null : clientIdOfField.apply(p.field());
            shown.add(new Shown(clientId != null && onPage.test(clientId) ? clientId : null, sentence(patterns.apply(p.key()), p)));
        }
        return shown;
    }

    /** Formatted only when the sentence takes the value: one without {0} keeps its single quotes as written. */
    private static String sentence(String pattern, Problem p) {
        return pattern.contains("{0") ? MessageFormat.format(pattern, p.value()) : pattern;
    }

    /**
     * The client ids of the fields that a rendered message component shows: only there is a message
     * "next to its field" seen (the pages' top messages are global only, a field without one would hide
     * it). Tables are not walked row by row (no data loaded again for this): a field of a row, having no
     * id of its own here, gets its problem at the top of the page.
     */
    private static Set<String> fieldsWithMessage(FacesContext faces) {
        Set<String> ids = new HashSet<>();
        try {
            VisitContext visit = VisitContext.createVisitContext(faces, null,
                    EnumSet.of(VisitHint.SKIP_UNRENDERED, VisitHint.SKIP_ITERATION));
            faces.getViewRoot().visitTree(visit, (context, component) -> {
                if (component instanceof UIMessage message && message.getFor() != null) {
                    UIComponent field = message.findComponent(message.getFor());
                    if (field != null) {
                        ids.add(field.getClientId(faces));
                    }
                }
                return VisitResult.ACCEPT;
            });
        } catch (RuntimeException unreadable) {
            // a page whose tree cannot be read now (a condition failing outside its request): every
            // problem at the top of the page still tells the user, where a failure here would tell nothing
            return Set.of();
        }
        return ids;
    }
}
