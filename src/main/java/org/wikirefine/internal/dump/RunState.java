package org.wikirefine.internal.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a run has accumulated: accounting, committed parts, stats. Saved as {@code checkpoint.json} at each
 * part commit so {@code --resume} continues from exactly there. Public fields for Jackson; owned by the writer
 * thread (the progress thread only reads the volatile counters).
 */
public final class RunState {

    /** A committed output part. */
    public static final class Part {
        public String name;
        public long records;
        public long bytes;
        public String sha256;

        public Part() {
        }

        Part(String name, long records, long bytes, String sha256) {
            this.name = name;
            this.records = records;
            this.bytes = bytes;
            this.sha256 = sha256;
        }
    }

    public String fingerprint;
    /** Input units (streams or pages) whose records are all in committed parts. */
    public long nextUnit;
    public int nextPart;
    public List<Part> parts = new ArrayList<>();
    /** Length of the errors file that belongs to the committed parts. */
    public long errorsBytes;
    public long errorsRecords;

    public volatile long read;
    public volatile long written;
    public long records;
    public TreeMap<String, Long> filtered = new TreeMap<>();
    public TreeMap<String, Long> errored = new TreeMap<>();
    /** Read failures not tied to a page (the input ended unreadably without an index). */
    public long inputErrors;

    /**
     * Pages that wedged workers past their budget when an earlier run stopped on them (too many stuck workers):
     * {@code --resume} records them as {@code TIMEOUT} errors instead of running them again, so it gets past.
     */
    public List<Long> stuckPages = new ArrayList<>();

    public TreeMap<String, Long> diagnostics = new TreeMap<>();
    public TreeMap<String, Long> unknownTemplates = new TreeMap<>();
    public boolean unknownTemplatesTruncated;

    static final int MAX_TEMPLATE_NAMES = 200_000;

    public long erroredTotal() {
        return errored.values().stream().mapToLong(Long::longValue).sum();
    }

    public long filteredTotal() {
        return filtered.values().stream().mapToLong(Long::longValue).sum();
    }

    static void bump(Map<String, Long> m, String k) {
        m.merge(k, 1L, Long::sum);
    }

    void countUnknownTemplate(String name) {
        if (unknownTemplates.containsKey(name) || unknownTemplates.size() < MAX_TEMPLATE_NAMES) {
            bump(unknownTemplates, name);
        } else {
            unknownTemplatesTruncated = true;
        }
    }

}
