package io.relance.infrastructure.security;

import io.relance.application.common.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Encrypts the credentials an agency gives us (an SMS provider's password) with AES-GCM under the
 * key of the environment (RELANCE_SECRETS_KEY, 32 bytes in base64); without a key nothing is stored.
 * The cipher and where its key comes from are this adapter's business; the application only seals
 * and opens ({@link Secrets}).
 */
@ApplicationScoped
public class AesGcmSecrets implements Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "relance.secrets.key", defaultValue = "")
    String key;

    @Override
    public boolean available() {
        return keySpec().isPresent();
    }

    @Override
    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keySpec().orElseThrow(() -> new IllegalStateException("RELANCE_SECRETS_KEY")),
                    new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    @Override
    public String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keySpec().orElseThrow(() -> new IllegalStateException("RELANCE_SECRETS_KEY")),
                    new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot decrypt (was the key changed?)", e);
        }
    }

    private Optional<SecretKeySpec> keySpec() {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        byte[] bytes = Base64.getDecoder().decode(key.strip());
        return bytes.length == 32 ? Optional.of(new SecretKeySpec(bytes, "AES")) : Optional.empty();
    }
}
