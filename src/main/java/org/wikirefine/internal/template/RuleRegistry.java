package org.wikirefine.internal.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.wikirefine.TemplateCall;

/**
 * The registry built from rule files. Lookup order for a normalised name:
 * <ol>
 *   <li>an exact name or alias of an entry;</li>
 *   <li>a {@code match:} pattern of an entry (user patterns first, then built-in, in file order);</li>
 *   <li>an infobox by name ({@code Infobox …}, {@code … infobox}, {@code …信息框}, {@code …資訊框},
 *       {@code …信息欄}…): a generic infobox, every field kept under its raw name;</li>
 *   <li>only in {@link #handlerFor(TemplateCall)}: DBpedia's heuristic, an unknown template with at least two named
 *       parameters and at least 75 % named is an infobox too.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class RuleRegistry implements TemplateRegistry {

    /** Infobox names as written on en and zh Wikipedia (and a few other wikis of the corpus). */
    static final Pattern INFOBOX_NAME = Pattern.compile(
            "(?i)^(infobox|info box|信息框|資訊框|资讯框|信息欄|資訊欄|信息栏|资讯栏|資料框)([ _:/].*)?$"
                    + "|^.+[ _](infobox|info box)$"
                    + "|^.+(信息框|資訊框|资讯框|信息欄|資訊欄|信息栏|资讯栏|資料框|信息表)$");

    /** How many names {@link #patternResults} keeps. */
    private static final int MAX_CACHED_NAMES = 100_000;

    private final Map<String, TemplateRules.Rule> byName;
    private final List<TemplateRules.Rule> patterns;
    private final InfoboxHandler genericInfobox;
    /**
     * What steps 2 and 3 found for names without an exact entry: a page's templates are mostly such names (citation
     * and navigation templates of every spelling), and each would otherwise run every pattern rule's regex again.
     * Bounded, as a dump names hundreds of thousands of templates; past the bound a name is looked up uncached.
     */
    private final Map<String, Optional<TemplateHandler>> patternResults = new ConcurrentHashMap<>();

    private RuleRegistry(Map<String, TemplateRules.Rule> byName, List<TemplateRules.Rule> patterns) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        this.patterns = List.copyOf(patterns);
        this.genericInfobox = new InfoboxHandler(null, Map.of(), true, this::isInfoboxName);
    }

    @Override
    public Optional<TemplateHandler> handlerFor(String normalizedName) {
        TemplateRules.Rule r = byName.get(normalizedName);
        if (r != null) {
            return Optional.of(r.handler());
        }
        Optional<TemplateHandler> known = patternResults.get(normalizedName);
        if (known != null) {
            return known;
        }
        Optional<TemplateHandler> found = byPattern(normalizedName);
        if (patternResults.size() < MAX_CACHED_NAMES) {
            patternResults.put(normalizedName, found);
        }
        return found;
    }

    /** Steps 2 and 3 of the lookup: every pattern tried in order, then the infobox names. */
    private Optional<TemplateHandler> byPattern(String normalizedName) {
        for (TemplateRules.Rule p : patterns) {
            if (p.match().matcher(normalizedName).matches()) {
                return Optional.of(p.handler());
            }
        }
        if (INFOBOX_NAME.matcher(normalizedName).matches()) {
            return Optional.of(genericInfobox);
        }
        return Optional.empty();
    }

    @Override
    public Optional<TemplateHandler> handlerFor(TemplateCall call) {
        Optional<TemplateHandler> h = handlerFor(call.name());
        if (h.isPresent()) {
            return h;
        }
        if (InfoboxHandler.looksLikeInfobox(call)) {
            return Optional.of(genericInfobox);
        }
        return Optional.empty();
    }

    /** Whether the name is an infobox by rule or by name (the heuristic needs a call, see above). */
    public boolean isInfoboxName(String normalizedName) {
        TemplateRules.Rule r = byName.get(normalizedName);
        if (r != null) {
            return r.isInfobox();
        }
        for (TemplateRules.Rule p : patterns) {
            if (p.match().matcher(normalizedName).matches()) {
                return p.isInfobox();
            }
        }
        return INFOBOX_NAME.matcher(normalizedName).matches();
    }

    /** The kind of rule a name resolves to ({@code text}, {@code drop}…), {@code infobox} for a name pattern, or empty. */
    public Optional<String> kindOf(String normalizedName) {
        TemplateRules.Rule r = byName.get(normalizedName);
        if (r != null) {
            return Optional.of(r.kind());
        }
        for (TemplateRules.Rule p : patterns) {
            if (p.match().matcher(normalizedName).matches()) {
                return Optional.of(p.kind());
            }
        }
        return INFOBOX_NAME.matcher(normalizedName).matches() ? Optional.of("infobox") : Optional.empty();
    }

    /** Every exact name known (aliases included), for tools and tests. */
    public java.util.Set<String> names() {
        return byName.keySet();
    }

    /** Number of entries (an entry with aliases counts once). */
    public int entryCount() {
        return (int) java.util.stream.Stream.concat(byName.values().stream(), patterns.stream()).distinct().count();
    }

    /**
     * Collects patterns while files are parsed, so that infobox handlers can ask {@link #isInfoboxName} of the
     * finished registry (embedded infoboxes) before it exists.
     */
    static final class Builder {
        private volatile RuleRegistry built;
        private final List<Pattern> pending = new ArrayList<>();

        void pattern(Pattern p, boolean infobox) {
            pending.add(p);
        }

        boolean isInfoboxName(String name) {
            return built != null ? built.isInfoboxName(name) : INFOBOX_NAME.matcher(name).matches();
        }

        RuleRegistry build(Map<String, TemplateRules.Rule> byName, List<TemplateRules.Rule> patterns) {
            built = new RuleRegistry(byName, patterns);
            return built;
        }
    }
}
