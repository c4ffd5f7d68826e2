package org.wikirefine.internal.template.builtin;

import static org.wikirefine.internal.template.Params.first;
import static org.wikirefine.internal.template.Params.p;


import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.wikirefine.TemplateCall;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.model.RefUse;
import org.wikirefine.internal.template.TemplateContext;
import org.wikirefine.internal.template.TemplateHandler;

/**
 * Templates that make or place references, through {@link TemplateContext#cite} and
 * {@link TemplateContext#referenceList}.
 * <ul>
 *   <li>{@link #ref} — {@code efn}, {@code refn}, {@code notetag}, {@code nsrefc}: a {@code <ref>} with the body in
 *       a parameter, {@code name=}, {@code group=} (a default group, and for {@code efn} only the CSS list groups are
 *       accepted, anything else falls back to {@code lower-alpha}, as zh Template:Efn does).</li>
 *   <li>{@link #r} — {@code {{r|a|b|p=12}}}: reuses of named refs, page as the marker suffix {@code :12}.</li>
 *   <li>{@link #rp} — {@code {{rp|12}}}: the suffix {@code :12} on the marker just before.</li>
 *   <li>{@link #sfn} — {@code {{sfn|Smith|2000|p=5}}}: a ref named like en's Template:Sfn does
 *       ({@code FOOTNOTE} + the parameters), so repeated identical sfns merge, with body {@code Smith 2000, p. 5.}</li>
 *   <li>{@link #harv} — {@code harvnb}/{@code harv}/{@code harvtxt}: the short citation as text (usually inside a
 *       ref): {@code Smith 2000, p. 5}, {@code (Smith 2000, p. 5)}, {@code Smith (2000, p. 5)}.</li>
 *   <li>{@link #list} — {@code reflist}, {@code notelist}, {@code notefoot}, {@code nsreferences}: the list.</li>
 * </ul>
 */
public final class Refs {

    private Refs() {
    }

    private static final Set<String> LIST_GROUPS = Set.of("upper-alpha", "upper-roman", "lower-alpha", "lower-greek", "lower-roman");

    /**
     * @param defaultGroup  group when none is given
     * @param listGroupsOnly accept only the CSS list-style groups (efn)
     * @param bodyParams     parameters holding the body, first non-empty wins
     */
    public static TemplateHandler ref(String defaultGroup, boolean listGroupsOnly, List<String> bodyParams) {
        return (call, ctx) -> {
            String group = p(call, "group");
            if (group.isEmpty() || (listGroupsOnly && !LIST_GROUPS.contains(group))) {
                group = defaultGroup;
            }
            String name = p(call, "name");
            String body = null;
            for (String b : bodyParams) {
                String v = p(call, b);
                if (!v.isEmpty()) {
                    body = v;
                    break;
                }
            }
            if (body == null && name.isEmpty()) {
                return;
            }
            RefUse use = ctx.cite(group, name.isEmpty() ? null : name, body);
            if (use != null) {
                ctx.emit(List.of(new Inline.RefMarker(use)));
            }
        };
    }

    public static TemplateHandler r() {
        return (call, ctx) -> {
            String group = first(call, "group", "g");
            List<Inline> out = new ArrayList<>();
            for (int i = 1; i <= 9; i++) {
                String name = p(call, Integer.toString(i));
                if (name.isEmpty()) {
                    continue;
                }
                String page = i == 1 ? first(call, "p", "pp", "page", "pages", "p1", "pp1") : first(call, "p" + i, "pp" + i);
                RefUse use = ctx.cite(group, name, null);
                if (use != null) {
                    out.add(new Inline.RefMarker(page.isEmpty() ? use : new RefUse(use.entry(), ":" + page)));
                }
            }
            if (!out.isEmpty()) {
                ctx.emit(out);
            }
        };
    }

    public static TemplateHandler rp() {
        return (call, ctx) -> {
            String page = first(call, "1", "page", "pages", "p", "pp", "at");
            if (!page.isEmpty()) {
                ctx.suffixPreviousRef(":" + page);
            }
        };
    }

    public static TemplateHandler sfn() {
        return (call, ctx) -> {
            String text = harvText(call, Style.NB);
            if (text.isEmpty()) {
                return;
            }
            StringBuilder name = new StringBuilder("FOOTNOTE");
            for (String k : List.of("1", "2", "3", "4", "5", "p", "pp", "loc")) {
                name.append(p(call, k));
            }
            RefUse use = ctx.cite(p(call, "group"), name.toString(), text + ".");
            if (use != null) {
                ctx.emit(List.of(new Inline.RefMarker(use)));
            }
        };
    }

    /** Short-citation styles. */
    public enum Style { NB, PAREN, TXT }

    public static TemplateHandler harv(Style style) {
        return (call, ctx) -> {
            String text = harvText(call, style);
            if (!text.isEmpty()) {
                ctx.emit(ctx.parseInline(text));
            }
        };
    }

    /** {@code Smith 2000, p. 5}; authors are the positional parameters before the year (the last one). */
    static String harvText(TemplateCall call, Style style) {
        List<String> pos = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String v = p(call, Integer.toString(i));
            if (!v.isEmpty()) {
                pos.add(v);
            }
        }
        if (pos.isEmpty()) {
            // harvs-style named parameters
            for (int i = 1; i <= 4; i++) {
                String v = first(call, "last" + i, i == 1 ? "last" : "last" + i);
                if (!v.isEmpty()) {
                    pos.add(v);
                }
            }
            String year = p(call, "year");
            if (pos.isEmpty()) {
                return "";
            }
            pos.add(year);
        }
        String year = pos.size() > 1 ? pos.remove(pos.size() - 1) : "";
        String authors;
        if (pos.size() == 1) {
            authors = pos.get(0);
        } else if (pos.size() == 2) {
            authors = pos.get(0) + " & " + pos.get(1);
        } else if (pos.size() == 3) {
            authors = pos.get(0) + ", " + pos.get(1) + " & " + pos.get(2);
        } else {
            authors = pos.get(0) + " et al.";
        }
        String loc = !p(call, "p").isEmpty() ? "p. " + p(call, "p")
                : !p(call, "pp").isEmpty() ? "pp. " + p(call, "pp") : p(call, "loc");
        String inner = year + (loc.isEmpty() ? "" : ", " + loc);
        return switch (style) {
            case NB -> (authors + " " + inner).trim();
            case PAREN -> "(" + (authors + " " + inner).trim() + ")";
            case TXT -> authors + " (" + inner + ")";
        };
    }

    /**
     * @param defaultGroup group when none is given ({@code lower-alpha} for notelist)
     * @param refsParams   parameters holding list-defined refs
     */
    public static TemplateHandler list(String defaultGroup, List<String> refsParams) {
        return (call, ctx) -> {
            String group = p(call, "group");
            if (group.isEmpty()) {
                group = defaultGroup;
            }
            String refs = null;
            for (String r : refsParams) {
                String v = p(call, r);
                if (!v.isEmpty()) {
                    refs = v;
                    break;
                }
            }
            ctx.referenceList(group, refs);
        };
    }


}
