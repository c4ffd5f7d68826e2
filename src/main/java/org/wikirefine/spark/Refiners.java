package org.wikirefine.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.wikirefine.BaseConversion;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;

/**
 * One {@link WikiRefiner} per executor JVM and configuration, built lazily on first use. A refiner is immutable
 * and thread-safe, and expensive to build (template rules, conversion tables), so all tasks of a JVM share it.
 */
final class Refiners {

    private static final Map<String, WikiRefiner> CACHE = new ConcurrentHashMap<>();

    private Refiners() {
    }

    /** {@return the base tables every refiner of the job converts with (recorded in the manifest)} */
    static BaseConversion baseConversion() {
        return BaseConversion.openCc();
    }

    static WikiRefiner get(WikiProfile profile, List<String> templateRules) {
        String key = profile.name() + "\u0000" + String.join("\u0000", templateRules);
        return CACHE.computeIfAbsent(key, k -> {
            WikiRefiner.Builder b = WikiRefiner.builder().profile(profile).baseConversion(baseConversion());
            for (String r : templateRules) {
                b.templateRules(Path.of(r));
            }
            return b.build();
        });
    }
}
