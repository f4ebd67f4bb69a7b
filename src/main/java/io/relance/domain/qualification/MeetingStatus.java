package io.relance.domain.qualification;

/** Where a meeting with a prospect stands: booked, then held or cancelled (a chef de projet says which). */
public enum MeetingStatus { BOOKED, HELD, CANCELLED }
