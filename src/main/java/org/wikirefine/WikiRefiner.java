package org.wikirefine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.wikirefine.internal.Pipeline;

/**
 * A configured refiner: turns wikitext into {@link Article}s. Immutable and thread-safe once built; share one
 * instance across threads. Configuration problems (a bad rule file…) fail {@link Builder#build()}, never a
 * later parse. Bad wikitext never throws: it yields {@link Article#diagnostics()}.
 */
public final class WikiRefiner {

    private final Pipeline pipeline;
    private final Converter converter;

    private WikiRefiner(Builder b) {
        this.pipeline = Pipeline.create(b.profile, List.copyOf(b.templateRuleFiles), b.baseConversion, b.timeBudget);
        this.converter = new Converter(pipeline.variantConverter());
    }

    /** A builder with the defaults: zh.wikipedia profile, OpenCC base conversion, 10 s per page. */
    public static Builder builder() {
        return new Builder();
    }

    /** Refines one page given as wikitext and title. */
    public Article parse(String wikitext, String title) {
        return parse(Page.of(title == null ? "" : title, wikitext == null ? "" : wikitext));
    }

    /** Refines one page read from a dump (its metadata is carried into JSON output). */
    public Article parse(Page page) {
        return new Article(pipeline.refine(Objects.requireNonNull(page, "page")));
    }

    /** The converter for plain text containing {@code -{ }-} markup, sharing this refiner's tables. */
    public Converter converter() {
        return converter;
    }

    /** The profile this refiner was built with. */
    public WikiProfile profile() {
        return pipeline.profile();
    }

    /** Configures a {@link WikiRefiner}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {
        private WikiProfile profile = WikiProfile.ZHWIKI;
        private final List<Path> templateRuleFiles = new ArrayList<>();
        private BaseConversion baseConversion = BaseConversion.openCc();
        private Duration timeBudget = Duration.ofSeconds(10);

        private Builder() {
        }

        /** The wiki's conventions (namespace aliases, redirect words); default {@link WikiProfile#ZHWIKI}. */
        public Builder profile(WikiProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /** Adds a user template-rule file (YAML); its entries override built-in rules of the same name. */
        public Builder templateRules(Path file) {
            templateRuleFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** The base character/phrase tables for variant conversion; default {@link BaseConversion#openCc()}. */
        public Builder baseConversion(BaseConversion base) {
            this.baseConversion = Objects.requireNonNull(base, "base");
            return this;
        }

        /**
         * Wall-clock budget for parsing one page. A page that exceeds it gets a flagged plain-text fallback
         * rendering and an error diagnostic instead of hanging the caller. Default 10 s.
         */
        public Builder timeBudget(Duration budget) {
            if (budget == null || budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("time budget must be positive: " + budget);
            }
            this.timeBudget = budget;
            return this;
        }

        /** Validates the configuration and builds the refiner. */
        public WikiRefiner build() {
            return new WikiRefiner(this);
        }
    }
}
