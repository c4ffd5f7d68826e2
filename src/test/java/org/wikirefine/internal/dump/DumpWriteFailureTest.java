package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wikirefine.cli.DumpCommand;

import picocli.CommandLine;

/** A failed write (full disk, closed pipe) is an error with exit 3, and no page is claimed as written. */
class DumpWriteFailureTest {

    @TempDir
    Path tmp;

    @Test
    void aFailingStdoutEndsTheRunWithoutClaimingPagesWritten() throws Exception {
        Path in = tmp.resolve("d.xml");
        Files.writeString(in, TestDumps.xml(TestDumps.pages(30)));
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DumpCommand cmd = new DumpCommand((vs, f, o, r, si, s) -> new FakeProcessor(vs.stream().map(v -> v.code()).toList()))
                .streams(new PrintStream(full, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = new CommandLine(cmd).execute(in.toString(), "--out", "-", "--quiet", "--errors",
                tmp.resolve("errors.jsonl").toString());
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(stderr).isEqualTo(3);
        assertThat(stderr).contains("cannot write output").doesNotContain("written");
    }
}
