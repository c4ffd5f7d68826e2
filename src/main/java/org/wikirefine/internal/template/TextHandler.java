package org.wikirefine.internal.template;

import java.util.List;

import org.wikirefine.TemplateCall;
import org.wikirefine.internal.model.Inline;

/**
 * {@code kind: text}: substitutes the parameters into the rule's pattern and parses the result as inline wikitext,
 * so links, nested templates and refs inside parameters keep working.
 */
public final class TextHandler implements TemplateHandler {

    private final TextPattern pattern;
    private final String separator;

    public TextHandler(TextPattern pattern, String separator) {
        this.pattern = pattern;
        this.separator = separator;
    }

    @Override
    public void handle(TemplateCall call, TemplateContext ctx) {
        String wikitext = pattern.apply(call, separator);
        if (wikitext.isEmpty()) {
            return;
        }
        List<Inline> content = ctx.parseInline(wikitext);
        if (!content.isEmpty()) {
            ctx.emit(content);
        }
    }

    public TextPattern pattern() {
        return pattern;
    }
}
