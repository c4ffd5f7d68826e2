package org.wikirefine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wikirefine.BaseConversion;
import org.wikirefine.Variant;

/**
 * The bundled base conversion against MediaWiki 1.39's own base conversion (the oracle) on real Simplified
 * sentences ({@code fixtures/convert/oracle-sentences.tsv}): zh-hans and zh-cn/sg/my must leave them as MediaWiki
 * does (it changes none of them), and the traditional variants must equal MediaWiki's output except the listed
 * known differences, which must still differ (remove an entry when it starts to pass).
 */
class OracleSentencesTest {

    private static final Path DIR = Path.of("fixtures/convert");
    /** Column of each variant in the fixture; column 0 is the source, which is also the zh-hans output. */
    private static final Map<Variant, Integer> COLUMN = Map.of(
            Variant.ZH_HANS, 0, Variant.ZH_CN, 1, Variant.ZH_SG, 1, Variant.ZH_MY, 1,
            Variant.ZH_HANT, 2, Variant.ZH_TW, 3, Variant.ZH_HK, 4, Variant.ZH_MO, 4);

    @TestFactory
    Stream<DynamicTest> bundledBaseMatchesMediaWiki() throws IOException {
        List<String[]> records = records();
        Map<String, String> known = known();
        ZhVariantConverter vc = ZhVariantConverter.create(BaseConversion.openCc());
        List<DynamicTest> tests = new ArrayList<>();
        for (Variant v : Variant.values()) {
            Integer col = COLUMN.get(v);
            if (col == null) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(v.code() + ": " + records.size() + " sentences", () -> {
                List<String> unexpected = new ArrayList<>();
                for (int i = 0; i < records.size(); i++) {
                    String[] r = records.get(i);
                    String got = vc.open(v, false, false).convert(r[0]);
                    String id = code(v, col) + "\t" + (i + 1);
                    boolean same = got.equals(r[col]);
                    if (known.containsKey(id) == same) {
                        unexpected.add((same ? "known difference now agrees, remove it: " : "differs: ")
                                + id + "\n  MediaWiki " + r[col] + "\n  ours      " + got);
                    }
                }
                assertThat(unexpected).isEmpty();
            }));
        }
        return tests.stream();
    }

    /** Known differences are recorded under the variant whose column they belong to (zh-cn for zh-sg, …). */
    private static String code(Variant v, int col) {
        return List.of("zh-hans", "zh-cn", "zh-hant", "zh-tw", "zh-hk").get(col);
    }

    private static List<String[]> records() throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("oracle-sentences.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isEmpty()) {
                String[] f = line.split("\t", -1);
                assertThat(f).as(line).hasSize(5);
                out.add(f);
            }
        }
        return out;
    }

    private static Map<String, String> known() throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("oracle-sentences-known.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isEmpty()) {
                String[] f = line.split("\t", 3);
                out.put(f[0] + "\t" + f[1], f[2]);
            }
        }
        return out;
    }
}
