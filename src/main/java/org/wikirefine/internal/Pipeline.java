package org.wikirefine.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.wikirefine.BaseConversion;
import org.wikirefine.Page;
import org.wikirefine.ParserEngine;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.article.ArticleBuilder;
import org.wikirefine.internal.article.ProfileSyntax;
import org.wikirefine.internal.convert.CGroup;
import org.wikirefine.internal.convert.CGroupLibrary;
import org.wikirefine.internal.convert.NoteTaHandler;
import org.wikirefine.internal.convert.RuleErrorPolicy;
import org.wikirefine.internal.convert.SiteConversionTables;
import org.wikirefine.internal.convert.VariantConverter;
import org.wikirefine.internal.convert.ZhVariantConverter;
import org.wikirefine.internal.model.ArticleModel;
import org.wikirefine.internal.parse.ParseRunner;
import org.wikirefine.internal.parse.SwebleParser;
import org.wikirefine.internal.parse.WikitextGuard;
import org.wikirefine.internal.parse.WorkBudget;
import org.wikirefine.internal.template.TemplateHandler;
import org.wikirefine.internal.template.TemplateRegistry;
import org.wikirefine.internal.template.TemplateRules;
import org.wikirefine.internal.wikitext.Decline;
import org.wikirefine.internal.wikitext.SiteSyntax;
import org.wikirefine.internal.wikitext.WikitextParser;

/**
 * The refining pipeline. The stage order is declared here, in one place:
 * <ol>
 *   <li><b>guard</b> ({@link WikitextGuard}): a linear scan sends pages Sweble cannot handle in bounded time to
 *       the plain-text fallback;</li>
 *   <li><b>parse + build</b> ({@link ArticleBuilder} on a big-stack thread, its work capped by a deterministic
 *       {@link WorkBudget}, the page's time budget kept only as a last-resort watchdog): Sweble
 *       parses without template expansion; the walk turns its tree into the article model, and on the way each
 *       template call goes to its rule (the <b>template stage</b>) and each {@code <ref>} to the reference
 *       collector (the <b>reference stage</b>), in document order;</li>
 *   <li><b>render</b> (per variant, on demand, cached in the article): one conversion pass over the rendered text
 *       in document order (infoboxes, body, references, title), then a format writer.</li>
 * </ol>
 * Conversion is last so that one parse serves every variant, as in MediaWiki and Parsoid.
 */
public final class Pipeline {

    private final WikiProfile profile;
    private final TemplateRegistry templates;
    private final VariantConverter converter;
    private final Duration budget;
    /** The profile's shared, thread-safe Sweble engine, looked up once rather than per page. */
    private final SwebleParser parser;

    private final ParserEngine engine;
    private final WikitextParser nativeParser;
    private final SiteSyntax syntax;

    private Pipeline(WikiProfile profile, TemplateRegistry templates, VariantConverter converter, Duration budget,
                     ParserEngine engine) {
        this.profile = profile;
        this.engine = engine;
        this.syntax = new ProfileSyntax(profile);
        this.nativeParser = new WikitextParser(syntax);
        this.templates = templates;
        this.converter = converter;
        this.budget = budget;
        this.parser = SwebleParser.forProfile(profile);
    }

    /**
     * A wiki's own support pages, as read from a dump: template redirects (alias to target), conversion-group pages
     * and conversion-table pages (page name to source).
     */
    public record SiteData(Map<String, String> templateRedirects, Map<String, String> conversionGroupPages,
                           Map<String, String> conversionTablePages) {
        public static SiteData none() {
            return new SiteData(Map.of(), Map.of(), Map.of());
        }
    }

    public static Pipeline create(WikiProfile profile, List<Path> templateRuleFiles, BaseConversion base, Duration budget,
                                  SiteData site, ParserEngine engine) {
        VariantConverter converter = ZhVariantConverter.create(base, RuleErrorPolicy.FIRST_VALUE_CONVERTED,
                conversionTables(site.conversionTablePages()));
        // Rule files are read and validated here, so a bad file fails WikiRefiner.Builder.build(), never a parse.
        TemplateRegistry templates = TemplateRules.load(profile, templateRuleFiles,
                javaHandlers(conversionGroups(site.conversionGroupPages())));
        if (!site.templateRedirects().isEmpty()) {
            templates = templates.withRedirects(site.templateRedirects());
        }
        return new Pipeline(profile, templates, converter, budget, engine);
    }

    /** Template handlers that rule files name with {@code kind: java} or {@code kind: rules}. */
    private static Map<String, TemplateHandler> javaHandlers(CGroupLibrary groups) {
        return Map.of("noteTA", new NoteTaHandler(groups));
    }

    /** The bundled groups, with the wiki's own pages (from its dump) replacing groups of the same name. */
    private static CGroupLibrary conversionGroups(Map<String, String> pages) {
        CGroupLibrary bundled = CGroupLibrary.bundled();
        if (pages.isEmpty()) {
            return bundled;
        }
        List<CGroup> groups = new ArrayList<>();
        Map<String, String> aliases = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : pages.entrySet()) {
            String page = e.getKey();
            boolean module = page.toLowerCase(Locale.ROOT).startsWith("module:");
            int cut = page.indexOf("CGroup/");
            String name = cut >= 0 ? page.substring(cut + "CGroup/".length()) : page.substring(page.indexOf(':') + 1);
            Optional<CGroup> g = module ? CGroupLibrary.parseModule(name, e.getValue())
                    : CGroupLibrary.parseTemplate(name, e.getValue());
            if (g.isPresent()) {
                groups.add(g.get());
            } else if (module) {
                CGroupLibrary.moduleAlias(e.getValue()).ifPresent(target -> aliases.put(name, target));
            }
        }
        CGroupLibrary library = bundled.withGroups(groups);
        // Redirect-like modules (return require('Module:CGroup/Other')) take the other group's rules.
        List<CGroup> aliased = new ArrayList<>();
        aliases.forEach((name, target) -> library.find(target).ifPresent(t ->
                aliased.add(new CGroup(name, t.displayName(), t.source(), t.description(), t.rules()))));
        return library.withGroups(aliased);
    }

    /** {@code Conversiontable/zh-tw} (with or without {@code MediaWiki:}) to its variant's table. */
    private static SiteConversionTables conversionTables(Map<String, String> pages) {
        Map<Variant, String> byVariant = new EnumMap<>(Variant.class);
        for (Map.Entry<String, String> e : pages.entrySet()) {
            String name = e.getKey();
            int slash = name.lastIndexOf('/');
            Variant.fromCode(slash < 0 ? name : name.substring(slash + 1)).ifPresent(v -> byVariant.merge(v, e.getValue(),
                    (a, b) -> a + "\n" + b));
        }
        return SiteConversionTables.of(byVariant);
    }

    /** Refines one page. Never throws for bad wikitext: limits and failures give a flagged fallback model. */
    public RefinedPage refine(Page page) {
        PageInput.Checked input = PageInput.check(page);
        return new DefaultRefinedPage(build(input.page()).withDiagnosticsFirst(input.diagnostics()), converter);
    }

    private ArticleModel build(Page page) {
        String declined = null;
        if (engine == ParserEngine.NATIVE) {
            ParseRunner.Outcome<ArticleModel> outcome = ParseRunner.run(
                    () -> new ArticleBuilder(page, profile, parser, templates).buildNative(nativeParser, syntax), budget);
            if (outcome.ok()) {
                return outcome.value();
            }
            declined = outcome.failure() instanceof Decline d ? d.getMessage()
                    : outcome.timedOut() ? "over the time budget" : "it failed: " + outcome.failure();
        }
        String reason = declined;
        Optional<String> problem = WikitextGuard.check(page.text());
        if (problem.isPresent()) {
            return new ArticleBuilder(page, profile, parser, templates).declined(reason)
                    .fallback("PAGE_TOO_COMPLEX", problem.get());
        }
        ParseRunner.Outcome<ArticleModel> outcome =
                ParseRunner.run(() -> new ArticleBuilder(page, profile, parser, templates).declined(reason).build(), budget);
        if (outcome.ok()) {
            return outcome.value();
        }
        ArticleBuilder fallback = new ArticleBuilder(page, profile, parser, templates).declined(reason);
        if (outcome.failure() instanceof WorkBudget.Exceeded over) {
            return fallback.fallback("WORK_BUDGET_EXCEEDED", over.getMessage());
        }
        if (outcome.timedOut()) {
            return fallback.fallback("PARSE_TIMEOUT", "parsing took longer than the budget of " + budget.toMillis() + " ms");
        }
        return fallback.fallback("PARSE_FAILED", "the parser failed: " + outcome.failure());
    }

    public VariantConverter variantConverter() {
        return converter;
    }

    public WikiProfile profile() {
        return profile;
    }
}
