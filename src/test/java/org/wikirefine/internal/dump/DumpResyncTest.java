package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Without an index, one XML fault in page 5 of 10 costs page 5 alone, in plain XML, gzip and single-stream
 * bz2: the pages before it (which a decoder reading ahead used to drop) and after it all come out, page 5 is an
 * error record named by its title, accounting balances and the exit code is 1.
 */
class DumpResyncTest {

    @TempDir
    static Path tmp;

    /** A fault: what replaces the marker in page 5's text, or (for ids) what replaces its {@code <id>}. */
    record Fault(String name, byte[] inText, String id, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Object[]> cases() {
        List<Fault> faults = List.of(
                new Fault("unclosed tag", bytes("<b>bold"), null, "XML_ERROR"),
                new Fault("bad entity", bytes("&bogus;"), null, "XML_ERROR"),
                new Fault("stray <", bytes("a < b"), null, "XML_ERROR"),
                new Fault("control char", new byte[] {'x', 0x01, 'y'}, null, "XML_ERROR"),
                new Fault("invalid UTF-8", new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, null,
                        "INVALID_ENCODING"),
                new Fault("non-numeric id", null, "5a", "BAD_ID"),
                new Fault("23-digit id", null, "12345678901234567890123", "BAD_ID"));
        List<Object[]> out = new ArrayList<>();
        for (String container : List.of("xml", "gz", "bz2")) {
            for (Fault f : faults) {
                out.add(new Object[] {container, f});
            }
        }
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] dumpWith(Fault f) {
        List<TestDumps.P> pages = TestDumps.pages(10);
        pages.set(4, TestDumps.P.of(5, "Page 5", "before @@BAD@@ after"));
        String xml = TestDumps.xml(pages);
        if (f.id() != null) {
            xml = xml.replace("<id>5</id>", "<id>" + f.id() + "</id>");
            return bytes(xml);
        }
        return TestDumps.replace(xml, "@@BAD@@", f.inText());
    }

    static byte[] pack(byte[] xml, String container) throws Exception {
        if (container.equals("bz2")) {
            return TestDumps.bz2(xml);
        }
        if (container.equals("gz")) {
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
                g.write(xml);
            }
            return bo.toByteArray();
        }
        return xml;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void oneXmlFaultCostsOnlyItsPage(String container, Fault f) throws Exception {
        Path in = tmp.resolve(f.name().replaceAll("\\W", "_") + "." + container);
        Files.write(in, pack(dumpWith(f), container));
        Path out = tmp.resolve(in.getFileName() + "-out");
        Cli.Run r = Cli.fake(in.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.stderr()).isEqualTo(1);
        JsonNode c = Cli.manifest(out).path("counts");
        assertThat(c.path("read").asLong()).isEqualTo(10);
        assertThat(c.path("balanced").asBoolean()).isTrue();
        assertThat(Cli.records(out)).extracting(n -> n.path("id").asLong())
                .containsExactly(1L, 2L, 3L, 4L, 6L, 7L, 8L, 9L, 10L);
        assertThat(Cli.errors(out.resolve("errors.jsonl"))).singleElement().satisfies(e -> {
            assertThat(e.path("title").asText()).isEqualTo("Page 5");
            assertThat(e.path("reason").asText()).isEqualTo(f.reason());
            if (f.id() == null) {
                assertThat(e.path("id").asLong()).isEqualTo(5);
            }
        });
    }
}
