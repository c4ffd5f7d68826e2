package org.wikirefine.internal.template.builtin;

import java.util.ArrayList;
import java.util.List;

import org.wikirefine.TemplateCall;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.template.Inlines;
import org.wikirefine.internal.template.TemplateContext;
import org.wikirefine.internal.template.TemplateHandler;

/**
 * List templates whose items must stay separate (infobox values above all): items are emitted separated by
 * {@link Inline.LineBreak}.
 * <ul>
 *   <li>{@code positional} ({@code ubl}, {@code unbulleted list}, {@code hlist}, {@code bulleted list}…):
 *       each positional parameter is an item;</li>
 *   <li>{@code wikitext} ({@code plainlist}, {@code flatlist}, {@code collapsible list}'s content): parameter 1 is a
 *       {@code *} list; its lines are the items (the leading {@code *}/{@code #} removed here, so the result does
 *       not depend on how the parser treats a list inside inline content).</li>
 * </ul>
 */
public final class Lists implements TemplateHandler {

    private final boolean wikitextList;

    public Lists(boolean wikitextList) {
        this.wikitextList = wikitextList;
    }

    @Override
    public void handle(TemplateCall call, TemplateContext ctx) {
        List<String> items = new ArrayList<>();
        if (wikitextList) {
            String body = call.parameter("1").orElse("");
            StringBuilder cur = null;
            for (String line : body.split("\n")) {
                String t = line.trim();
                if (t.startsWith("*") || t.startsWith("#")) {
                    if (cur != null) {
                        items.add(cur.toString());
                    }
                    cur = new StringBuilder(t.replaceFirst("^[*#:;]+", "").trim());
                } else if (!t.isEmpty()) {
                    if (cur == null) {
                        cur = new StringBuilder(t);
                    } else {
                        cur.append(' ').append(t);
                    }
                }
            }
            if (cur != null) {
                items.add(cur.toString());
            }
        } else {
            for (TemplateCall.Parameter p : call.parameters()) {
                if (p.name().chars().allMatch(Character::isDigit) && !p.value().isBlank()) {
                    items.add(p.value().trim());
                }
            }
        }
        List<Inline> out = new ArrayList<>();
        for (String item : items) {
            List<Inline> parsed = Inlines.tidy(ctx.parseInline(item));
            if (parsed.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.add(new Inline.LineBreak());
            }
            out.addAll(parsed);
        }
        if (!out.isEmpty()) {
            ctx.emit(out);
        }
    }
}
