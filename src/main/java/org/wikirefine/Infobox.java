package org.wikirefine;

import java.util.List;

/**
 * An infobox as data: the template it came from and its non-empty fields in source order, values rendered to
 * clean text in one variant.
 *
 * @param template the template name, normalised (e.g. {@code Infobox military conflict})
 * @param fields   fields in source order
 */
public record Infobox(String template, List<Field> fields) {

    /**
     * Copies the fields.
     *
     * @param template the template name, normalised (e.g. {@code Infobox military conflict})
     * @param fields   fields in source order
     */
    public Infobox {
        fields = List.copyOf(fields);
    }

    /**
     * {@return the first field with this key, if any}
     *
     * @param key the parameter name as written (trimmed)
     */
    public java.util.Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * One infobox field.
     *
     * @param key   the parameter name as written (trimmed)
     * @param text  the value as clean text; separate items (list items, {@code <br>}) are on separate lines
     * @param links link targets in the value, in order
     * @param refs  numbers of the references cited in the value (their group is in {@link Article#references(Variant)})
     */
    public record Field(String key, String text, List<String> links, List<Integer> refs) {
        /**
         * Copies the lists.
         *
         * @param key   the parameter name as written (trimmed)
         * @param text  the value as clean text; separate items (list items, {@code <br>}) are on separate lines
         * @param links link targets in the value, in order
         * @param refs  numbers of the references cited in the value (their group is in {@link Article#references(Variant)})
         */
        public Field {
            links = List.copyOf(links);
            refs = List.copyOf(refs);
        }
    }
}
