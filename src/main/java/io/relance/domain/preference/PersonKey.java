package io.relance.domain.preference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * How the platform names a person across agencies without keeping their address: HMAC-SHA256, with
 * the platform's secret, of the normalised email address or mobile number. A plain hash would not
 * do: email addresses are guessable, and anyone holding the table could test a list of them. The
 * kind is part of the input, so that an email and a number can never collide.
 */
public final class PersonKey {

    private final byte[] secret;

    public PersonKey(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the preferences key needs at least 16 bytes");
        }
        this.secret = secret.clone();
    }

    /** Trimmed and lower-cased: how people type the same address differently. */
    public static Optional<String> normaliseEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        int at = e.indexOf('@');
        if (at < 1 || at != e.lastIndexOf('@') || at == e.length() - 1 || e.length() > 254 || e.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        return Optional.of(e);
    }

    /** Digits and a leading plus (contacts keep numbers in E.164 already; spaces and dots are dropped). */
    public static Optional<String> normalisePhone(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String p = phone.replaceAll("[^+0-9]", "");
        return p.replace("+", "").length() < 6 ? Optional.empty() : Optional.of(p);
    }

    public Optional<String> email(String email) {
        return normaliseEmail(email).map(e -> hmac("EMAIL\n" + e));
    }

    public Optional<String> phone(String phone) {
        return normalisePhone(phone).map(p -> hmac("PHONE\n" + p));
    }

    /** 64 hexadecimal characters. */
    String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
