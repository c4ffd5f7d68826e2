package org.wikirefine.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.wikirefine.BaseConversion;
import org.wikirefine.Page;
import org.wikirefine.ParserEngine;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.article.ArticleBuilder;
import org.wikirefine.internal.article.ProfileSyntax;
import org.wikirefine.internal.convert.CGroupLibrary;
import org.wikirefine.internal.convert.NoteTaHandler;
import org.wikirefine.internal.convert.RuleErrorPolicy;
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
 * The refining pipeline. The stage order is declared here, in one place, and each stage is one class:
 * <ol>
 *   <li><b>input check</b> ({@link PageInput}): characters reserved for internal marks and other unusable code
 *       points leave the text, each kind with one diagnostic;</li>
 *   <li><b>guard</b> ({@link WikitextGuard}): a linear scan sends pages Sweble cannot handle in bounded time to
 *       the plain-text fallback ({@code article.PlainFallback});</li>
 *   <li><b>parse + build</b> ({@link ArticleBuilder}, its work capped by a deterministic {@link WorkBudget}, the
 *       page's time budget kept only as a last-resort watchdog; native builds run on the caller's thread, Sweble's
 *       on a big-stack thread, {@link ParseRunner}): the native parser
 *       ({@link WikitextParser}, walked by {@code article.NativeWalker}) or Sweble ({@link SwebleParser}, walked by
 *       {@code article.NodeWalker}) parses without template expansion; a page the native parser declines goes
 *       through Sweble. On the walk each template call goes to the <b>template stage</b>
 *       ({@code article.TemplateStage}: handlers from {@link TemplateRegistry}) and each {@code <ref>} and reference
 *       list to the <b>reference stage</b> ({@code article.ReferenceStage}, numbering by
 *       {@code reference.ReferenceCollector}), in document order;</li>
 *   <li><b>render</b> ({@link DefaultRefinedPage}, per variant, on demand, cached): one conversion pass
 *       ({@code render.RenderPass} with a {@link VariantConverter} session) over the rendered text in document order
 *       (infoboxes, body, references, title), then a format writer ({@code render.Renderers}).</li>
 * </ol>
 * Conversion is last so that one parse serves every variant, as in MediaWiki and Parsoid. A wiki's own support
 * pages (template redirects, conversion groups and tables) are read by {@link SiteData}.
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

    public static Pipeline create(WikiProfile profile, List<Path> templateRuleFiles, BaseConversion base, Duration budget,
                                  SiteData site, ParserEngine engine) {
        VariantConverter converter = ZhVariantConverter.create(base, RuleErrorPolicy.FIRST_VALUE_CONVERTED,
                site.conversionTables());
        // Rule files are read and validated here, so a bad file fails WikiRefiner.Builder.build(), never a parse.
        TemplateRegistry templates = TemplateRules.load(profile, templateRuleFiles,
                javaHandlers(site.conversionGroups()));
        if (!site.templateRedirects().isEmpty()) {
            templates = templates.withRedirects(site.templateRedirects());
        }
        return new Pipeline(profile, templates, converter, budget, engine);
    }

    /** Template handlers that rule files name with {@code kind: java} or {@code kind: rules}. */
    private static Map<String, TemplateHandler> javaHandlers(CGroupLibrary groups) {
        return Map.of("noteTA", new NoteTaHandler(groups));
    }

    /** Refines one page. Never throws for bad wikitext: limits and failures give a flagged fallback model. */
    public RefinedPage refine(Page page) {
        PageInput.Checked input = PageInput.check(page);
        return new DefaultRefinedPage(build(input.page()).withDiagnosticsFirst(input.diagnostics()), converter);
    }

    private ArticleModel build(Page page) {
        String declined = null;
        if (engine == ParserEngine.NATIVE) {
            ParseRunner.Outcome<ArticleModel> outcome = ParseRunner.runHere(
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
