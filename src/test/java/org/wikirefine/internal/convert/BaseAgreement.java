package org.wikirefine.internal.convert;

import java.nio.file.Files;
import java.nio.file.Path;

import org.wikirefine.Variant;

/**
 * Measurement tool: converts FILE with an OpenCC table composition and prints the result, for comparison with the
 * MediaWiki oracle. {@code BaseAgreement FILE VARIANT twPhrases twGlyphs hkVariants cnFromTw} (booleans).
 */
public final class BaseAgreement {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Variant v = Variant.fromCode(args[1]).orElseThrow();
        BaseTables.OpenCcSource src = new BaseTables.OpenCcSource(Boolean.parseBoolean(args[2]),
                Boolean.parseBoolean(args[3]), Boolean.parseBoolean(args[4]), Boolean.parseBoolean(args[5]));
        src.mwChoices = args.length <= 6 || Boolean.parseBoolean(args[6]);
        src.charChoices = args.length <= 7 || Boolean.parseBoolean(args[7]);
        BaseTables t = BaseTables.forSource(src);
        CharTrie trie = t.table(v);
        // plain base conversion, no page rules: the same single leftmost-longest pass the session uses
        StringBuilder sb = new StringBuilder();
        ZhConversionSession.translateForTools(text, trie, sb);
        System.out.print(sb);
    }
}
