package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A gzip dump damaged in the middle. Deflate has no sync points, so nothing after the damage can be decoded; what
 * the run must do is keep every page the decompressor delivered intact before it (a reader that decodes ahead must
 * not drop them), record the damaged rest as an error naming the last good page, and exit 3 (the input could not
 * be read to its end, as for a truncated file), with the accounting balanced.
 */
class GzipDamageTest {

    @TempDir
    Path tmp;

    @Test
    void everyPageDecodedBeforeTheDamageIsKept() throws Exception {
        List<TestDumps.P> pages = new ArrayList<>();
        Random rnd = new Random(14);
        for (int i = 1; i <= 300; i++) {
            // varied text, so that the compressed bytes spread evenly over the pages
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 600; k++) {
                text.append((char) (0x4E00 + rnd.nextInt(2000)));
            }
            pages.add(TestDumps.P.of(i, "Page " + i, text.toString()));
        }
        byte[] xml = TestDumps.xml(pages).getBytes(StandardCharsets.UTF_8);
        byte[] gz = gzip(xml);
        Path intact = tmp.resolve("intact.xml.gz");
        Files.write(intact, gz);
        gz[gz.length / 2] ^= 0x5A;
        Path damaged = tmp.resolve("damaged.xml.gz");
        Files.write(damaged, gz);
        int before = pagesDecodedIntactBefore(gz, xml);
        assertThat(before).as("the damage lies inside the page data").isBetween(50, 250);

        Cli.Run ok = Cli.fake(intact.toString(), "--out", tmp.resolve("intact").toString());
        assertThat(ok.exit()).isZero();
        List<JsonNode> reference = Cli.records(tmp.resolve("intact"));

        Path out = tmp.resolve("damaged");
        Cli.Run r = Cli.fake(damaged.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.stderr()).isEqualTo(3);
        JsonNode m = Cli.manifest(out);
        assertThat(m.path("input_complete").asBoolean()).isFalse();
        JsonNode c = m.path("counts");
        assertThat(c.path("balanced").asBoolean()).isTrue();
        assertThat(c.path("read").asLong()).isEqualTo(c.path("written").asLong() + c.path("errored_total").asLong());
        List<JsonNode> written = Cli.records(out);
        assertThat(written.size()).isGreaterThanOrEqualTo(before);
        assertThat(written.subList(0, before)).isEqualTo(reference.subList(0, before));
        List<JsonNode> errors = Cli.errors(out.resolve("errors.jsonl"));
        assertThat(errors).isNotEmpty();
        assertThat(errors.get(errors.size() - 1).path("detail").asText())
                .contains("cannot be decoded past byte").contains("last good page before it: id");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
            g.write(data);
        }
        return bo.toByteArray();
    }

    /** Pages whose whole XML the JDK's inflater hands out unchanged before it fails on the damaged bytes. */
    private static int pagesDecodedIntactBefore(byte[] gz, byte[] xml) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 512)) {
            byte[] b = new byte[512];
            int n;
            while ((n = in.read(b)) > 0) {
                got.write(b, 0, n);
            }
        } catch (IOException expected) {
            // the damage
        }
        byte[] d = got.toByteArray();
        int same = 0;
        while (same < d.length && same < xml.length && d[same] == xml[same]) {
            same++;
        }
        String prefix = new String(xml, 0, same, StandardCharsets.UTF_8);
        int pagesEnded = 0;
        for (int k = prefix.indexOf("</page>"); k >= 0; k = prefix.indexOf("</page>", k + 1)) {
            pagesEnded++;
        }
        return pagesEnded;
    }
}
