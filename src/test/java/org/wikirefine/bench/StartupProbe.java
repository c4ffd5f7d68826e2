package org.wikirefine.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.wikirefine.BaseConversion;
import org.wikirefine.Variant;
import org.wikirefine.internal.convert.CGroupLibrary;
import org.wikirefine.internal.convert.ZhVariantConverter;

/**
 * Cold-start costs in a fresh JVM (run once per measurement): the first session per variant pays for its table;
 * later sessions share it. {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.wikirefine.bench.StartupProbe}
 */
public final class StartupProbe {
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        ZhVariantConverter vc = ZhVariantConverter.create(BaseConversion.openCc());
        vc.open(Variant.ZH, false, false).convert("-{zh-cn:甲;zh-tw:乙}-");
        System.out.printf("first session (zh, no table): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        for (Variant v : new Variant[] {Variant.ZH_TW, Variant.ZH_HANT, Variant.ZH_HK, Variant.ZH_HANS, Variant.ZH_CN}) {
            long t = System.nanoTime();
            vc.open(v, false, false).convert("软件");
            System.out.printf("first %s session (builds its OpenCC table): %.0f ms%n", v, (System.nanoTime() - t) / 1e6);
        }
        long t = System.nanoTime();
        vc.open(Variant.ZH_MO, false, false).convert("软件");
        System.out.printf("first zh-mo session (shares zh-hk's table): %.2f ms%n", (System.nanoTime() - t) / 1e6);
        t = System.nanoTime();
        int n = CGroupLibrary.bundled().size();
        System.out.printf("bundled CGroups (%d groups): %.0f ms%n", n, (System.nanoTime() - t) / 1e6);
        Path php = Path.of("/usr/share/mediawiki/includes/languages/data/ZhConversion.php");
        if (Files.exists(php)) {
            ZhVariantConverter mw = ZhVariantConverter.create(BaseConversion.mediaWikiTable(php));
            t = System.nanoTime();
            mw.open(Variant.ZH_TW, false, false).convert("软件");
            System.out.printf("first zh-tw session with MediaWiki's ZhConversion.php: %.0f ms%n", (System.nanoTime() - t) / 1e6);
        }
        Runtime rt = Runtime.getRuntime();
        rt.gc();
        System.out.printf("heap used after all tables: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
