package org.wikirefine.internal.convert;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.wikirefine.BaseConversion;
import org.wikirefine.Variant;

/**
 * Measurement tool: base conversion only (no page rules) of every line of a file, per variant, for comparison with
 * MediaWiki's own (src/tools/mw_translate.php, scored by src/tools/agreement.py; docs/conversion.md §3.4).
 *
 * <pre>BaseAgreement LINES OUT_PREFIX BASE VARIANT...   writes OUT_PREFIX.VARIANT.txt</pre>
 * BASE: {@code opencc} (the bundled default), {@code mediawiki=PATH/ZhConversion.php}, or
 * {@code opencc:twPhrases,twGlyphs,hkVariants,cnFromTw,mwChoices,charChoices[,twWordsForCn[,twWords[,foldTwWords[,cnTraditionalWords[,cnVariantWords]]]]]} (six
 * to eleven
 * booleans, to measure a composition switch).
 */
public final class BaseAgreement {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        BaseTables tables = tables(args[2]);
        for (int i = 3; i < args.length; i++) {
            Variant v = Variant.fromCode(args[i]).orElseThrow(() -> new IllegalArgumentException("variant?"));
            CharTrie trie = tables.table(v);
            StringBuilder sb = new StringBuilder();
            for (String line : lines) {
                ZhConversionSession.translateForTools(line, trie, sb);
                sb.append('\n');
            }
            Files.writeString(Path.of(args[1] + "." + args[i] + ".txt"), sb, StandardCharsets.UTF_8);
        }
    }

    private static BaseTables tables(String base) {
        if (base.equals("opencc")) {
            return BaseTables.of(BaseConversion.openCc());
        }
        if (base.startsWith("mediawiki=")) {
            return BaseTables.of(BaseConversion.mediaWikiTable(Path.of(base.substring("mediawiki=".length()))));
        }
        if (base.startsWith("opencc:")) {
            String[] f = base.substring("opencc:".length()).split(",");
            BaseTables.OpenCcSource src = new BaseTables.OpenCcSource(Boolean.parseBoolean(f[0]),
                    Boolean.parseBoolean(f[1]), Boolean.parseBoolean(f[2]), Boolean.parseBoolean(f[3]));
            src.mwChoices = Boolean.parseBoolean(f[4]);
            src.charChoices = Boolean.parseBoolean(f[5]);
            if (f.length > 6) {
                src.twWordsForCn = Boolean.parseBoolean(f[6]);
            }
            if (f.length > 7) {
                src.twWords = Boolean.parseBoolean(f[7]);
            }
            if (f.length > 8) {
                src.foldTwWords = Boolean.parseBoolean(f[8]);
            }
            if (f.length > 9) {
                src.cnTraditionalWords = Boolean.parseBoolean(f[9]);
            }
            if (f.length > 10) {
                src.cnVariantWords = Boolean.parseBoolean(f[10]);
            }
            return BaseTables.forSource(src);
        }
        throw new IllegalArgumentException("BASE: opencc | mediawiki=PATH | opencc:six to eleven booleans");
    }
}
