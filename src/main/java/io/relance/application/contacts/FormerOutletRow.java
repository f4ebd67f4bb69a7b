package io.relance.application.contacts;

import java.io.Serializable;
import java.time.Instant;

/** An outlet the contact worked for before ("anciens médias"), with when: {@code from} null when unknown. */
public record FormerOutletRow(String outletName, Instant from, Instant until) implements Serializable {
}
