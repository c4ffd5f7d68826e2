package org.wikirefine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.wikirefine.Article;
import org.wikirefine.Format;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;

/** Rendering a model nested thousands deep works on a caller's small stack (it moves to a big-stack thread). */
class DeepModelRenderTest {

    private static final WikiRefiner REFINER = WikiRefiner.builder().profile(WikiProfile.ZHWIKI).build();

    @Test
    void unclosedBoldTagsThousandsDeepRenderOnASmallStack() throws InterruptedException {
        // Every <b> stays open, so the bold parts nest 15,000 deep in the model (the parser keeps them).
        String input = "<b>x'''".repeat(15_000);
        Article page = REFINER.parse(input, "Deep");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Map<Format, String> small = new EnumMap<>(Format.class);
        Thread caller = new Thread(null, () -> {
            try {
                for (Format f : Format.values()) {
                    small.put(f, page.render(Variant.ZH_TW, f));
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack-caller", 256 * 1024);
        caller.start();
        caller.join();
        assertThat(failure.get()).isNull();
        assertThat(small.get(Format.TEXT)).contains("x").doesNotContain("<b>");
        for (Format f : Format.values()) {
            assertThat(small.get(f)).isEqualTo(page.render(Variant.ZH_TW, f));
        }
    }
}
