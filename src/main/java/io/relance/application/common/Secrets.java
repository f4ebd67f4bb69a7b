package io.relance.application.common;

/**
 * Seals the credentials an agency gives us (an SMS provider's password or token) before they are
 * stored, and opens them when they are used; nothing is sealed without the server's key. A port:
 * the cipher and its key belong to the infrastructure.
 */
public interface Secrets {

    /** Whether the server has a key: without one, no credential can be stored. */
    boolean available();

    /** The text sealed for storage (a fresh nonce each time). */
    String encrypt(String plain);

    /** The text a stored value seals; fails if the key changed. */
    String decrypt(String stored);
}
