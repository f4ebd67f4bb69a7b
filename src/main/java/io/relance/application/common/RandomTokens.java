package io.relance.application.common;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The product's unguessable keys (unsubscribe links, share links, SMS hook addresses): 32 random
 * bytes, URL-safe base64 without padding — 43 characters, the width of their columns.
 */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
