package org.wikirefine.internal.template;

import org.wikirefine.TemplateCall;

/**
 * Decides what one template call becomes: inline text, an infobox, a reference, conversion rules, or nothing.
 * Implementations are stateless and thread-safe; per-call state lives in the {@link TemplateContext}. Must not
 * throw on odd parameters: report a diagnostic through the context instead.
 */
@FunctionalInterface
public interface TemplateHandler {

    void handle(TemplateCall call, TemplateContext ctx);
}
