package org.wikirefine.internal.template;

import org.wikirefine.TemplateCall;

/** {@code kind: drop}: a known template that contributes nothing to the text (hatnotes, maintenance, navigation, layout). */
public final class DropHandler implements TemplateHandler {

    public static final DropHandler INSTANCE = new DropHandler();

    private DropHandler() {
    }

    @Override
    public void handle(TemplateCall call, TemplateContext ctx) {
        // known and deliberately empty
    }
}
