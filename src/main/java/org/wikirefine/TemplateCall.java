package org.wikirefine;

import java.util.List;

/**
 * A template call as written in the page, recorded in document order whatever became of it.
 *
 * @param name       normalised name (first letter upper-case, {@code _} as space, namespace prefix removed)
 * @param parameters parameters in source order; positional ones are named {@code 1}, {@code 2}, …
 * @param offset     character offset in the wikitext, or {@code -1}
 * @param handled    whether a rule or handler knew the template
 */
public record TemplateCall(String name, List<Parameter> parameters, int offset, boolean handled) {

    /**
     * Copies the parameters.
     *
     * @param name       normalised name (first letter upper-case, {@code _} as space, namespace prefix removed)
     * @param parameters parameters in source order; positional ones are named {@code 1}, {@code 2}, …
     * @param offset     character offset in the wikitext, or {@code -1}
     * @param handled    whether a rule or handler knew the template
     */
    public TemplateCall {
        parameters = List.copyOf(parameters);
    }

    /**
     * {@return the raw value of a parameter, if present. Later duplicates win, as in MediaWiki}
     *
     * @param key the parameter name ({@code 1} for the first positional one)
     */
    public java.util.Optional<String> parameter(String key) {
        String found = null;
        for (Parameter p : parameters) {
            if (p.name().equals(key)) {
                found = p.value();
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /**
     * One parameter.
     *
     * @param name  the name ({@code 1}, {@code 2}… for positional parameters), trimmed
     * @param value raw wikitext of the value; named values are trimmed, positional ones are not (as in MediaWiki)
     */
    public record Parameter(String name, String value) {
    }
}
