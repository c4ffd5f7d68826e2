package org.wikirefine.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.wikirefine.WikiRefiner;
import org.wikirefine.internal.dump.RefinerSetup;

/**
 * One {@link WikiRefiner} per executor JVM and configuration, built lazily on first use. A refiner is immutable
 * and thread-safe, and expensive to build (template rules, conversion tables), so all tasks of a JVM share it.
 */
final class Refiners {

    private static final Map<String, WikiRefiner> CACHE = new ConcurrentHashMap<>();

    private Refiners() {
    }

    static WikiRefiner get(RefinerSetup setup) {
        return CACHE.computeIfAbsent(setup.cacheKey(), k -> setup.build());
    }
}
