package io.relance.interfaces.web.outage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;

/**
 * The "Réessayer" link of the unavailable page: back to the page the person was on (a path of this
 * application only — never another site), else their home.
 */
@Named
@RequestScoped
public class UnavailablePage {

    /** Request attribute: the page to retry, set by the error servlet. */
    static final String RETRY = "relance.unavailable.retry";

    public String getRetryUrl() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String context = external.getRequestContextPath();
        Object set = external.getRequestMap().get(RETRY);
        String candidate = set != null ? set.toString() : external.getRequestParameterMap().get("back");
        return safe(context, candidate) ? candidate : context + "/app/home";
    }

    /** The page that was asked for, with its query. */
    static String pageOf(String uri, String query) {
        return query == null || query.isEmpty() ? uri : uri + "?" + query;
    }

    /** Where a PrimeFaces request came from: its page (Referer, same application), else the URL it posted to. */
    static String backOf(HttpServletRequest request, String uri) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI page = URI.create(referer);
                String local = pageOf(page.getRawPath(), page.getRawQuery());
                if (safe(request.getContextPath(), local)) {
                    return local;
                }
            } catch (IllegalArgumentException ignored) {
                // not a URL: the posted one is the page
            }
        }
        return uri;
    }

    /** A path inside this application: no scheme, no host, no way out of it. */
    static boolean safe(String context, String url) {
        if (url == null || !url.startsWith(context + "/") || url.chars().anyMatch(c -> c < 0x20)) {
            return false;
        }
        String path = url.indexOf('?') < 0 ? url : url.substring(0, url.indexOf('?'));
        return !path.startsWith("//") && !path.contains(":") && !path.contains("\\") && !path.contains("/..");
    }
}
