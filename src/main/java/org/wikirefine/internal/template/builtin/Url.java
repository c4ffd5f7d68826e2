package org.wikirefine.internal.template.builtin;

import java.util.List;

import org.wikirefine.TemplateCall;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.template.TemplateContext;
import org.wikirefine.internal.template.TemplateHandler;

/**
 * {@code {{URL|http://www.example.org/}}} as Module:URL shows it (zh and en): a link whose text is the URL without
 * its scheme and without a lone trailing slash ({@code www.example.org}), or the given label ({@code {{URL|…|label}}}).
 */
public final class Url implements TemplateHandler {

    @Override
    public void handle(TemplateCall call, TemplateContext ctx) {
        String url = call.parameter("1").map(String::trim).orElse("");
        String label = call.parameter("2").map(String::trim).orElse("");
        if (url.isEmpty()) {
            return;
        }
        String href = url.matches("(?i)^(https?:)?//.*") ? url : "http://" + url;
        if (label.isEmpty()) {
            label = display(url);
        }
        ctx.emit(List.of(new Inline.ExternalLink(href, ctx.parseInline(label))));
    }

    static String display(String url) {
        String s = url.replaceFirst("(?i)^(https?:)?//", "");
        int slash = s.indexOf('/');
        if (slash >= 0 && slash == s.length() - 1) {
            s = s.substring(0, slash);
        }
        return s;
    }
}
