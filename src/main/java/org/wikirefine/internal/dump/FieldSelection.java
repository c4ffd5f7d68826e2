package org.wikirefine.internal.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.io.output.StringBuilderWriter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.wikirefine.Page;
import org.wikirefine.internal.render.JsonFields;

/**
 * {@code dump --fields}: keeps only the chosen top-level fields of each JSONL record (for example without
 * {@code sections}, which repeats {@code text} with structure). A {@link PageProcessor} wrapper, so it works with
 * any processor; fields are copied as streamed tokens, never re-rendered.
 */
public final class FieldSelection implements PageProcessor {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final PageProcessor inner;
    private final Set<String> fields;

    private FieldSelection(PageProcessor inner, Set<String> fields) {
        this.inner = inner;
        this.fields = fields;
    }

    /**
     * Parses a comma-separated field list. Throws {@link IllegalArgumentException} naming an unknown field.
     */
    public static Set<String> parse(String spec) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : spec.split(",")) {
            String name = f.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (!JsonFields.ALL.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "' (fields: " + String.join(",", JsonFields.ALL) + ")");
            }
            out.add(name);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--fields needs at least one field");
        }
        return out;
    }

    /** {@code inner} whose JSON outputs carry only {@code fields}; {@code inner} itself when all are kept. */
    public static PageProcessor of(PageProcessor inner, Set<String> fields) {
        return fields == null || fields.containsAll(JsonFields.ALL) ? inner : new FieldSelection(inner, Set.copyOf(fields));
    }

    @Override
    public Result process(Page page) throws Exception {
        Result r = inner.process(page);
        List<Output> outs = new ArrayList<>(r.outputs().size());
        for (Output o : r.outputs()) {
            outs.add(new Output(o.variant(), select(o.body())));
        }
        return new Result(outs, r.diagnosticCodes(), r.unknownTemplates());
    }

    /** The JSON object with only the selected top-level fields, in their original order. */
    String select(String json) {
        StringBuilderWriter sw = new StringBuilderWriter(json.length());
        try (JsonParser p = FACTORY.createParser(json); JsonGenerator g = FACTORY.createGenerator(sw)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return json; // not a JSON record (another format): left as it is
            }
            g.writeStartObject();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (fields.contains(name)) {
                    g.writeFieldName(name);
                    g.copyCurrentStructure(p);
                } else {
                    p.skipChildren();
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }
}
