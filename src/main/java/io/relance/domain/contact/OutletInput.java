package io.relance.domain.contact;

/** An outlet as typed in a form or read from a file: text, to be checked by {@link OutletRules}. */
public record OutletInput(String name, String type, String periodicity, String closingDay, String scale,
                          String tier, String topics) {
}
