package org.wikirefine.internal.dump;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.wikirefine.Variant;
import org.wikirefine.cli.DumpCommand;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine;

/** Runs {@code dump} in-process with a fake processor and collects what it wrote. */
final class Cli {

    record Run(int exit, String stdout, String stderr) {
    }

    static Run run(Function<List<String>, PageProcessor> proc, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DumpCommand cmd = new DumpCommand((vs, f, o, r, si, s) -> proc.apply(vs.stream().map(Variant::code).toList()))
                .streams(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        CommandLine cl = new CommandLine(cmd);
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        List<String> a = new ArrayList<>(List.of(args));
        if (!a.contains("--quiet")) {
            a.add("--quiet");
        }
        int code = cl.execute(a.toArray(String[]::new));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run fake(String... args) {
        return run(FakeProcessor::new, args);
    }

    static JsonNode manifest(Path dir) throws Exception {
        return Json.MAPPER.readTree(dir.resolve("manifest.json").toFile());
    }

    /** All JSONL records of all parts (uncompressed), in part order. */
    static List<JsonNode> records(Path dir) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : manifest(dir).path("parts")) {
            byte[] b = Files.readAllBytes(dir.resolve(p.path("name").asText()));
            if (p.path("name").asText().endsWith(".gz")) {
                b = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(b)).readAllBytes();
            }
            for (String line : new String(b, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    out.add(Json.MAPPER.readTree(line));
                }
            }
        }
        return out;
    }

    static List<JsonNode> errors(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                out.add(Json.MAPPER.readTree(line));
            }
        }
        return out;
    }

    private Cli() {
    }
}
