package io.relance.application.promises;

import java.io.Serializable;
import java.time.LocalDate;

/** A promised day that passed without a call: whom, who was to call, which day (the person's own). */
public record BrokenPromise(long enrolmentId, long contactId, String contact, String caller, LocalDate day)
        implements Serializable {
}
