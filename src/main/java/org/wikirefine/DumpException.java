package org.wikirefine;

/**
 * A dump could not be read (further). {@link #reason()} is a stable code such as {@code DTD_NOT_ALLOWED},
 * {@code XML_ERROR}, {@code DECOMPRESS_ERROR}, {@code TRUNCATED}, {@code UNSUPPORTED_COMPRESSION} or
 * {@code BAD_INDEX}.
 */
public class DumpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public DumpException(String reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    public DumpException(String reason, String message) {
        this(reason, message, null);
    }

    /** The stable machine-readable reason code. */
    public String reason() {
        return reason;
    }
}
