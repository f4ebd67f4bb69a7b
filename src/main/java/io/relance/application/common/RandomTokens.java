package io.relance.application.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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

    /**
     * Whether a token given in a link is exactly the stored one: every byte, case included, in a
     * time that does not depend on where they differ. The database finds the row (binary collation);
     * this makes the answer not depend on that collation, should a server's default creep back in.
     */
    public static boolean same(String stored, String given) {
        if (stored == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
