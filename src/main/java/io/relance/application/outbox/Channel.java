package io.relance.application.outbox;

/** The ways a message leaves: each has its own outbox and, per agency, its own circuit. */
public enum Channel {
    EMAIL("Email"), SMS("SMS");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** How the logs name a message of this channel. */
    public String label() {
        return label;
    }
}
