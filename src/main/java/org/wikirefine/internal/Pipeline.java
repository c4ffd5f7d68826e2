package org.wikirefine.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.wikirefine.BaseConversion;
import org.wikirefine.Page;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.convert.VariantConverter;

/** The refining pipeline: stage order is declared here, in one place. */
public final class Pipeline {

    private final WikiProfile profile;

    private Pipeline(WikiProfile profile) {
        this.profile = profile;
    }

    public static Pipeline create(WikiProfile profile, List<Path> templateRuleFiles, BaseConversion base, Duration budget) {
        return new Pipeline(profile);
    }

    public RefinedPage refine(Page page) {
        throw new UnsupportedOperationException("skeleton: wired in the core commit");
    }

    public VariantConverter variantConverter() {
        throw new UnsupportedOperationException("skeleton: wired in the core commit");
    }

    public WikiProfile profile() {
        return profile;
    }
}
