package org.wikirefine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wikirefine.internal.BuildInfo;

/**
 * {@code bin/wikirefine} (runs after {@code package}: it needs the CLI jar). Each case runs the script in a copy of
 * the checkout's layout ({@code bin/}, {@code src/main}, {@code target/*-cli.jar}) so that file times can be set
 * without touching the real checkout, and never lets it start Maven.
 */
class LauncherIT {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    /** Our links point outside the temp folder; removing them first keeps JUnit's cleanup quiet. */
    @AfterEach
    void removeLinks() throws IOException {
        try (Stream<Path> all = Files.walk(tmp)) {
            for (Path p : all.filter(Files::isSymbolicLink).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A checkout copy: the real script and CLI jar, and one source file. */
    private Path checkout(boolean withJar) throws IOException {
        Path co = tmp.resolve("checkout");
        Files.createDirectories(co.resolve("bin"));
        Files.copy(Path.of("bin/wikirefine"), co.resolve("bin/wikirefine"));
        co.resolve("bin/wikirefine").toFile().setExecutable(true);
        Path src = co.resolve("src/main/java/A.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "class A {}");
        Files.setLastModifiedTime(src, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        if (withJar) {
            Files.createDirectories(co.resolve("target"));
            Path jar = co.resolve("target").resolve(cliJar().getFileName());
            Files.copy(cliJar(), jar);
            Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis()));
        }
        return co;
    }

    private static Path cliJar() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("target"))) {
            List<Path> jars = s.filter(p -> p.getFileName().toString().matches("wikirefine-.*-cli\\.jar")).toList();
            assertThat(jars).as("the CLI jar in target/ (run through mvn verify)").hasSize(1);
            return jars.get(0);
        }
    }

    /** The programs the script uses, and java, but never mvn: a PATH of links to them. */
    private Path toolsWithoutMaven() throws IOException {
        Path tools = tmp.resolve("tools");
        if (Files.isDirectory(tools)) {
            return tools;
        }
        Files.createDirectories(tools);
        Files.createSymbolicLink(tools.resolve("java"), Path.of(ProcessHandle.current().info().command().orElseThrow()));
        for (String tool : List.of("bash", "env", "dirname", "basename", "readlink", "ls", "head", "find", "touch")) {
            for (String dir : List.of("/usr/bin", "/bin")) {
                Path p = Path.of(dir, tool);
                if (Files.isExecutable(p)) {
                    Files.createSymbolicLink(tools.resolve(tool), p);
                    break;
                }
            }
        }
        return tools;
    }

    /** Runs a command from {@code cwd} with a PATH that has java and the script's tools but no mvn. */
    private Run run(Path cwd, Map<String, String> env, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().put("PATH", toolsWithoutMaven().toString());
        pb.environment().remove("WIKIREFINE_NO_BUILD");
        pb.environment().putAll(env);
        pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void runsThroughASymlinkFromAnyFolder() throws Exception {
        Path co = checkout(true);
        Path linkDir = tmp.resolve("elsewhere/bin");
        Files.createDirectories(linkDir);
        Files.createSymbolicLink(linkDir.resolve("wr"), co.resolve("bin/wikirefine"));
        Path cwd = Files.createDirectories(tmp.resolve("work"));
        Run r = run(cwd, Map.of(), linkDir.resolve("wr").toString(), "--version");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("wikirefine " + BuildInfo.current().version() + " (commit ");
        assertThat(r.err()).as("no build when the jar is newer than the sources").isEmpty();
    }

    @Test
    void saysWhyBeforeBuildingAndCanBeToldNotTo() throws Exception {
        Path co = checkout(true);
        Files.setLastModifiedTime(co.resolve("src/main/java/A.java"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Path script = co.resolve("bin/wikirefine");

        Run noMaven = run(tmp, Map.of(), script.toString(), "--version");
        assertThat(noMaven.exit()).isEqualTo(3);
        assertThat(noMaven.err()).contains("sources changed since the jar was built (src/main/java/A.java)")
                .contains("Maven (mvn) is not on PATH").contains("WIKIREFINE_NO_BUILD=1");

        Run skipped = run(tmp, Map.of("WIKIREFINE_NO_BUILD", "1"), script.toString(), "--version");
        assertThat(skipped.exit()).as(skipped.err()).isZero();
        assertThat(skipped.err()).contains("warning: sources changed since the jar was built").contains("running the old jar");
        assertThat(skipped.out()).startsWith("wikirefine ");
    }

    @Test
    void withoutAJarAndWithoutBuildingItSaysHowToBuild() throws Exception {
        Path co = checkout(false);
        Run r = run(tmp, Map.of("WIKIREFINE_NO_BUILD", "1"), co.resolve("bin/wikirefine").toString(), "--version");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("no CLI jar in").contains("mvn -B -DskipTests package");
    }
}
