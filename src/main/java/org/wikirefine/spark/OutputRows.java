package org.wikirefine.spark;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wikirefine.Page;
import org.wikirefine.internal.dump.ErrorRecord;
import org.wikirefine.internal.dump.Json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rows the Spark job writes: one schema for the three kinds of outcome ({@code page}, {@code error},
 * {@code filtered}), so that all of them are written by one job through one commit. Columns that do not apply to a
 * kind are {@code null} (Parquet stores all-null columns in a few bytes).
 */
public final class OutputRows {

    private OutputRows() {
    }

    /** Row kind of a refined page (one row per page and variant). */
    public static final String PAGE = "page";
    /** Row kind of a page that could not be refined (the CLI's error record). */
    public static final String ERROR = "error";
    /** Row kind of a page left out by the namespace or redirect filter. */
    public static final String FILTERED = "filtered";

    /**
     * The output schema, in column order: {@code kind, split, seq, id, variant, title, source_title, ns, revision,
     * timestamp, redirect, stage, reason, detail, json}.
     * <ul>
     *   <li>{@code kind}: {@code page}, {@code error} or {@code filtered}; the job writes it as the partition column
     *       ({@code data/kind=page/…}).</li>
     *   <li>{@code split}, {@code seq}: the input split and the row's position in it; ordering by both gives dump
     *       order (and, within a page, the variant order asked for).</li>
     *   <li>{@code id}: page id ({@code null} only for an input error not tied to a page).</li>
     *   <li>{@code variant, title, source_title, ns, revision, timestamp, redirect}: the key fields of the JSON
     *       record, typed ({@code title} is the converted title; for errors and filtered pages, the stored title).</li>
     *   <li>{@code stage, reason, detail}: for errors, as in the CLI's error records; {@code reason} also says why a
     *       page was filtered ({@code namespace}, {@code redirect}).</li>
     *   <li>{@code json}: for pages, exactly the line the CLI writes ({@code Article.render(variant, Format.JSON)});
     *       for errors, the CLI's error record line; for filtered pages
     *       {@code {"status":"filtered","id","title","ns","reason"}}.</li>
     * </ul>
     */
    public static final StructType SCHEMA = new StructType(new StructField[] {
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("split", DataTypes.IntegerType, false),
            DataTypes.createStructField("seq", DataTypes.LongType, false),
            DataTypes.createStructField("id", DataTypes.LongType, true),
            DataTypes.createStructField("variant", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("source_title", DataTypes.StringType, true),
            DataTypes.createStructField("ns", DataTypes.IntegerType, true),
            DataTypes.createStructField("revision", DataTypes.LongType, true),
            DataTypes.createStructField("timestamp", DataTypes.StringType, true),
            DataTypes.createStructField("redirect", DataTypes.StringType, true),
            DataTypes.createStructField("stage", DataTypes.StringType, true),
            DataTypes.createStructField("reason", DataTypes.StringType, true),
            DataTypes.createStructField("detail", DataTypes.StringType, true),
            DataTypes.createStructField("json", DataTypes.StringType, false),
    });

    /**
     * The input schema of {@link WikiRefineSpark#pageToRows}: the raw page fields of a dump, {@code id, ns, title,
     * redirect, revision, timestamp, text} ({@code id}, {@code ns}, {@code revision} may be null).
     */
    public static final StructType RAW_PAGE_SCHEMA = new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.LongType, true),
            DataTypes.createStructField("ns", DataTypes.IntegerType, true),
            DataTypes.createStructField("title", DataTypes.StringType, false),
            DataTypes.createStructField("redirect", DataTypes.StringType, true),
            DataTypes.createStructField("revision", DataTypes.LongType, true),
            DataTypes.createStructField("timestamp", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, false),
    });

    static Row page(int split, long seq, Page p, String variant, String json) {
        return RowFactory.create(PAGE, split, seq, p.id() < 0 ? null : p.id(), variant, titleOf(json, p.title()),
                p.title(), p.ns(), p.revisionId() < 0 ? null : p.revisionId(), p.timestamp(), p.redirect(), null,
                null, null, json);
    }

    static Row error(int split, long seq, ErrorRecord e) {
        return RowFactory.create(ERROR, split, seq, e.id(), null, e.title(), null, null, null, null, null, e.stage(),
                e.reason(), e.detail(), chop(new String(Json.errorLine(e), java.nio.charset.StandardCharsets.UTF_8)));
    }

    static Row filtered(int split, long seq, Page p, String reason) {
        ObjectNode o = Json.object();
        o.put("status", "filtered");
        if (p.id() < 0) {
            o.putNull("id");
        } else {
            o.put("id", p.id());
        }
        o.put("title", p.title());
        o.put("ns", p.ns());
        o.put("reason", reason);
        return RowFactory.create(FILTERED, split, seq, p.id() < 0 ? null : p.id(), null, p.title(), null, p.ns(),
                p.revisionId() < 0 ? null : p.revisionId(), p.timestamp(), p.redirect(), null, reason, null,
                o.toString());
    }

    static String chop(String line) {
        int e = line.length();
        while (e > 0 && (line.charAt(e - 1) == '\n' || line.charAt(e - 1) == '\r')) {
            e--;
        }
        return line.substring(0, e);
    }

    /** The top-level {@code title} of a page's JSON record (the converted title), without building a tree. */
    static String titleOf(String json, String fallback) {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return fallback;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("title".equals(name) && v == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
            return fallback;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
