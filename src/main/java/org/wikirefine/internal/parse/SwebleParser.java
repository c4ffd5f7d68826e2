package org.wikirefine.internal.parse;

import java.util.HashMap;
import java.util.Map;

import org.sweble.wikitext.engine.PageId;
import org.sweble.wikitext.engine.PageTitle;
import org.sweble.wikitext.engine.WtEngineImpl;
import org.sweble.wikitext.engine.nodes.EngProcessedPage;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.wikirefine.WikiProfile;

/**
 * Our only entry into Sweble: wikitext in, Sweble's postprocessed tree out, no template expansion. One engine per
 * profile (profiles are values: equal profiles share one), shared by all threads (the engine is thread-safe, stack-facts.md 1.4). Callers run this on a big-stack
 * thread ({@link ParseRunner}) after the {@link WikitextGuard}.
 */
public final class SwebleParser {

    private static final Map<WikiProfile, SwebleParser> BY_PROFILE = new HashMap<>();

    private final WtEngineImpl engine;
    private final PageId pageId;

    private SwebleParser(WikiProfile profile) {
        this.engine = SwebleSetup.engine(profile);
        try {
            // The title only matters for expansion, which we never do; one fixed id avoids per-call title parsing.
            this.pageId = new PageId(PageTitle.make(engine.getWikiConfig(), "Wikirefine"), -1);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up Sweble (this is a bug)", e);
        }
    }

    /** The shared parser for a profile; built on first use (Sweble's configuration takes 100-270 ms). */
    public static SwebleParser forProfile(WikiProfile profile) {
        synchronized (BY_PROFILE) {
            return BY_PROFILE.computeIfAbsent(profile, SwebleParser::new);
        }
    }

    /**
     * Parses wikitext into Sweble's tree (the page node), stray extension-tag openers made literal first as in
     * MediaWiki ({@link StrayTags}). Throws whatever Sweble throws; callers turn that into a diagnostic and a
     * fallback.
     */
    public WtNode parse(String wikitext) throws Exception {
        String text = StrayTags.neutralize(wikitext, name -> engine.getWikiConfig().getTagExtension(name) != null);
        EngProcessedPage processed = engine.postprocess(pageId, text, null);
        return processed.getPage();
    }
}
