package org.wikirefine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example, compiled and run as a library user would: against the plain jar and the runtime
 * dependencies its pom declares, minus the optional (CLI-only) ones, in a host application that has its own SLF4J
 * binding. Runs in {@code mvn verify} after {@code package}; the dependency list and the host binding are written
 * by the dependency plugin in {@code pre-integration-test} (pom.xml), from the local repository, so it works
 * offline.
 */
class ReadmeExampleIT {

    private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)## Java\\n.*?```java\\n(.*?)```");
    /** {@code group:artifact:type:version:scope:path[ (optional)][ -- module …]}, as dependency:list writes it. */
    private static final Pattern LISTED = Pattern.compile("^\\s*[^:\\s]+:[^:]+:jar:[^:]+:(compile|runtime):(.+?\\.jar)(.*)$");

    @TempDir
    Path tmp;

    @Test
    void theReadmeExampleRunsAgainstThePlainJarAndTheHostsLogsStillPrint() throws Exception {
        Path it = Path.of(System.getProperty("wikirefine.it", "target/it"));
        List<String> classpath = new ArrayList<>();
        classpath.add(Path.of(System.getProperty("wikirefine.jar")).toAbsolutePath().toString());
        List<String> optional = new ArrayList<>();
        for (String line : Files.readAllLines(it.resolve("runtime-dependencies.txt"), StandardCharsets.UTF_8)) {
            Matcher m = LISTED.matcher(line);
            if (m.matches()) {
                (m.group(3).contains("(optional)") ? optional : classpath).add(m.group(2));
            }
        }
        assertThat(optional).as("CLI-only dependencies are optional").anyMatch(p -> p.contains("picocli"))
                .anyMatch(p -> p.contains("slf4j-nop"));
        assertThat(classpath).as("what a library user gets").noneMatch(p -> p.contains("picocli"))
                .noneMatch(p -> p.contains("slf4j-nop")).noneMatch(p -> p.contains("spark"))
                .anyMatch(p -> p.contains("jackson-databind")).anyMatch(p -> p.contains("slf4j-api"));
        try (var host = Files.list(it.resolve("host"))) {
            host.forEach(p -> classpath.add(p.toAbsolutePath().toString()));   // the host's binding: slf4j-simple
        }
        String cp = String.join(File.pathSeparator, classpath);

        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("ReadmeExample.java"), readmeExample(), StandardCharsets.UTF_8);
        Files.writeString(src.resolve("HostApp.java"), """
                public class HostApp {
                    public static void main(String[] args) throws Exception {
                        org.slf4j.LoggerFactory.getLogger("host").info("host log line before");
                        ReadmeExample.main(args);
                        org.slf4j.LoggerFactory.getLogger("host").info("host log line after");
                    }
                }
                """, StandardCharsets.UTF_8);
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-encoding", "UTF-8", "-cp", cp, "-d", classes.toString(),
                src.resolve("ReadmeExample.java").toString(), src.resolve("HostApp.java").toString());
        assertThat(compiled).as("the README's example compiles against the plain jar").isZero();

        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-cp", classes + File.pathSeparator + cp,
                "HostApp").redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finishes").isTrue();
        String out = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out + err).isZero();
        // zh-tw prose, the reference list, and nothing unknown to report
        assertThat(out).as(err).contains("敘利亞").contains("1. ");
        assertThat(err).contains("INFO host - host log line before").contains("INFO host - host log line after");
        // SLF4J 2 warns "SLF4J(W): Class path contains multiple SLF4J providers" when the library ships a binding
        assertThat(err).doesNotContain("SLF4J(W)").doesNotContain("multiple SLF4J providers");
    }

    /** The README's Java block, verbatim. */
    private static String readmeExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = JAVA_BLOCK.matcher(readme);
        assertThat(m.find()).as("README.md has a ```java block under ## Java").isTrue();
        return m.group(1);
    }
}
