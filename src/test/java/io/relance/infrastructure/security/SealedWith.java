package io.relance.infrastructure.security;

import io.relance.application.common.Secrets;

/**
 * The product's own cipher under a key a test knows (the nodes' RELANCE_SECRETS_KEY): a test
 * outside the server that writes an SMS provider by SQL seals its password as the server would, so
 * that the server opens it, without a copy of the cipher.
 */
public final class SealedWith {

    private SealedWith() {
    }

    public static Secrets key(String base64Key) {
        AesGcmSecrets secrets = new AesGcmSecrets();
        secrets.key = base64Key;
        if (!secrets.available()) {
            throw new IllegalArgumentException("not a 32-byte key in base64");
        }
        return secrets;
    }
}
