package org.wikirefine.internal.dump;

import java.util.List;
import java.util.Set;

import org.wikirefine.SiteInfo;
import org.wikirefine.Variant;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The parts of {@code manifest.json} that the CLI and the Spark job write alike, so that the two manifests say
 * the same thing in the same words: {@code siteinfo}, the output-shaping {@code options}, and the refiner
 * ({@code wiki}, {@code base_conversion}, {@code site_data}, see {@link RefinerSetup#describe(ObjectNode)}).
 * Each runner adds its own input description and counts.
 */
public final class DumpManifest {

    private DumpManifest() {
    }

    /** {@code "siteinfo": {sitename, dbname, generator}}. */
    public static void siteInfo(ObjectNode manifest, SiteInfo si) {
        ObjectNode sin = manifest.putObject("siteinfo");
        sin.put("sitename", si.sitename());
        sin.put("dbname", si.dbname());
        sin.put("generator", si.generator());
    }

    /**
     * The options that shape the records; a resumed run must have the same ones.
     *
     * @param namespaces null for all
     */
    public static ObjectNode options(String format, List<Variant> variants, Set<Integer> namespaces,
                                     boolean keepRedirects, List<String> templateRuleNames, String wiki,
                                     String baseConversion) {
        ObjectNode options = Json.object();
        options.put("format", format);
        ArrayNode va = options.putArray("variants");
        variants.forEach(v -> va.add(v.code()));
        if (namespaces == null) {
            options.put("namespaces", "all");
        } else {
            ArrayNode na = options.putArray("namespaces");
            new java.util.TreeSet<>(namespaces).forEach(na::add);
        }
        options.put("redirects", keepRedirects ? "keep" : "skip");
        ArrayNode rules = options.putArray("template_rules");
        templateRuleNames.forEach(rules::add);
        options.put("wiki", wiki);
        options.put("base_conversion", baseConversion);
        return options;
    }

    /** {@code opencc}, or {@code mediawiki:ZhConversion.php} for a MediaWiki table file. */
    public static String baseConversion(String conversionTable) {
        return conversionTable == null ? "opencc"
                : "mediawiki:" + java.nio.file.Path.of(conversionTable).getFileName();
    }
}
