package org.wikirefine;

/**
 * A dump could not be read (further). {@link #reason()} is a stable code such as {@code DTD_NOT_ALLOWED},
 * {@code XML_ERROR}, {@code DECOMPRESS_ERROR}, {@code TRUNCATED}, {@code UNSUPPORTED_COMPRESSION} or
 * {@code BAD_INDEX}.
 */
public class DumpException extends RuntimeException {

    /** Serialization version of this exception's form. */
    private static final long serialVersionUID = 1L;

    /** The stable machine-readable reason code. */
    private final String reason;

    /**
     * A dump error with its cause.
     *
     * @param reason  stable machine-readable code
     * @param message what went wrong, for people
     * @param cause   the underlying error, or {@code null}
     */
    public DumpException(String reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    /**
     * A dump error without a cause.
     *
     * @param reason  stable machine-readable code
     * @param message what went wrong, for people
     */
    public DumpException(String reason, String message) {
        this(reason, message, null);
    }

    /** {@return the stable machine-readable reason code} */
    public String reason() {
        return reason;
    }
}
