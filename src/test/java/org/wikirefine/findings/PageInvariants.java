package org.wikirefine.findings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.wikirefine.Article;
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

    private static final Map<WikiProfile, WikiRefiner> REFINERS = new EnumMap<>(WikiProfile.class);

    private PageInvariants() {
    }

    static synchronized WikiRefiner refiner(WikiProfile profile) {
        return REFINERS.computeIfAbsent(profile, p -> WikiRefiner.builder().profile(p).build());
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
}
