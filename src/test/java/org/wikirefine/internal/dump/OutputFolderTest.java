package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dump never deletes an earlier run unless told to, and two runs never share an output folder. */
class OutputFolderTest {

    @TempDir
    Path tmp;

    private Path input(int pages) throws Exception {
        Path in = tmp.resolve("in-" + pages + ".xml");
        Files.writeString(in, TestDumps.xml(TestDumps.pages(pages)));
        return in;
    }

    private static TreeMap<String, byte[]> snapshot(Path dir) throws Exception {
        return ResumeTest.files(dir);
    }

    private static void assertUnchanged(TreeMap<String, byte[]> before, Path dir) throws Exception {
        TreeMap<String, byte[]> after = snapshot(dir);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aSecondDumpIntoAUsedFolderChangesNothing() throws Exception {
        Path out = tmp.resolve("out");
        assertThat(Cli.fake(input(40).toString(), "--out", out.toString()).exit()).isZero();
        TreeMap<String, byte[]> before = snapshot(out);
        assertThat(before).containsKey("manifest.json").doesNotContainKey(OutputFolder.LOCK);

        // the reported case: a --limit 5 rerun used to replace the complete run without a word
        Cli.Run again = Cli.fake(input(40).toString(), "--out", out.toString(), "--limit", "5");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.stderr()).contains("holds a finished run").contains("--resume").contains("--overwrite");
        assertUnchanged(before, out);
    }

    @Test
    void anInterruptedRunIsKeptForResume() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("checkpoint.json"), "{}");
        Files.writeString(out.resolve("part-00000.jsonl"), "{\"id\":1}\n");
        Files.writeString(out.resolve("notes.txt"), "mine");
        TreeMap<String, byte[]> before = snapshot(out);
        Cli.Run r = Cli.fake(input(3).toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("holds an interrupted run");
        assertUnchanged(before, out);
    }

    @Test
    void overwriteReplacesTheRunButNotTheUsersFiles() throws Exception {
        Path out = tmp.resolve("out");
        assertThat(Cli.fake(input(40).toString(), "--out", out.toString()).exit()).isZero();
        Files.writeString(out.resolve("notes.txt"), "mine");
        Cli.Run r = Cli.fake(input(40).toString(), "--out", out.toString(), "--limit", "5", "--overwrite");
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(Cli.manifest(out).path("counts").path("read").asLong()).isEqualTo(5);
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(out.resolve(OutputFolder.LOCK)).doesNotExist();
    }

    @Test
    void anEmptyOrUnrelatedFolderIsUsedAsIs() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("README"), "mine");
        assertThat(Cli.fake(input(3).toString(), "--out", out.toString()).exit()).isZero();
        assertThat(Files.readString(out.resolve("README"))).isEqualTo("mine");
    }

    @Test
    void anErrorsFileOutsideTheFolderIsNotReplacedSilently() throws Exception {
        Path errors = tmp.resolve("errors-of-last-week.jsonl");
        Files.writeString(errors, "{\"id\":9}\n");
        Cli.Run r = Cli.fake(input(3).toString(), "--out", tmp.resolve("fresh").toString(), "--errors", errors.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(Files.readString(errors)).isEqualTo("{\"id\":9}\n");
        assertThat(tmp.resolve("fresh")).doesNotExist();
    }

    @Test
    void resumeAndOverwriteExcludeEachOther() throws Exception {
        Cli.Run r = Cli.fake(input(3).toString(), "--out", tmp.resolve("o").toString(), "--resume", "--overwrite");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("exclude each other");
    }

    @Test
    void aRunningDumpLocksItsFolderAgainstEveryOtherRun() throws Exception {
        Path out = tmp.resolve("out");
        assertThat(Cli.fake(input(40).toString(), "--out", out.toString()).exit()).isZero();
        Process holder = hold(out);
        try {
            TreeMap<String, byte[]> before = snapshot(out);
            for (String flag : List.of("--overwrite", "--resume")) {
                long t0 = System.nanoTime();
                Cli.Run second = Cli.fake(input(40).toString(), "--out", out.toString(), flag);
                assertThat(second.exit()).as(flag).isEqualTo(2);
                assertThat(second.stderr()).contains("in use by another dump run (pid " + holder.pid());
                assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).as("fails at once").isLessThan(10);
                assertUnchanged(before, out);
            }
        } finally {
            holder.getOutputStream().close();   // EOF: the holder releases and removes its lock
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(out.resolve(OutputFolder.LOCK)).doesNotExist();
        assertThat(Cli.fake(input(40).toString(), "--out", out.toString(), "--overwrite").exit()).isZero();
    }

    @Test
    void theLockOfAKilledRunIsTakenOver() throws Exception {
        Path out = tmp.resolve("out");
        Process holder = hold(out);
        holder.destroyForcibly();   // SIGKILL: the lock file stays, the OS lock goes
        holder.waitFor(30, TimeUnit.SECONDS);
        assertThat(out.resolve(OutputFolder.LOCK)).exists();

        Cli.Run r = Cli.fake(input(3).toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stderr()).contains("no longer running (pid " + holder.pid());
        assertThat(out.resolve(OutputFolder.LOCK)).doesNotExist();
    }

    /** A child JVM that holds the folder's lock until its stdin closes. */
    private Process hold(Path out) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldOutputFolder.class.getName(), out.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(r.readLine()).isEqualTo("locked");
        return p;
    }
}
