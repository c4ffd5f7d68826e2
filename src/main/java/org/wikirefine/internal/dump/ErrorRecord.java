package org.wikirefine.internal.dump;

/**
 * One page that could not be turned into output, written as a JSONL line
 * {@code {"status":"error","id","title","stage","reason","detail"}}.
 *
 * @param id     page id, or {@code null} when the failure is not tied to a known page
 * @param title  page title, or {@code null}
 * @param stage  where it failed: {@code decompress}, {@code xml}, {@code read}, {@code process}, {@code write}
 * @param reason a stable code (e.g. {@code SHA1_MISMATCH}, {@code CRC_ERROR}, {@code TIMEOUT})
 * @param detail a human-readable explanation (no timestamps, so error files stay byte-identical on rerun)
 */
public record ErrorRecord(Long id, String title, String stage, String reason, String detail) {

    public static ErrorRecord forPage(long id, String title, String stage, String reason, String detail) {
        return new ErrorRecord(id < 0 ? null : id, title, stage, reason, detail);
    }
}
