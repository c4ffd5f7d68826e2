package org.wikirefine.internal.convert;

import java.util.ArrayList;

import org.wikirefine.Variant;

/** Package-private access for {@code org.wikirefine.bench.ConverterBenchmark}. */
public final class ConverterBenchmarkSupport {

    private ConverterBenchmarkSupport() {
    }

    public static String expandNoteTa(String wikitext) {
        return MiniTemplates.expandNoteTa(wikitext, new NoteTaHandler(), new ArrayList<>());
    }

    /** Builds a variant's OpenCC table from scratch, bypassing the JVM-wide cache. */
    public static Object buildFreshTable(Variant v) {
        return BaseTables.forSource(new BaseTables.OpenCcSource()).table(v);
    }
}
