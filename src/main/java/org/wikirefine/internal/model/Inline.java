package org.wikirefine.internal.model;

import java.util.List;

/**
 * Inline content of the article model. Text keeps {@code -{ }-} conversion markup as written: conversion is the
 * last pass, over rendered text, as in MediaWiki.
 */
public sealed interface Inline {

    /**
     * Text content marking where a template was dropped (it showed nothing). The renderer uses it to remove only
     * the brackets and spaces that the dropped template leaves empty ({@code （）}, {@code the , accused}), never
     * brackets the author wrote; it never reaches output ({@link org.wikirefine.internal.InternalMarks#DROP}).
     */
    String DROPPED = "" + org.wikirefine.internal.InternalMarks.DROP;

    /** Plain text, possibly with {@code -{ }-} markup; converted at render time. */
    record Text(String text) implements Inline {
    }

    /** Text shown exactly as written and never converted: nowiki, pre, math, syntaxhighlight. */
    record Verbatim(String text) implements Inline {
    }

    /** Text inside {@code <code>}: markup resolved, characters not converted (MediaWiki's autoConvert skips it). */
    record Code(String text) implements Inline {
    }

    /** An internal link: the label is shown, the target is kept for the model. */
    record InternalLink(String target, List<Inline> label) implements Inline {
    }

    /** An external link; an empty label shows the URL. */
    record ExternalLink(String url, List<Inline> label) implements Inline {
        /** The URL as an address ({@link org.wikirefine.internal.site.SiteUrls#externalUrl}). */
        public ExternalLink {
            url = org.wikirefine.internal.site.SiteUrls.externalUrl(url);
        }

    }

    /**
     * Bold or italic text ({@code '''…'''}, {@code ''…''}, {@code <b>}, {@code <i>}, {@code <strong>}, {@code <em>}).
     * Only Markdown shows it; text and JSON show the content alone. Bold italic is one inside the other. Never
     * without visible content: {@link #addTo} leaves blank content unwrapped.
     */
    record Emphasis(Style style, List<Inline> content) implements Inline {

        /** Which emphasis. */
        public enum Style {
            ITALIC, BOLD
        }

        public Emphasis {
            content = List.copyOf(content);
        }

        /** Appends {@code content} to {@code out} as an emphasis; content that shows nothing as it is. */
        public static void addTo(List<Inline> out, Style style, List<Inline> content) {
            for (Inline i : content) {
                boolean shows = i instanceof Text t ? !t.text().replace(DROPPED, "").isBlank()
                        : !(i instanceof LineBreak || i instanceof InfoboxAnchor);
                if (shows) {
                    out.add(new Emphasis(style, content));
                    return;
                }
            }
            out.addAll(content);
        }
    }

    /** A line break ({@code <br>}) or a separator between items of an infobox value. */
    record LineBreak() implements Inline {
    }

    /** Where a reference was cited; numbered by the reference stage. */
    record RefMarker(RefUse use) implements Inline {
    }

    /**
     * Where infobox {@code index} (of {@link ArticleModel#infoboxes()}) stood in the page. It shows nothing; the
     * conversion pass converts the infobox when it reaches this point, so rules written before the infobox (a
     * noteTA at the top of the page) apply to it and rules after it do not, as in MediaWiki.
     */
    record InfoboxAnchor(int index) implements Inline {
    }
}
