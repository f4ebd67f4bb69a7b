package io.relance.domain.qualification;

/** Whether the person on the phone decides. */
public enum DecisionMaker { YES, NO, UNKNOWN }
