package org.wikirefine.internal.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.parse.WikiNames;
import org.wikirefine.internal.site.WikiSyntax;
import org.wikirefine.internal.template.Inlines;

/**
 * What an internal link becomes, for both walkers: a category, an image, an interlanguage link (dropped), or a link
 * with its label; the page's links, categories and images are recorded in the {@link ArticleBuilder}.
 */
final class InternalLinks {

    private final ArticleBuilder builder;

    InternalLinks(ArticleBuilder builder) {
        this.builder = builder;
    }

    /**
     * An internal link from either parser: categories, file links the parser did not recognise as images and
     * interlanguage links go to the builder; others become a link with its label ({@code titleWalk} null without a
     * pipe; walked only when shown, since walking has effects: template calls, refs).
     */
    void link(String rawTarget, Supplier<List<Inline>> titleWalk, String prefix, String postfix, List<Inline> out) {
        boolean leadingColon = rawTarget.startsWith(":");
        String target = leadingColon ? rawTarget.substring(1) : rawTarget;
        if (!leadingColon) {
            if (builder.profile().isCategory(target)) {
                builder.category(WikiNames.stripPrefix(target));
                return;
            }
            if (builder.profile().isFile(target)) {
                // A file link Sweble did not recognise as one (an alias it does not know): options then caption.
                builder.image(target, lastOption(titleWalk == null ? List.of() : titleWalk.get(), builder.syntax()));
                return;
            }
            if (builder.isInterlanguage(target)) {
                return;
            }
        }
        List<Inline> label = label(target, titleWalk == null ? null : titleWalk.get(), prefix, postfix);
        String cleanTarget = target.replace('_', ' ').trim();
        int hash = cleanTarget.indexOf('#');
        if (hash > 0) {
            cleanTarget = cleanTarget.substring(0, hash).trim();
        }
        if (hash != 0 && !cleanTarget.isEmpty()) {
            builder.link(cleanTarget);
        }
        out.add(new Inline.InternalLink(cleanTarget, label));
    }

    /** What the link shows: prefix, its title (or its target without a leading {@code #}), the trail. */
    private static List<Inline> label(String target, List<Inline> title, String prefix, String postfix) {
        List<Inline> label = new ArrayList<>();
        if (!prefix.isEmpty()) {
            label.add(new Inline.Text(prefix));
        }
        if (title != null && !title.isEmpty()) {
            label.addAll(title);
        } else {
            String shown = target;
            int hash = shown.indexOf('#');
            if (hash == 0) {
                shown = shown.substring(1);
            }
            label.add(new Inline.Text(shown.replace('_', ' ')));
        }
        if (!postfix.isEmpty()) {
            label.add(new Inline.Text(postfix));
        }
        return label;
    }

    /** For a {@code [[File:x|thumb|200px|caption]]} the parser kept as a plain link: the caption is the last option. */
    private static List<Inline> lastOption(List<Inline> title, WikiSyntax syntax) {
        List<Inline> caption = List.of();
        List<Inline> current = new ArrayList<>();
        for (Inline i : title) {
            if (!(i instanceof Inline.Text t) || t.text().indexOf('|') < 0) {
                current.add(i);
                continue;
            }
            String[] parts = t.text().split("\\|", -1);
            for (int k = 0; k < parts.length; k++) {
                if (k > 0) {
                    caption = captionOr(current, caption, syntax);
                    current = new ArrayList<>();
                }
                if (!parts[k].isEmpty()) {
                    current.add(new Inline.Text(parts[k]));
                }
            }
        }
        return captionOr(current, caption, syntax);
    }

    /** An option segment is the caption unless it is empty or an image option word ({@code thumb}, {@code 左}…). */
    private static List<Inline> captionOr(List<Inline> segment, List<Inline> previous, WikiSyntax syntax) {
        if (segment.isEmpty() || syntax.imageOption(Inlines.plain(segment)).isPresent()) {
            return previous;
        }
        return segment;
    }
}
