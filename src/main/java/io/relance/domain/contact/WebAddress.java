package io.relance.domain.contact;

import java.net.URI;
import java.net.URISyntaxException;

/** A link people will click: only http(s) with a host, and not longer than its column. */
public final class WebAddress {

    private WebAddress() {
    }

    public static boolean isValid(String url, int max) {
        if (url.length() > max) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
