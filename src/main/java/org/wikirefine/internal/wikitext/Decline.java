package org.wikirefine.internal.wikitext;

/**
 * Thrown when the native parser meets wikitext it does not handle faithfully; the page then goes through the
 * Sweble path. The message says what was declined (a diagnostic, and the fallback statistics).
 */
public final class Decline extends RuntimeException {

    public Decline(String reason) {
        super(reason, null, false, false);
    }
}
