package io.relance.application.sequence;

import io.relance.domain.contact.CallWindows;

import java.util.List;

/** The agency's working hours as the directeur set them (issue 19, timing): callbacks are booked inside them. */
public interface AgencyHours {

    List<CallWindows.Window> working();
}
