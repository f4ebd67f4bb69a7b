package io.relance.application.campaigns;

import java.io.Serializable;

/** A client (brand) with the number of its campaigns. */
public record ClientRow(long id, String name, long campaigns) implements Serializable {
}
