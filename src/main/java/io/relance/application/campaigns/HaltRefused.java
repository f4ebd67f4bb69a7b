package io.relance.application.campaigns;

import io.relance.application.common.Refused;

/** A pause, resume or stop refused in the campaign's or the sequence's state (the API answers 409). */
public class HaltRefused extends Refused {

    public HaltRefused(String key) {
        super("status", key);
    }
}
