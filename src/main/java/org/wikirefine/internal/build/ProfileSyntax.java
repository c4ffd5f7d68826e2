package org.wikirefine.internal.build;

import java.util.Set;

import org.wikirefine.WikiProfile;
import org.wikirefine.internal.parse.WikiNames;
import org.wikirefine.internal.wikitext.SiteSyntax;

/**
 * The native parser's wiki facts, read from today's {@link WikiProfile}, {@link WikiNames} and {@link MagicWords}.
 * The one adapter to re-point when site data (namespaces, magic words) comes from elsewhere.
 */
public final class ProfileSyntax implements SiteSyntax {

    /**
     * Image option words Sweble recognises (MediaWiki's English {@code img_*} magic words), so that both engines
     * pick the same caption. Sizes ({@code 200px}) and {@code key=value} options are told by their shape.
     */
    private static final Set<String> IMAGE_OPTIONS = Set.of("thumb", "thumbnail", "frame", "framed", "enframed",
            "frameless", "border", "left", "right", "center", "centre", "none", "upright", "baseline", "sub", "super",
            "top", "text-top", "middle", "bottom", "text-bottom");
    private static final Set<String> IMAGE_KEYS = Set.of("link", "alt", "page", "lang", "class", "upright", "thumb",
            "thumbnail");

    private final WikiProfile profile;

    public ProfileSyntax(WikiProfile profile) {
        this.profile = profile;
    }

    @Override
    public boolean isFile(String target) {
        return WikiNames.isFile(target);
    }

    @Override
    public boolean isCategory(String target) {
        return WikiNames.isCategory(target);
    }

    @Override
    public boolean isInterlanguage(String target) {
        return WikiNames.isInterlanguage(target, profile);
    }

    @Override
    public boolean isBehaviourSwitch(String word) {
        return MagicWords.SWITCH.matcher("__" + word + "__").matches() && MagicWords.isKnownSwitch(word);
    }

    /** Sweble's reading: thumbnails and frames are blocks; alignment alone is not. */
    @Override
    public boolean isBlockImageOption(String option) {
        return Set.of("thumb", "thumbnail", "frame", "framed").contains(option);
    }

    @Override
    public boolean isImageOption(String option) {
        if (IMAGE_OPTIONS.contains(option)) {
            return true;
        }
        int eq = option.indexOf('=');
        if (eq > 0) {
            return IMAGE_KEYS.contains(option.substring(0, eq).trim());
        }
        return option.endsWith("px") && option.length() > 2
                && option.substring(0, option.length() - 2).chars().allMatch(c -> c == 'x' || (c >= '0' && c <= '9'));
    }
}
