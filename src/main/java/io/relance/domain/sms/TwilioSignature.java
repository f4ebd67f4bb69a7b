package io.relance.domain.sms;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * The signature a Twilio-compatible provider puts in {@code X-Twilio-Signature}: HMAC-SHA1, keyed by
 * the account's auth token, of the URL it called followed by every POST parameter (name then value)
 * in name order, in base64. It proves a callback came from the holder of the agency's token.
 */
public final class TwilioSignature {

    private TwilioSignature() {
    }

    public static String of(String authToken, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison: a forger learns nothing from how long a refusal takes. */
    public static boolean valid(String authToken, String url, Map<String, String> params, String signature) {
        if (authToken == null || signature == null) {
            return false;
        }
        return MessageDigest.isEqual(of(authToken, url, params).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
