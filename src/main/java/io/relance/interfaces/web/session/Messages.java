package io.relance.interfaces.web.session;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages from the resource bundle in the viewer's language, for services' message keys. */
public final class Messages {

    private static final String BUNDLE = "io.relance.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... args) {
        String pattern = pattern(key);
        return args.length == 0 || pattern.equals(key) ? pattern : MessageFormat.format(pattern, args);
    }

    /** The sentence of a key as written in the bundle (the key itself when the bundle lacks it). */
    static String pattern(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale(),
                Thread.currentThread().getContextClassLoader());
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** An error attached to a field (its client id) or, with null, to the whole form. */
    public static void error(String clientId, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
