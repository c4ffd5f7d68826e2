package org.wikirefine.internal.article;

import java.util.Optional;

import org.wikirefine.Page;

/**
 * Magic variables that can be answered without a wiki: page-name variables from the page itself and the
 * escape templates {@code {{!}}} and {@code {{=}}}. Time variables ({@code CURRENTYEAR}…) are deliberately
 * not answered: output must not depend on when it was made.
 */
final class Variables {

    private Variables() {
    }

    static Optional<String> value(String normalizedName, Page page) {
        String title = page.title();
        String base = title.contains(":") ? title.substring(title.indexOf(':') + 1) : title;
        switch (normalizedName) {
            case "!":
                return Optional.of("|");
            case "=":
                return Optional.of("=");
            case "PAGENAME", "PAGENAMEE", "ARTICLEPAGENAME", "SUBJECTPAGENAME", "ROOTPAGENAME", "BASEPAGENAME":
                return Optional.of(base);
            case "FULLPAGENAME", "FULLPAGENAMEE":
                return Optional.of(title);
            default:
                return Optional.empty();
        }
    }
}
