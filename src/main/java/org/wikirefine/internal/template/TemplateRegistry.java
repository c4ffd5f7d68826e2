package org.wikirefine.internal.template;

import java.util.Optional;

/**
 * Finds the handler for a template name. Immutable and thread-safe. Names passed in are already normalised
 * ({@link TemplateNames#normalize(String)}).
 */
public interface TemplateRegistry {

    /** The handler for the template, or empty for an unknown template (dropped from text and recorded). */
    Optional<TemplateHandler> handlerFor(String normalizedName);

    /** A registry that knows no template. */
    static TemplateRegistry empty() {
        return name -> Optional.empty();
    }
}
