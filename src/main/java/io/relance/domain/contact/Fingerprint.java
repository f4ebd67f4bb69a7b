package io.relance.domain.contact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A one-way fingerprint of an email address or a phone number (SHA-256 of the agency, the kind and
 * the normalised value): what the suppression list keeps of an erased person, so that the same
 * person arriving again is recognised without the address being kept. The agency is part of the
 * input, so that two agencies' lists cannot be matched against each other.
 *
 * @param kind  {@code EMAIL} or {@code PHONE}
 * @param hash  64 hexadecimal characters
 */
public record Fingerprint(String kind, String hash) {

    public static final String EMAIL = "EMAIL";
    public static final String PHONE = "PHONE";

    public static Fingerprint email(String tenant, String email) {
        return of(tenant, EMAIL, email.strip().toLowerCase(Locale.ROOT));
    }

    /** {@code e164}: the number as contacts keep it (E.164, already normalised). */
    public static Fingerprint phone(String tenant, String e164) {
        return of(tenant, PHONE, e164.replaceAll("[^+0-9]", ""));
    }

    /** The fingerprints of a contact's email and phone numbers (none for what is empty). */
    public static List<Fingerprint> of(String tenant, ContactDetails d) {
        List<Fingerprint> all = new ArrayList<>(3);
        if (d.email() != null && !d.email().isBlank()) {
            all.add(email(tenant, d.email()));
        }
        for (String phone : new String[]{d.mobile(), d.landline()}) {
            if (phone != null && !phone.isBlank()) {
                all.add(phone(tenant, phone));
            }
        }
        return all;
    }

    /** The first characters, enough to tell entries apart on a page (never the address). */
    public String shortHash() {
        return hash.substring(0, 12);
    }

    private static Fingerprint of(String tenant, String kind, String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((tenant + "\n" + kind + "\n" + value).getBytes(StandardCharsets.UTF_8));
            return new Fingerprint(kind, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
