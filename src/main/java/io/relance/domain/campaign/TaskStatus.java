package io.relance.domain.campaign;

/**
 * Where a call task stands: planned, open (to call now), done (an attempt was logged), missed (its
 * time went by), cancelled (the sequence ended or moved on), paused with its campaign.
 */
public enum TaskStatus {
    PLANNED, OPEN, DONE, MISSED, CANCELLED, PAUSED
}
