package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wikirefine.DumpException;
import org.wikirefine.DumpReader;
import org.wikirefine.Page;

class ReaderEdgeTest {

    @TempDir
    Path tmp;

    /** E1: non-BMP text at every alignment survives decoding, XML and both read paths unchanged. */
    @Test
    void nonBmpTextRoundTripsExactly() throws Exception {
        String[] cps = {"𠮷", "😀", "𠀀", "a", "中", "é"};
        List<TestDumps.P> pages = new ArrayList<>();
        int total = 0;
        for (int i = 0; total < 2_800_000; i++) {
            StringBuilder sb = new StringBuilder("x".repeat(i % 4));   // shift alignment page by page
            for (int k = 0; k < 20_000; k++) {
                sb.append(cps[(k * 7 + i) % cps.length]);
            }
            total += sb.toString().getBytes(StandardCharsets.UTF_8).length;
            pages.add(TestDumps.P.of(i + 1, "P" + i + " 😀", sb.toString()));
        }
        var ms = TestDumps.multistream(tmp, "nb", pages, 3);
        for (boolean seq : new boolean[] {false, true}) {
            try (DumpReader r = seq ? DumpReader.open(Files.newInputStream(ms.dump())) : DumpReader.open(ms.dump())) {
                List<Page> got = new ArrayList<>();
                r.forEach(got::add);
                assertThat(got).hasSize(pages.size());
                for (int i = 0; i < got.size(); i++) {
                    assertThat(got.get(i).text()).isEqualTo(pages.get(i).text());
                    assertThat(got.get(i).title()).isEqualTo(pages.get(i).title());
                }
                assertThat(r.problems()).isEmpty();
            }
        }
    }

    /** S1: an external entity pointing at a local HTTP server is never fetched. */
    @Test
    void xxeOverHttpNeverConnects() throws Exception {
        AtomicInteger accepts = new AtomicInteger();
        try (ServerSocket ss = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            ss.setSoTimeout(200);
            Thread t = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    try {
                        ss.accept().close();
                        accepts.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // keep listening
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            t.start();
            String url = "http://127.0.0.1:" + ss.getLocalPort() + "/x";
            for (String dtd : new String[] {"<!DOCTYPE m [<!ENTITY x SYSTEM \"" + url + "\">]>",
                    "<!DOCTYPE m [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>", "<!DOCTYPE m SYSTEM \"" + url + "\">"}) {
                String xml = "<?xml version=\"1.0\"?>" + dtd + TestDumps.HEAD + "<page><title>&x;</title></page>"
                        + TestDumps.FOOT;
                long t0 = System.nanoTime();
                assertThatThrownBy(() -> DumpReader.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                        .isInstanceOf(DumpException.class).hasMessageContaining("DTD_NOT_ALLOWED");
                assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1000);
            }
            t.join();
        }
        assertThat(accepts.get()).isZero();
    }

    /** A multistream file whose first stream holds siteinfo and the first pages together. */
    @Test
    void siteinfoSharingTheFirstStream() throws Exception {
        List<TestDumps.P> pages = TestDumps.pages(30);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        StringBuilder idx = new StringBuilder();
        for (int s = 0; s < 3; s++) {
            long off = file.size();
            StringBuilder sb = new StringBuilder(s == 0 ? TestDumps.HEAD : "");
            for (TestDumps.P p : pages.subList(s * 10, s * 10 + 10)) {
                sb.append(TestDumps.pageXml(p));
                idx.append(off).append(':').append(p.id()).append(':').append(p.title()).append('\n');
            }
            if (s == 2) {
                sb.append(TestDumps.FOOT);
            }
            file.write(TestDumps.bz2(sb.toString()));
        }
        Path dump = tmp.resolve("one.xml.bz2");
        Files.write(dump, file.toByteArray());
        Files.write(tmp.resolve("one-index.txt.bz2"), TestDumps.bz2(idx.toString()));
        try (DumpReader r = DumpReader.open(dump)) {
            assertThat(r.siteInfo().dbname()).isEqualTo("zhwiki");
            List<Page> got = new ArrayList<>();
            r.forEach(got::add);
            assertThat(got).extracting(Page::id).containsExactlyElementsOf(pages.stream().map(TestDumps.P::id).toList());
        }
    }

    /** Junk after the last bz2 stream is a warning; every block before it is decoded. */
    @Test
    void bz2BlocksReadConcatenatedStreamsAndWarnAboutTrailingJunk() throws Exception {
        byte[] a = "A".repeat(5000).getBytes(StandardCharsets.US_ASCII);
        byte[] b = "B".repeat(100).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        f.write(TestDumps.bz2(a));
        f.write(TestDumps.bz2(b));
        f.write("garbage".getBytes(StandardCharsets.US_ASCII));
        List<String> warnings = new ArrayList<>();
        assertThat(new String(decodeAll(f.toByteArray(), warnings, new ArrayList<>()), StandardCharsets.US_ASCII))
                .isEqualTo("A".repeat(5000) + "B".repeat(100));
        assertThat(warnings).singleElement().asString().contains("not bzip2");
    }

    /**
     * One bad bit in the middle block of a three-block stream: the other two blocks decode, the damage covers
     * only the middle block's compressed bytes (as bzip2recover would recover them).
     */
    @Test
    void bz2BlocksSkipOnlyTheDamagedBlock() throws Exception {
        java.util.Random rnd = new java.util.Random(7);
        byte[] plain = new byte[250_000];   // level 1: 100k blocks, so three blocks
        for (int i = 0; i < plain.length; i++) {
            plain[i] = (byte) ('a' + rnd.nextInt(26));
        }
        byte[] comp = TestDumps.bz2(plain);
        byte[] bad = comp.clone();
        bad[comp.length / 2] ^= 0x04;
        List<PieceSource.Damage> damage = new ArrayList<>();
        byte[] got = decodeAll(bad, new ArrayList<>(), damage);
        assertThat(damage).singleElement().satisfies(d -> {
            assertThat(d.from()).isLessThan(comp.length / 2);
            assertThat(d.to()).isGreaterThan(comp.length / 2);
            assertThat(d.rest()).isFalse();
        });
        // a block holds a little under 100k bytes: the first block, then the third, exactly as they were
        int head = 0;
        while (head < got.length && got[head] == plain[head]) {
            head++;
        }
        assertThat(head).isBetween(99_000, 100_000);
        int lost = plain.length - got.length;
        assertThat(lost).isBetween(99_000, 100_000);
        assertThat(java.util.Arrays.copyOfRange(got, head, got.length))
                .isEqualTo(java.util.Arrays.copyOfRange(plain, head + lost, plain.length));
        assertThat(decodeAll(comp, new ArrayList<>(), damage.subList(0, 0))).isEqualTo(plain);
    }

    private static byte[] decodeAll(byte[] bz2, List<String> warnings, List<PieceSource.Damage> damage) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (Bz2Blocks in = new Bz2Blocks(new ByteArrayInputStream(bz2), 0, warnings::add)) {
            PieceSource.Piece p;
            while ((p = in.next()) != null) {
                if (p.damage() != null) {
                    damage.add(p.damage());
                } else {
                    got.writeBytes(p.data());
                }
            }
        }
        return got.toByteArray();
    }

    /** A4: two dumps concatenated (plain and as two bz2 files) read as one; junk after the last stream warns. */
    @Test
    void concatenatedDumpsReadAsOne() throws Exception {
        String a = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + TestDumps.xml(TestDumps.pages(3));
        String b = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + TestDumps.xml(List.of(TestDumps.P.of(10, "Ten", "t"), TestDumps.P.of(11, "Eleven", "e")));
        ByteArrayOutputStream bz = new ByteArrayOutputStream();
        bz.write(TestDumps.bz2(a));
        bz.write(TestDumps.bz2(b));
        for (byte[] input : new byte[][] {(a + b).getBytes(StandardCharsets.UTF_8), bz.toByteArray()}) {
            try (DumpReader r = DumpReader.open(new ByteArrayInputStream(input))) {
                List<Page> got = new ArrayList<>();
                r.forEach(got::add);
                assertThat(got).extracting(Page::id).containsExactly(1L, 2L, 3L, 10L, 11L);
            }
        }
        Path f = tmp.resolve("junk.xml.bz2");
        ByteArrayOutputStream junk = new ByteArrayOutputStream();
        junk.write(TestDumps.bz2(a));
        junk.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        Files.write(f, junk.toByteArray());
        Path out = tmp.resolve("junk-out");
        Cli.Run run = Cli.fake(f.toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(Cli.records(out)).hasSize(3);
        assertThat(Cli.manifest(out).path("warnings").toString()).contains("not bzip2");
    }
}
