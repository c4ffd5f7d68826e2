package org.wikirefine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/**
 * Runs in {@code mvn verify} (failsafe, after {@code package}): Spark is a {@code provided} dependency, so neither
 * the plain jar nor the shaded CLI jar may contain it or what it drags in (Scala, Hadoop, Parquet, log4j). A
 * missing jar fails too: this check must never pass by not looking.
 */
class CliJarIT {

    static final List<String> FORBIDDEN = List.of("org/apache/spark/", "scala/", "org/apache/hadoop/",
            "org/apache/parquet/", "org/apache/logging/log4j/", "org/apache/avro/");

    static Path jar(String suffix) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("target"))) {
            List<Path> jars = s.filter(p -> p.getFileName().toString().matches("wikirefine-.*" + suffix)).toList();
            assertThat(jars).as("built jar *" + suffix + " in target/ (run through mvn verify)").hasSize(1);
            return jars.get(0);
        }
    }

    static List<String> entries(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            return Collections.list(j.entries()).stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void theCliJarHasOurCodeAndDependenciesButNoSpark() throws IOException {
        List<String> names = entries(jar("-cli\\.jar"));
        assertThat(names).contains("org/wikirefine/cli/Main.class", "org/wikirefine/spark/WikiRefineSparkJob.class",
                "com/fasterxml/jackson/databind/ObjectMapper.class", "org/antlr/v4/runtime/Parser.class",
                "picocli/CommandLine.class");
        assertThat(names).filteredOn(n -> FORBIDDEN.stream().anyMatch(n::startsWith)).isEmpty();
    }

    @Test
    void thePlainJarHasOnlyOurClasses() throws IOException {
        List<String> names = entries(jar("-SNAPSHOT\\.jar|wikirefine-[0-9.]+\\.jar"));
        assertThat(names).contains("org/wikirefine/spark/WikiRefineSparkJob.class");
        assertThat(names).filteredOn(n -> n.endsWith(".class") && !n.startsWith("org/wikirefine/")).isEmpty();
    }
}
