package org.wikirefine.internal.template.builtin;

import static org.wikirefine.internal.template.Params.first;
import static org.wikirefine.internal.template.Params.p;


import org.wikirefine.TemplateCall;
import org.wikirefine.internal.template.TemplateContext;
import org.wikirefine.internal.template.TemplateHandler;

/**
 * Interlanguage link templates: the reader sees the local title (or the given text) as a link to the local page;
 * the foreign title is not shown (offline we cannot know whether the local page exists, and zh.wikipedia then
 * shows only the local link too).
 * <ul>
 *   <li>{@code ilh} — zh {@code {{link-en|中文名|English|显示文字}}}, {@code {{le|…}}}, {@code d=} for the text;</li>
 *   <li>{@code ill} — en {@code {{ill|Local|de|German title|lt=label}}};</li>
 *   <li>{@code tsl} — zh {@code {{tsl|en|Foreign|中文名|显示文字}}}.</li>
 * </ul>
 */
public final class Links implements TemplateHandler {

    /** Parameter layout. */
    public enum Shape { ILH, ILL, TSL }

    private final Shape shape;

    public Links(Shape shape) {
        this.shape = shape;
    }

    @Override
    public void handle(TemplateCall call, TemplateContext ctx) {
        String target;
        String label;
        switch (shape) {
            case ILH -> {
                target = p(call, "1");
                label = first(call, "d", "3", "1");
                if (target.isEmpty()) {
                    target = p(call, "2");
                    label = first(call, "d", "3", "2");
                }
            }
            case ILL -> {
                target = p(call, "1");
                label = first(call, "lt", "1");
            }
            case TSL -> {
                target = first(call, "3", "2");
                label = first(call, "4", "3", "2");
            }
            default -> throw new IllegalStateException();
        }
        if (label.isEmpty()) {
            return;
        }
        String wikitext = target.isEmpty() || target.contains("[") || target.contains("|")
                ? label : "[[" + target + "|" + label + "]]";
        ctx.emit(ctx.parseInline(wikitext));
    }


}
