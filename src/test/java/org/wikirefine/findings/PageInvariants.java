package org.wikirefine.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wikirefine.Article;
import org.wikirefine.ParserEngine;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;
import org.wikirefine.fixtures.OutputInvariants;

/**
 * The whole page pipeline under the output invariants, as the findings replay and the fuzz target run it: parse
 * once, then every format of every variant, the displayed title, infobox fields and references must be clean
 * ({@link OutputInvariants}). An exception is not caught: it is itself a finding.
 */
final class PageInvariants {

    private static final Map<WikiProfile, WikiRefiner> REFINERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<List<Object>, WikiRefiner> REFINERS_BY_ENGINE = new java.util.concurrent.ConcurrentHashMap<>();

    private PageInvariants() {
    }

    static synchronized WikiRefiner refiner(WikiProfile profile) {
        return REFINERS.computeIfAbsent(profile, p -> WikiRefiner.builder().profile(p).build());
    }

    /** A refiner on one parser engine, so the fuzz target reaches both whatever the default is. */
    static synchronized WikiRefiner refiner(WikiProfile profile, ParserEngine engine) {
        return REFINERS_BY_ENGINE.computeIfAbsent(List.of(profile, engine),
                k -> WikiRefiner.builder().profile(profile).parser(engine).build());
    }

    /** The violations found (empty if none). */
    static List<String> check(String text, WikiProfile profile, String title, List<Variant> variants) {
        Article a = refiner(profile).parse(text, title);
        List<String> problems = new ArrayList<>();
        for (Variant v : variants) {
            problems.addAll(OutputInvariants.check(text, a, v));
            problems.addAll(OutputInvariants.checkText("title/" + v, a.title(v), "", text + title));
        }
        return problems;
    }

    /**
     * The fuzzing variant of {@link #check}: a lone markup token is not a finding, since MediaWiki prints many stray
     * tokens as text (the replay decides those with the oracle, {@code mediawiki-identical.txt}); a whole construct
     * that survives ({@code {{x}}}, {@code [[x]]}, {@code -{x}-}, {@code <ref>x</ref>}) is, unless the page shows it
     * verbatim. Every other invariant holds as in {@link #check}.
     */
    static List<String> checkForFuzzing(String text, WikiProfile profile, ParserEngine engine, String title,
            List<Variant> variants) {
        Article a = refiner(profile, engine).parse(text, title);
        List<String> problems = new ArrayList<>();
        String verbatim = OutputInvariants.verbatimText(text);
        for (Variant v : variants) {
            for (String p : OutputInvariants.check(text, a, v)) {
                if (!p.contains("markup token")) {
                    problems.add(p);
                }
            }
            for (org.wikirefine.Format f : org.wikirefine.Format.values()) {
                String out = a.render(v, f);
                // JSON: its string values only (its own arrays nest as "[["; diagnostics quote the source).
                out = f == org.wikirefine.Format.JSON ? OutputInvariants.jsonStrings(out, problems) : out;
                java.util.regex.Matcher m = WHOLE_CONSTRUCT.matcher(out);
                while (m.find()) {
                    if (!verbatim.contains(m.group()) && !writtenAsEntities(text, m.group())) {
                        problems.add(f + "/" + v + ": whole construct survived: " + m.group());
                        break;
                    }
                }
            }
        }
        return problems;
    }

    /** True if the page writes this kind of construct's opener as entities ({@code &lt;ref&gt;}): then it is text. */
    private static boolean writtenAsEntities(String text, String construct) {
        String opener = construct.regionMatches(true, 0, "<ref", 0, 4) ? "<ref" : construct.substring(0, 2);
        String decoded = org.wikirefine.internal.article.HtmlEntitiesProbe.decode(text);
        return count(decoded.toLowerCase(java.util.Locale.ROOT), opener) > count(text.toLowerCase(java.util.Locale.ROOT), opener);
    }

    private static int count(String s, String token) {
        int n = 0;
        for (int k = s.indexOf(token); k >= 0; k = s.indexOf(token, k + token.length())) {
            n++;
        }
        return n;
    }

    private static final java.util.regex.Pattern WHOLE_CONSTRUCT = java.util.regex.Pattern.compile(
            "\\{\\{[^{}\\n]{1,80}}}|\\[\\[[^\\[\\]\\n]{1,80}]]|-\\{[^{}\\n]{1,80}}-|(?i)<ref[\\s>][^<]{0,80}</ref>");
}
