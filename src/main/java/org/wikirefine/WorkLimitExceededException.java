package org.wikirefine;

/**
 * Thrown by {@link Article#render} when rendering a page in one variant would need more work than the page's budget
 * allows: characters converted and written and conversion rules applied, counted against a limit that grows with
 * the page's length. The count is work done, not time, so the same page is refused the same way on every run and
 * every machine. Dump runs turn it into an error record ({@code WORK_BUDGET_EXCEEDED}) for that page.
 */
public class WorkLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what was counted and the limit that was passed */
    public WorkLimitExceededException(String message) {
        super(message, null, false, false);
    }
}
