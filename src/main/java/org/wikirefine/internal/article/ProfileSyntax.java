package org.wikirefine.internal.article;

import java.util.regex.Matcher;

import org.wikirefine.WikiProfile;
import org.wikirefine.internal.parse.WikiNames;
import org.wikirefine.internal.site.WikiSyntax;
import org.wikirefine.internal.wikitext.SiteSyntax;

/**
 * The native parser's wiki facts, read from the page's {@link WikiProfile} and its compiled {@link WikiSyntax}: the
 * same facts the Sweble path reads, so both engines see the same namespaces, switches and image options.
 */
public final class ProfileSyntax implements SiteSyntax {

    private final WikiProfile profile;
    private final WikiSyntax syntax;

    public ProfileSyntax(WikiProfile profile) {
        this.profile = profile;
        this.syntax = WikiSyntax.of(profile);
    }

    @Override
    public boolean isFile(String target) {
        return profile.isFile(target);
    }

    @Override
    public boolean isCategory(String target) {
        return profile.isCategory(target);
    }

    @Override
    public boolean isInterlanguage(String target) {
        return WikiNames.isInterlanguage(target, profile);
    }

    @Override
    public int behaviourSwitchEnd(String text, int from, int to) {
        Matcher m = syntax.switches(text).region(from, to);
        return m.lookingAt() ? m.end() : -1;
    }

    /** Thumbnails and frames are blocks (MediaWiki's {@code <figure>}); alignment alone is not. */
    @Override
    public boolean isBlockImageOption(String option) {
        return syntax.imageOption(option).filter(id -> id.equals("img_thumbnail") || id.equals("img_framed"))
                .isPresent();
    }

    @Override
    public boolean isImageOption(String option) {
        return syntax.imageOption(option).isPresent();
    }
}
