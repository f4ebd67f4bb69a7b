package io.relance.application.reassignment;

import java.io.Serializable;
import java.util.List;

/** A bulk reassignment's answer: the calls that moved, and those the rule refused with their reason. */
public record BulkResult(String from, String to, List<CallLine> moved, List<CallLine> refused) implements Serializable {
}
