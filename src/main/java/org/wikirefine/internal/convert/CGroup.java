package org.wikirefine.internal.convert;

import java.util.List;

/**
 * One public conversion group ({@code Module:CGroup/<name>} or {@code Template:CGroup/<name>}) as
 * {@code {{noteTA|G1=<name>}}} uses it: the rule of every item, in page order.
 *
 * @param name        the page name after {@code CGroup/}, as written in {@code G1=}
 * @param displayName the group's own {@code name} field (may differ, e.g. for redirects), or the page name
 * @param source      the page the rules came from, e.g. {@code Module:CGroup/IT}, or empty
 * @param description the group's description, or empty
 * @param rules       the item rules ({@code zh-cn:…;zh-tw:…;}), each emitted as {@code -{H|rule}-}
 */
public record CGroup(String name, String displayName, String source, String description, List<String> rules) {

    public CGroup {
        rules = List.copyOf(rules);
    }
}
