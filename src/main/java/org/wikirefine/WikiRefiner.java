package org.wikirefine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.wikirefine.internal.Pipeline;
import org.wikirefine.internal.SiteData;

/**
 * A configured refiner: turns wikitext into {@link Article}s. Immutable and thread-safe once built; share one
 * instance across threads. Configuration problems (a bad rule file…) fail {@link Builder#build()}, never a
 * later parse. Bad wikitext never throws: it yields {@link Article#diagnostics()}.
 */
public final class WikiRefiner {

    private final Pipeline pipeline;
    private final Converter converter;
    private final BaseConversion baseConversion;

    private WikiRefiner(Builder b) {
        this.baseConversion = b.baseConversion;
        this.pipeline = Pipeline.create(b.profile, List.copyOf(b.templateRuleFiles), b.baseConversion, b.timeBudget,
                new SiteData(Map.copyOf(b.templateRedirects), Map.copyOf(b.conversionGroupPages),
                        Map.copyOf(b.conversionTablePages)), b.parser);
        this.converter = new Converter(pipeline.variantConverter());
    }

    /** {@return the base conversion tables this refiner was built with (recorded in dump manifests)} */
    public BaseConversion baseConversion() {
        return baseConversion;
    }

    /** {@return a builder with the defaults: zh.wikipedia profile, OpenCC base conversion, 10 s per page} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Refines one page given as wikitext and title.
     *
     * @param wikitext the page source; {@code null} is treated as empty
     * @param title    the page title; {@code null} is treated as empty
     * @return the refined article
     */
    public Article parse(String wikitext, String title) {
        return parse(Page.of(title == null ? "" : title, wikitext == null ? "" : wikitext));
    }

    /**
     * Refines one page read from a dump (its metadata is carried into JSON output).
     *
     * @param page the page
     * @return the refined article
     */
    public Article parse(Page page) {
        return new Article(pipeline.refine(Objects.requireNonNull(page, "page")));
    }

    /** {@return the converter for plain text containing {@code -{ }-} markup, sharing this refiner's tables} */
    public Converter converter() {
        return converter;
    }

    /** {@return the profile this refiner was built with} */
    public WikiProfile profile() {
        return pipeline.profile();
    }

    /** Configures a {@link WikiRefiner}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {
        private WikiProfile profile = WikiProfile.ZHWIKI;
        private final List<Path> templateRuleFiles = new ArrayList<>();
        private BaseConversion baseConversion = BaseConversion.openCc();
        private Duration timeBudget = Duration.ofSeconds(10);
        private ParserEngine parser = ParserEngine.NATIVE;
        private final Map<String, String> templateRedirects = new LinkedHashMap<>();
        private final Map<String, String> conversionGroupPages = new LinkedHashMap<>();
        private final Map<String, String> conversionTablePages = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Template redirects of the wiki ({@code Cvt -> Convert}, names with or without the {@code Template:}
         * prefix), as read from a dump: a redirect name is handled by its target's rule.
         *
         * @param aliasToTarget redirect name to target name
         * @return this builder
         */
        public Builder templateRedirects(Map<String, String> aliasToTarget) {
            templateRedirects.putAll(Objects.requireNonNull(aliasToTarget, "aliasToTarget"));
            return this;
        }

        /**
         * The wiki's own conversion groups, replacing the bundled snapshot's groups of the same name: page name
         * ({@code Module:CGroup/IT} with Lua source, or {@code Template:CGroup/IT} with wikitext) to source text.
         * Pages that cannot be read as a group are ignored.
         *
         * @param pageToSource page name to page source
         * @return this builder
         */
        public Builder conversionGroupPages(Map<String, String> pageToSource) {
            conversionGroupPages.putAll(Objects.requireNonNull(pageToSource, "pageToSource"));
            return this;
        }

        /**
         * The wiki's {@code MediaWiki:Conversiontable/zh-*} pages (page name, with or without the {@code MediaWiki:}
         * prefix, to wikitext), layered over the base tables as zh.wikipedia layers them.
         *
         * @param pageToWikitext page name to wikitext
         * @return this builder
         */
        public Builder conversionTablePages(Map<String, String> pageToWikitext) {
            conversionTablePages.putAll(Objects.requireNonNull(pageToWikitext, "pageToWikitext"));
            return this;
        }

        /**
         * The wiki's conventions (namespace aliases, redirect words); default {@link WikiProfile#ZHWIKI}.
         *
         * @param profile the wiki
         * @return this builder
         */
        public Builder profile(WikiProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Adds a user template-rule file (YAML); its entries override built-in rules of the same name.
         *
         * @param file the rule file (read by {@link #build()})
         * @return this builder
         */
        public Builder templateRules(Path file) {
            templateRuleFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * The base character/phrase tables for variant conversion; default {@link BaseConversion#openCc()}.
         *
         * @param base the base tables
         * @return this builder
         */
        public Builder baseConversion(BaseConversion base) {
            this.baseConversion = Objects.requireNonNull(base, "base");
            return this;
        }

        /**
         * Wall-clock budget for parsing one page. A page that exceeds it gets a flagged plain-text fallback
         * rendering and an error diagnostic instead of hanging the caller. Default 10 s. The native parser's work
         * is bounded by a deterministic work budget, so it runs on the calling thread and is held to this budget
         * when it ends; Sweble runs on a watchdog thread and is abandoned when the budget is up.
         *
         * @param budget a positive duration
         * @return this builder
         */
        public Builder timeBudget(Duration budget) {
            if (budget == null || budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("time budget must be positive: " + budget);
            }
            this.timeBudget = budget;
            return this;
        }

        /**
         * The wikitext parser: {@link ParserEngine#NATIVE} (the default: our linear parser; pages it declines are
         * parsed by Sweble) or {@link ParserEngine#SWEBLE} (the reference engine, several times slower). Where the
         * two differ is listed in docs/parser.md.
         *
         * @param engine the engine
         * @return this builder
         */
        public Builder parser(ParserEngine engine) {
            this.parser = Objects.requireNonNull(engine, "engine");
            return this;
        }

        /** {@return validates the configuration and builds the refiner} */
        public WikiRefiner build() {
            return new WikiRefiner(this);
        }
    }
}
