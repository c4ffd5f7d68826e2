package org.wikirefine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.wikirefine.BaseConversion;
import org.wikirefine.Variant;

/** Odd input never throws, and pathological rules stay fast. */
class RobustnessTest {

    static final ZhVariantConverter VC = ZhVariantConverter.create(BaseConversion.openCc());
    static final String[] PIECES = {"-{", "}-", "|", ";", ":", "=>", "=", ">", "&amp;", "&", " ", "\n", "zh-cn", "zh-tw",
        "zh-hans", "zh-Hant-TW", "ZH-TW", "zh", "H", "A", "R", "T", "D", "N", "-", "甲", "乙", "软件", "“", "；", "：",
        String.valueOf(ConversionMarks.STRIP_START), String.valueOf(ConversionMarks.STRIP_END),
        String.valueOf(ConversionMarks.CODE_START), String.valueOf(ConversionMarks.CODE_END), "\uD842\uDFB7"};

    @Test
    void randomMarkupNeverThrows() {
        Random r = new Random(42);
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String in = sb.toString();
            Variant v = Variant.values()[r.nextInt(Variant.values().length)];
            assertThatCode(() -> {
                ConversionSession s = VC.open(v, r.nextInt(10) == 0, false);
                s.convert(in);
                s.convert(in);
                s.title(in, null);
            }).as(in).doesNotThrowAnyException();
        }
    }

    @Test
    void longRuleWithManySemicolonsIsFast() {
        StringBuilder body = new StringBuilder("zh-cn:");
        for (int i = 0; i < 3000; i++) {
            body.append("a;b=>c;");
        }
        body.append("zh-tw:x");
        long t0 = System.nanoTime();
        String out = VC.open(Variant.ZH_TW, false, false).convert("-{" + body + "}-");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(out).isEqualTo("x");
        assertThat(ms).as("ms for a 21k-char rule").isLessThan(5_000);
    }

    @Test
    void seedPageConvertsWithoutMarkupLeft() throws Exception {
        String page = Files.readString(Path.of("fixtures/pages/zh/阿勒颇战役.wikitext"));
        String expanded = MiniTemplates.expandNoteTa(page, new NoteTaHandler(), new ArrayList<>());
        for (Variant v : Variant.values()) {
            ConversionSession s = VC.open(v, false, false);
            String out = s.convert(expanded);
            assertThat(out).doesNotContain("-{H|");
            assertThat(s.diagnostics()).isEmpty();
        }
    }
}
