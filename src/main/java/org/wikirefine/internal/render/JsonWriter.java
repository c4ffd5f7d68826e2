package org.wikirefine.internal.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.io.output.StringBuilderWriter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.wikirefine.Diagnostic;
import org.wikirefine.Page;
import org.wikirefine.RenderOptions;
import org.wikirefine.TemplateCall;
import org.wikirefine.internal.model.ExternalLinks;
import org.wikirefine.internal.model.PageFacts;
import org.wikirefine.WikiProfile;

/**
 * {@code json}: one compact, single-line JSON object per page and variant (so it is also a JSONL record). Schema:
 * {@code docs/json-schema.md}. Streamed with Jackson's generator: no intermediate tree.
 */
final class JsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonWriter() {
    }

    static String write(RenderedArticle a, RenderOptions o, List<Diagnostic> diagnostics) {
        // Not StringWriter: its StringBuffer locks on every write. Sized for a typical page to avoid regrowing.
        StringBuilderWriter sw = new StringBuilderWriter(16 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(sw)) {
            Page p = a.model().page();
            g.writeStartObject();
            if (p.id() >= 0) {
                g.writeNumberField("id", p.id());
            }
            g.writeStringField("title", a.title());
            g.writeStringField("source_title", p.title());
            g.writeNumberField("ns", p.ns());
            if (p.revisionId() >= 0) {
                g.writeNumberField("revision", p.revisionId());
            }
            if (p.timestamp() != null) {
                g.writeStringField("timestamp", p.timestamp());
            }
            WikiProfile wiki = a.model().wiki();
            if (!wiki.dbname().isEmpty()) {
                g.writeStringField("wiki", wiki.dbname());
            }
            g.writeStringField("language", wiki.language());
            if (wiki.convertsVariants()) {
                g.writeStringField("variant", a.variant().code());
            }
            PageFacts facts = a.model().facts();
            if (facts.url() != null) {
                g.writeStringField("url", facts.url());
            }
            if (facts.shortDescription() != null) {
                g.writeStringField("short_description", facts.shortDescription());
            }
            if (a.model().redirectTarget() != null) {
                g.writeStringField("redirect", a.model().redirectTarget());
            }
            if (a.model().fallback()) {
                g.writeBooleanField("fallback", true);
            }
            g.writeArrayFieldStart("infoboxes");
            for (RenderedArticle.RenderedInfobox ib : a.renderedInfoboxes()) {
                g.writeStartObject();
                g.writeStringField("template", ib.template());
                g.writeArrayFieldStart("fields");
                for (RenderedArticle.RenderedField f : ib.fields()) {
                    g.writeStartObject();
                    g.writeStringField("key", f.key());
                    g.writeStringField("text", MarkerText.replace(f.text(), false, "", ""));
                    strings(g, "links", f.links());
                    labels(g, "refs", f.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            sections(g, a);
            g.writeStringField("text", TextWriter.write(a, RenderOptions.defaults().withReferences(false)).strip());
            g.writeArrayFieldStart("references");
            for (RenderedArticle.RenderedReference r : a.renderedReferences()) {
                g.writeStartObject();
                g.writeNumberField("n", r.number());
                g.writeStringField("group", r.group());
                g.writeStringField("label", r.label());
                if (r.name() != null) {
                    g.writeStringField("name", r.name());
                }
                g.writeStringField("text", r.text());
                if (!r.citation().isEmpty()) {
                    g.writeObjectFieldStart("citation");
                    for (Map.Entry<String, String> e : r.citation().entrySet()) {
                        g.writeStringField(e.getKey(), e.getValue());
                    }
                    g.writeEndObject();
                }
                if (r.url() != null) {
                    g.writeStringField("url", r.url());
                }
                g.writeNumberField("uses", r.uses());
                g.writeNumberField("list", r.list());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "categories", a.model().categories());
            strings(g, "links", a.model().links());
            strings(g, "external_links", ExternalLinks.of(a.model()));
            images(g, a.images());
            coordinates(g, facts.coordinates());
            Set<String> unknown = new LinkedHashSet<>();
            for (TemplateCall c : a.model().templates()) {
                if (!c.handled()) {
                    unknown.add(c.name());
                }
            }
            strings(g, "templates_unknown", new ArrayList<>(unknown));
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : diagnostics) {
                g.writeStartObject();
                g.writeStringField("code", d.code());
                g.writeStringField("severity", d.severity().name());
                if (d.offset() >= 0) {
                    g.writeNumberField("offset", d.offset());
                }
                g.writeStringField("message", d.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /** Body as sections: a lead section (level 0, empty title) then one per heading, each with its blocks. */
    private static void sections(JsonGenerator g, RenderedArticle a) throws IOException {
        g.writeArrayFieldStart("sections");
        g.writeStartObject();
        g.writeNumberField("level", 0);
        g.writeStringField("title", "");
        g.writeArrayFieldStart("blocks");
        List<RenderedBlock.ListItem> list = new ArrayList<>();
        for (RenderedBlock b : a.body()) {
            if (!(b instanceof RenderedBlock.ListItem) && !list.isEmpty()) {
                listBlock(g, list);
            }
            if (b instanceof RenderedBlock.Heading h) {
                g.writeEndArray();
                g.writeEndObject();
                g.writeStartObject();
                g.writeNumberField("level", h.level());
                g.writeStringField("title", h.text());
                g.writeArrayFieldStart("blocks");
            } else if (b instanceof RenderedBlock.Paragraph p) {
                textBlock(g, "paragraph", p.text());
            } else if (b instanceof RenderedBlock.ListItem li) {
                list.add(li);
            } else if (b instanceof RenderedBlock.Table t) {
                g.writeStartObject();
                g.writeStringField("type", "table");
                if (!t.caption().isBlank()) {
                    g.writeStringField("caption", MarkerText.replace(t.caption(), false, "", ""));
                    labels(g, "caption_refs", t.caption());
                }
                g.writeArrayFieldStart("rows");
                for (List<RenderedBlock.Cell> row : t.rows()) {
                    g.writeStartArray();
                    for (RenderedBlock.Cell c : row) {
                        g.writeStartObject();
                        if (c.header()) {
                            g.writeBooleanField("header", true);
                        }
                        g.writeStringField("text", MarkerText.replace(c.text(), false, "", ""));
                        labels(g, "refs", c.text());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
            } else if (b instanceof RenderedBlock.Preformatted p) {
                textBlock(g, "pre", p.text());
            } else if (b instanceof RenderedBlock.ReferenceList r) {
                g.writeStartObject();
                g.writeStringField("type", "references");
                g.writeStringField("group", r.group());
                g.writeNumberField("count", r.entries().size());
                g.writeEndObject();
            }
        }
        if (!list.isEmpty()) {
            listBlock(g, list);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void listBlock(JsonGenerator g, List<RenderedBlock.ListItem> items) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "list");
        g.writeArrayFieldStart("items");
        for (RenderedBlock.ListItem li : items) {
            g.writeStartObject();
            g.writeStringField("kind", switch (li.kind()) {
                case '#' -> "numbered";
                case ';' -> "term";
                case ':' -> "definition";
                default -> "bullet";
            });
            g.writeNumberField("depth", li.depth());
            g.writeStringField("text", MarkerText.replace(li.text(), false, "", ""));
            labels(g, "refs", li.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        items.clear();
    }

    private static void textBlock(JsonGenerator g, String type, String text) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", type);
        g.writeStringField("text", MarkerText.replace(text, false, "", ""));
        labels(g, "refs", text);
        g.writeEndObject();
    }

    private static void images(JsonGenerator g, List<RenderedArticle.RenderedImage> images) throws IOException {
        g.writeArrayFieldStart("images");
        for (RenderedArticle.RenderedImage image : images) {
            g.writeStartObject();
            g.writeStringField("file", image.file());
            if (!image.caption().isBlank()) {
                g.writeStringField("caption", image.caption());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void coordinates(JsonGenerator g, List<org.wikirefine.Coordinates> points) throws IOException {
        g.writeArrayFieldStart("coordinates");
        for (org.wikirefine.Coordinates c : points) {
            g.writeStartObject();
            g.writeNumberField("lat", c.lat());
            g.writeNumberField("lon", c.lon());
            g.writeStringField("display", c.display());
            if (c.name() != null) {
                g.writeStringField("name", c.name());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** The labels of the reference markers in a marked text, in order; omitted when there are none. */
    private static void labels(JsonGenerator g, String field, String marked) throws IOException {
        if (marked.indexOf(MarkerText.START) < 0) {
            return;
        }
        g.writeArrayFieldStart(field);
        int k = 0;
        while ((k = marked.indexOf(MarkerText.START, k)) >= 0) {
            int end = marked.indexOf(MarkerText.END, k);
            if (end < 0) {
                break;
            }
            g.writeString(MarkerText.label(marked.substring(k + 1, end)));
            k = end + 1;
        }
        g.writeEndArray();
    }
}
