package org.wikirefine.internal.parse;

/**
 * The work one page may cost, counted in work done, not in time: the same page is treated the same way on every run
 * and machine, so dump output, {@code --resume} included, stays byte-identical. Two budgets per page, each
 * {@link #BASE_CHARS} plus {@link #PER_CHAR} times the page's length:
 * <ul>
 *   <li>parsing ({@link #forPage}): characters handed to the parser (the page itself, then every template value and
 *       reference body parsed on the way). Nested templates re-parse their values at each level, so depth
 *       multiplies the work; over the budget the page becomes a flagged plain-text fallback.</li>
 *   <li>conversion and rendering, once per variant ({@link #forRendering}): characters converted, characters of
 *       rendered text produced, and {@link #RULE_WEIGHT} per conversion rule applied, counted per segment (never
 *       per character, so the hot path pays one addition per segment). Over the budget the rendering is refused
 *       ({@link org.wikirefine.WorkLimitExceededException}); a dump run writes an error record for the page.</li>
 * </ul>
 * The wall-clock watchdog stays only as a last resort. Not thread-safe: one per page build or rendering.
 */
public final class WorkBudget {

    /** Every page may spend this much, whatever its size (a 2-3 KB article parses about twice its length). */
    static final long BASE_CHARS = 4L << 20;
    /** Plus this many times its own length. */
    static final int PER_CHAR = 10;
    /** Work units of one conversion rule applied (about a rule's length: adding its pairs to the page's tables). */
    public static final int RULE_WEIGHT = 16;

    private final long limit;
    private final boolean rendering;
    private long spent;

    private WorkBudget(long limit, boolean rendering) {
        this.limit = limit;
        this.rendering = rendering;
    }

    /** The parsing budget of a page of {@code pageLength} characters. */
    public static WorkBudget forPage(int pageLength) {
        return new WorkBudget(BASE_CHARS + (long) PER_CHAR * pageLength, false);
    }

    /** The budget of converting and rendering a page of {@code pageLength} characters in one variant. */
    public static WorkBudget forRendering(int pageLength) {
        return new WorkBudget(BASE_CHARS + (long) PER_CHAR * pageLength, true);
    }

    /** Counts a parse of {@code chars} characters; throws once the page's budget is spent. */
    public void parse(int chars) {
        spend(chars);
    }

    /** Counts {@code units} of work; throws once the budget is spent. */
    public void spend(long units) {
        spent += units;
        if (spent > limit) {
            throw new Exceeded(rendering
                    ? "rendering one variant of the page needed more than " + limit + " units of work (characters"
                            + " converted and written, " + RULE_WEIGHT + " per conversion rule applied)"
                    : "the page needed more than " + limit + " characters of parsing (page, template values and"
                            + " references; nesting re-parses values at each level)");
        }
    }

    /** Work counted so far. */
    public long spent() {
        return spent;
    }

    /** A page over its work budget: a parse answers with the flagged plain-text fallback, a rendering is refused. */
    public static final class Exceeded extends org.wikirefine.WorkLimitExceededException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message);
        }
    }
}
