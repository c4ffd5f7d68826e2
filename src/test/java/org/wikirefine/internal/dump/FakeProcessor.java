package org.wikirefine.internal.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.wikirefine.Page;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the refiner: one JSON object per variant with the page's metadata and text length. Titles
 * steer misbehaviour: "HANG" spins without ever checking for interrupts (like a Sweble parse), "BOOM" throws,
 * "DEEP" overflows the stack, "SURR" renders a lone surrogate, "HEAVY" is over its rendering work budget.
 */
public class FakeProcessor implements PageProcessor {

    public static volatile boolean release;
    public final AtomicInteger calls = new AtomicInteger();
    private final List<String> variants;

    public FakeProcessor(List<String> variants) {
        this.variants = variants;
    }

    @Override
    public Result process(Page p) {
        calls.incrementAndGet();
        long sleep = Long.getLong("fake.sleepMs", 0);
        if (sleep > 0) {
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (p.title().contains("HANG")) {
            long x = 0;
            while (!release) {
                x++;   // uninterruptible busy loop
            }
            if (x == 42) {
                System.out.print("");
            }
        }
        if (p.title().contains("BOOM")) {
            throw new IllegalStateException("boom");
        }
        if (p.title().contains("HEAVY")) {
            throw new org.wikirefine.WorkLimitExceededException("over the rendering budget");
        }
        if (p.title().contains("DEEP")) {
            recurse(0);
        }
        List<Output> outs = new ArrayList<>();
        for (String v : variants) {
            ObjectNode o = Json.object();
            o.put("id", p.id());
            o.put("title", p.title() + (p.title().contains("SURR") ? "\uD800" : ""));
            o.put("ns", p.ns());
            o.put("variant", v);
            o.put("chars", p.text().length());
            o.put("redirect", p.redirect());
            outs.add(new Output(v, o.toString()));
        }
        return new Result(outs, List.of("FAKE_DIAG"), p.text().contains("{{") ? List.of("Unknown tpl") : List.of());
    }

    private static int recurse(int n) {
        return recurse(n + 1) + 1;
    }
}
