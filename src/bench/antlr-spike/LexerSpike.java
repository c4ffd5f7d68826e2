import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/** Spike: ANTLR lexer vs the native preprocessor over the same pages, rounds interleaved, best round each. */
public final class LexerSpike {
    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[0]);
        for (int a = 1; a < args.length; a++) {
            List<String> pages = new ArrayList<>();
            long bytes = 0;
            try (var s = Files.list(Path.of(args[a]))) {
                for (Path p : s.sorted().toList()) {
                    String t = Files.readString(p, StandardCharsets.UTF_8);
                    pages.add(t);
                    bytes += t.getBytes(StandardCharsets.UTF_8).length;
                }
            }
            Runnable antlr = () -> {
                for (String t : pages) {
                    WikitextTokens lexer = new WikitextTokens(CharStreams.fromString(t));
                    while (lexer.nextToken().getType() != Token.EOF) {
                        // count nothing: the cost of producing the tokens is what is measured
                    }
                }
            };
            Runnable nativeParser = () -> {
                for (String t : pages) {
                    try {
                        org.wikirefine.internal.wikitext.Preprocessor.parse(t);
                    } catch (org.wikirefine.internal.wikitext.Decline declined) {
                        // the work until the decline is counted
                    }
                }
            };
            long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            int round = 0;
            while (System.nanoTime() < end || round < 5) {
                Runnable[] tasks = {antlr, nativeParser};
                for (int i = 0; i < 2; i++) {
                    long t0 = System.nanoTime();
                    tasks[i].run();
                    if (round >= 3) {
                        best[i] = Math.min(best[i], System.nanoTime() - t0);
                    }
                }
                round++;
            }
            System.out.printf("%s: %d bytes; ANTLR lexer %.1f MB/s; native preprocessor (tokens + tree) %.1f MB/s%n",
                    args[a], bytes, bytes / (best[0] / 1e9) / 1e6, bytes / (best[1] / 1e9) / 1e6);
        }
    }
}
