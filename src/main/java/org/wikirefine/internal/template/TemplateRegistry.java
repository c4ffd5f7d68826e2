package org.wikirefine.internal.template;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.wikirefine.TemplateCall;

/**
 * Finds the handler for a template name. Immutable and thread-safe. Names passed in are already normalised
 * ({@link TemplateNames#normalize(String)}).
 */
public interface TemplateRegistry {

    /** The handler for the template, or empty for an unknown template (dropped from text and recorded). */
    Optional<TemplateHandler> handlerFor(String normalizedName);

    /**
     * The handler for a whole call. Prefer this over {@link #handlerFor(String)}: a registry may decide on the
     * parameters too (the rule registry treats an unknown template with mostly named parameters as an infobox,
     * DBpedia's heuristic). The default looks at the name only.
     */
    default Optional<TemplateHandler> handlerFor(TemplateCall call) {
        return handlerFor(call.name());
    }

    /**
     * This registry seen through template redirects ({@code Template:Cvt} → {@code Template:Convert}), e.g. read
     * from a dump. Keys and values are normalised here; a name the registry knows itself wins over a redirect,
     * and chains are followed (up to 5 steps, as loops exist in the wild).
     */
    default TemplateRegistry withRedirects(Map<String, String> aliasToTarget) {
        Map<String, String> redirects = new HashMap<>();
        aliasToTarget.forEach((k, v) -> redirects.put(TemplateNames.normalize(k), TemplateNames.normalize(v)));
        TemplateRegistry base = this;
        return new TemplateRegistry() {
            @Override
            public Optional<TemplateHandler> handlerFor(String normalizedName) {
                return resolve(normalizedName).flatMap(base::handlerFor);
            }

            @Override
            public Optional<TemplateHandler> handlerFor(TemplateCall call) {
                return resolve(call.name()).flatMap(n -> base.handlerFor(
                        new TemplateCall(n, call.parameters(), call.offset(), call.handled())));
            }

            private Optional<String> resolve(String name) {
                String n = name;
                for (int i = 0; i < 5 && base.handlerFor(n).isEmpty() && redirects.containsKey(n); i++) {
                    n = redirects.get(n);
                }
                return Optional.of(n);
            }
        };
    }

    /** A registry that knows no template. */
    static TemplateRegistry empty() {
        return name -> Optional.empty();
    }
}
