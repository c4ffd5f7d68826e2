package org.wikirefine.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.wikirefine.Article;
import org.wikirefine.Format;
import org.wikirefine.Page;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.dump.RefinerSetup;
import org.wikirefine.WikiRefiner;
import org.wikirefine.internal.dump.ErrorRecord;
import org.wikirefine.internal.dump.RecordFormat;

/**
 * Building blocks for users who assemble their own Spark pipelines around wikirefine (the ready-made job is
 * {@link WikiRefineSparkJob}).
 *
 * <pre>{@code
 * Dataset<Row> raw = ...;   // columns of OutputRows.RAW_PAGE_SCHEMA: id, ns, title, redirect, revision, timestamp, text
 * Dataset<Row> out = raw.flatMap(WikiRefineSpark.pageToRows(List.of("zh-hans", "zh-tw"), WikiProfile.ZHWIKI),
 *                                Encoders.row(OutputRows.SCHEMA));
 * }</pre>
 *
 * <p><b>Threading.</b> The function is serializable and small: it carries only the variant codes, the profile and the
 * template rule paths. The {@link WikiRefiner} itself is built lazily, once per executor JVM and configuration, on
 * the first page a task gives it, and then shared by every task of that JVM (a refiner is immutable and
 * thread-safe). Each page is parsed once and rendered once per variant. Parsing runs on the refiner's own big-stack
 * threads with its per-page time budget (a page over budget gets a flagged plain-text fallback); the CLI's
 * second-line watchdog ({@code TIMEOUT} records) is part of {@link WikiRefineSparkJob} only.
 */
public final class WikiRefineSpark {

    private WikiRefineSpark() {
    }

    /**
     * A function from a raw page row ({@link OutputRows#RAW_PAGE_SCHEMA}) to output rows ({@link OutputRows#SCHEMA}):
     * one {@code page} row per variant, in the order given, or one {@code error} row (stage {@code process} or
     * {@code write}, as in the CLI's error records) when the page cannot be refined. No filtering is applied: filter
     * the input ({@code ns}, {@code redirect}) as you need. {@code split} is -1 and {@code seq} the variant's position.
     *
     * @param variants      variant codes ({@code zh}, {@code zh-hans}, …); empty means {@code zh}
     * @param profile       the wiki's conventions
     * @param templateRules extra template rule files; they must exist at these paths on every executor
     * @throws IllegalArgumentException for an unknown variant code
     */
    public static FlatMapFunction<Row, Row> pageToRows(List<String> variants, WikiProfile profile,
                                                       List<String> templateRules) {
        return new PageToRows(new JobOptions().variants(variants).variants(), profile, List.copyOf(templateRules));
    }

    /** {@link #pageToRows(List, WikiProfile, List)} without extra template rules. */
    public static FlatMapFunction<Row, Row> pageToRows(List<String> variants, WikiProfile profile) {
        return pageToRows(variants, profile, List.of());
    }

    /** A raw page row ({@link OutputRows#RAW_PAGE_SCHEMA}) holding a {@link Page}'s fields. */
    public static Row rawPageRow(Page p) {
        return RowFactory.create(p.id() < 0 ? null : p.id(), p.ns(), p.title(), p.redirect(),
                p.revisionId() < 0 ? null : p.revisionId(), p.timestamp(), p.text());
    }

    /** The {@link Page} held by a raw page row. */
    public static Page page(Row r) {
        int i = r.fieldIndex("text");
        return new Page(r.isNullAt(r.fieldIndex("id")) ? -1 : r.getLong(r.fieldIndex("id")),
                r.isNullAt(r.fieldIndex("ns")) ? 0 : r.getInt(r.fieldIndex("ns")), r.getString(r.fieldIndex("title")),
                r.getString(r.fieldIndex("redirect")),
                r.isNullAt(r.fieldIndex("revision")) ? -1 : r.getLong(r.fieldIndex("revision")),
                r.getString(r.fieldIndex("timestamp")), null, r.isNullAt(i) ? "" : r.getString(i));
    }

    /** The serializable function behind {@link #pageToRows}. */
    private static final class PageToRows implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        private final List<String> variants;
        private final WikiProfile profile;
        private final List<String> templateRules;

        PageToRows(List<String> variants, WikiProfile profile, List<String> templateRules) {
            this.variants = new ArrayList<>(variants);
            this.profile = profile;
            this.templateRules = new ArrayList<>(templateRules);
        }

        @Override
        public Iterator<Row> call(Row raw) {
            Page p = page(raw);
            List<Row> out = new ArrayList<>(variants.size());
            try {
                Article a = Refiners.get(RefinerSetup.of(profile, templateRules, null, null)).parse(p);
                long seq = 0;
                for (String code : variants) {
                    Variant v = Variant.fromCode(code).orElseThrow();
                    byte[] line = RecordFormat.JSONL.encode(p, code, a.render(v, Format.JSON));
                    out.add(OutputRows.page(-1, seq++, p, code,
                            OutputRows.chop(new String(line, java.nio.charset.StandardCharsets.UTF_8))));
                }
            } catch (RecordFormat.InvalidOutput e) {
                out.clear();
                out.add(OutputRows.error(-1, 0, ErrorRecord.forPage(p.id(), p.title(), "write", "INVALID_OUTPUT",
                        e.getMessage())));
            } catch (StackOverflowError e) {
                out.clear();
                out.add(OutputRows.error(-1, 0, ErrorRecord.forPage(p.id(), p.title(), "process", "STACK_OVERFLOW",
                        "nesting too deep for the parser")));
            } catch (RuntimeException e) {
                out.clear();
                out.add(OutputRows.error(-1, 0, ErrorRecord.forPage(p.id(), p.title(), "process", "EXCEPTION",
                        e.getClass().getName() + ": " + e.getMessage())));
            }
            return out.iterator();
        }
    }
}
