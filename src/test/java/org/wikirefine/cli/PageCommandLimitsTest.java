package org.wikirefine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `page` checks its writes (a full disk is exit 3, not 0) and never reads a huge file into memory. */
class PageCommandLimitsTest {

    @TempDir
    Path tmp;

    private record Result(int code, String err) {
    }

    private static Result run(OutputStream stdout, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Result(Main.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void aFailedWriteIsFatal() throws Exception {
        Path f = tmp.resolve("p.wiki");
        Files.writeString(f, "== H ==\nText.\n");
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        Result r = run(full, "page", f.toString());
        assertThat(r.code()).isEqualTo(Main.FATAL);
        assertThat(r.err()).contains("cannot write the output");
    }

    @Test
    void aFileFarLargerThanAPageIsAUsageErrorNotAnOutOfMemoryError() throws Exception {
        Path f = tmp.resolve("huge.wiki");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(3L << 30);   // sparse: 3 GB that take no disk space
        }
        Result r = run(new ByteArrayOutputStream(), "page", f.toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("use `wikirefine dump`");
    }
}
