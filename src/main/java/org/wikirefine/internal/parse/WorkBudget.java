package org.wikirefine.internal.parse;

/**
 * The work one page may cost, counted in characters handed to Sweble (the page itself, then every template value and
 * reference body parsed on the way), not in time: the same page is treated the same way on every run and machine,
 * so dump output, {@code --resume} included, stays byte-identical. Nested templates re-parse their values at each
 * level, so depth multiplies the work; this cap turns such pages into a flagged fallback in bounded time instead of
 * letting the wall-clock watchdog (a last resort) decide. Not thread-safe: one per page build.
 */
public final class WorkBudget {

    /** Every page may parse this much, whatever its size (a 2-3 KB article parses about twice its length). */
    static final long BASE_CHARS = 4L << 20;
    /** Plus this many times its own length. */
    static final int PER_CHAR = 10;

    private final long limit;
    private long spent;

    private WorkBudget(long limit) {
        this.limit = limit;
    }

    public static WorkBudget forPage(int pageLength) {
        return new WorkBudget(BASE_CHARS + (long) PER_CHAR * pageLength);
    }

    /** Counts a parse of {@code chars} characters; throws once the page's budget is spent. */
    public void parse(int chars) {
        spent += chars;
        if (spent > limit) {
            throw new Exceeded("the page needed more than " + limit + " characters of parsing (page, template values"
                    + " and references; nesting re-parses values at each level)");
        }
    }

    /** A page over its work budget: the pipeline answers with the flagged plain-text fallback. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message, null, false, false);
        }
    }
}
