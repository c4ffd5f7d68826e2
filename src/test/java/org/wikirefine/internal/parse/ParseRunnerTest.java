package org.wikirefine.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class ParseRunnerTest {

    private static final Duration BUDGET = Duration.ofSeconds(30);

    @Test
    void runHereRunsOnTheCallingThread() {
        ParseRunner.Outcome<Thread> outcome = ParseRunner.runHere(Thread::currentThread, BUDGET);
        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.value()).isSameAs(Thread.currentThread());
    }

    @Test
    void runHereRetriesOnABigStackWhenTheCallersStackIsTooSmall() throws InterruptedException {
        // 200,000 frames overflow a 256 KiB stack but fit in the pool's 256 MiB.
        AtomicReference<ParseRunner.Outcome<Integer>> result = new AtomicReference<>();
        AtomicReference<String> ranOn = new AtomicReference<>();
        Thread small = new Thread(null, () -> result.set(ParseRunner.runHere(() -> {
            ranOn.set(Thread.currentThread().getName());
            return depth(200_000);
        }, BUDGET)), "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertThat(result.get().failure()).isNull();
        assertThat(result.get().value()).isEqualTo(200_000);
        assertThat(ranOn.get()).startsWith("wikirefine-parse-");
    }

    @Test
    void runHereReportsATaskOverItsBudgetWhenItEnds() {
        ParseRunner.Outcome<String> outcome = ParseRunner.runHere(() -> {
            Thread.sleep(60);
            return "late";
        }, Duration.ofMillis(5));
        assertThat(outcome.timedOut()).isTrue();
        assertThat(outcome.value()).isNull();
    }

    @Test
    void runHereReturnsFailuresInsteadOfThrowing() {
        IllegalStateException boom = new IllegalStateException("boom");
        ParseRunner.Outcome<String> outcome = ParseRunner.runHere(() -> {
            throw boom;
        }, BUDGET);
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.failure()).isSameAs(boom);
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }
}
