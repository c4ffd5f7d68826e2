package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wikirefine.DumpException;
import org.wikirefine.DumpReader;
import org.wikirefine.Page;

class DumpReaderTest {

    @TempDir
    Path tmp;

    private static List<Page> all(DumpReader r) {
        List<Page> out = new ArrayList<>();
        r.pages().forEach(out::add);
        return out;
    }

    private static DumpReader open(String xml) {
        return DumpReader.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sha1VectorsMatchMediaWiki() {
        assertThat(Sha1Base36.of("")).isEqualTo("phoiac9h4m842xq45sp7s6u21eteeq1");
        // computed with make_dump.py's independent Python implementation
        assertThat(Sha1Base36.of("阿勒颇 𠮷")).isEqualTo("b8dif9qv3b4aybbho74t8zp4krumerv");
    }

    @Test
    void readsSiteinfoAndPageFields() {
        var p = new TestDumps.P(7, 10, "Template:Foo", "#REDIRECT [[Template:Bar]]", "Template:Bar", null);
        try (DumpReader r = open(TestDumps.xml(List.of(TestDumps.P.of(5, "甲 & 乙", "x < y 𠮷"), p)))) {
            assertThat(r.siteInfo().dbname()).isEqualTo("zhwiki");
            assertThat(r.siteInfo().namespaces()).containsEntry(828, "模块").containsEntry(0, "");
            List<Page> pages = all(r);
            assertThat(pages).hasSize(2);
            Page a = pages.get(0);
            assertThat(a.id()).isEqualTo(5);
            assertThat(a.title()).isEqualTo("甲 & 乙");
            assertThat(a.text()).isEqualTo("x < y 𠮷");
            assertThat(a.revisionId()).isEqualTo(50);
            assertThat(a.timestamp()).isEqualTo("2024-01-01T00:00:00Z");
            assertThat(a.sha1()).isEqualTo(Sha1Base36.of("x < y 𠮷"));
            assertThat(a.redirect()).isNull();
            assertThat(pages.get(1).ns()).isEqualTo(10);
            assertThat(pages.get(1).redirect()).isEqualTo("Template:Bar");
            assertThat(r.problems()).isEmpty();
        }
    }

    @Test
    void schema010WithoutSiteinfoIsRead() {
        String xml = "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\" version=\"0.10\">\n"
                + TestDumps.pageXml(TestDumps.P.of(1, "A", "a")) + "</mediawiki>";
        try (DumpReader r = open(xml)) {
            assertThat(all(r)).extracting(Page::title).containsExactly("A");
            assertThat(r.siteInfo().dbname()).isEmpty();
        }
    }

    @Test
    void sha1MismatchIsReportedAndThePageWithheld() {
        var bad = new TestDumps.P(2, 0, "Tampered", "text", null, "phoiac9h4m842xq45sp7s6u21eteeq1");
        try (DumpReader r = open(TestDumps.xml(List.of(TestDumps.P.of(1, "Good", "g"), bad,
                TestDumps.P.of(3, "Empty", ""))))) {
            assertThat(all(r)).extracting(Page::id).containsExactly(1L, 3L);
            assertThat(r.problems()).singleElement().satisfies(pr -> {
                assertThat(pr.id()).isEqualTo(2);
                assertThat(pr.reason()).isEqualTo("SHA1_MISMATCH");
            });
        }
    }

    @Test
    void doctypeIsRejectedUnread() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE mediawiki [<!ELEMENT mediawiki ANY>]>"
                + TestDumps.xml(TestDumps.pages(2)).substring(0);
        assertThatThrownBy(() -> open(xml)).isInstanceOf(DumpException.class)
                .satisfies(e -> assertThat(((DumpException) e).reason()).isEqualTo("DTD_NOT_ALLOWED"));
    }

    @Test
    void xxeIsRejectedFastAndTheSecretNeverRead() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-4711");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n" + TestDumps.HEAD + "<page><title>&xxe;</title><ns>0</ns><id>1</id><revision><id>1</id>"
                + "<text>&xxe;</text></revision></page>" + TestDumps.FOOT;
        Path dump = tmp.resolve("xxe.xml");
        Files.writeString(dump, xml);
        long t0 = System.nanoTime();
        Cli.Run run = Cli.fake(dump.toString(), "--out", tmp.resolve("out").toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.stderr()).contains("DTD_NOT_ALLOWED").doesNotContain("TOP-SECRET");
        assertThat(ms).isLessThan(1000);
        // nothing was produced at all
        assertThat(Files.exists(tmp.resolve("out"))).isFalse();
        assertThatThrownBy(() -> DumpReader.open(dump)).isInstanceOf(DumpException.class)
                .hasMessageContaining("DTD_NOT_ALLOWED").hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void billionLaughsIsRejectedFast() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = dtd + TestDumps.HEAD + "<page><title>&lol10;</title><ns>0</ns><id>1</id><revision><id>1</id>"
                + "<text>&lol10;</text></revision></page>" + TestDumps.FOOT;
        var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long a0 = mx.getThreadAllocatedBytes(tid);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> open(xml)).isInstanceOf(DumpException.class)
                .hasMessageContaining("DTD_NOT_ALLOWED");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1000);
        assertThat(mx.getThreadAllocatedBytes(tid) - a0).isLessThan(32L << 20);   // reliability.md S2
    }

    /** XML cannot resume after an error, but the next page starts afresh: only the bad page is lost. */
    @Test
    void loneSurrogateCharacterReferenceCostsOnlyItsPage() {
        String xml = TestDumps.HEAD + TestDumps.pageXml(TestDumps.P.of(1, "A", "a"))
                + "<page><title>B</title><ns>0</ns><id>2</id><revision><id>2</id><text>x&#xD800;y</text></revision>"
                + "</page>" + TestDumps.pageXml(TestDumps.P.of(3, "C", "c")) + TestDumps.FOOT;
        try (DumpReader r = open(xml)) {
            assertThat(all(r)).extracting(Page::id).containsExactly(1L, 3L);
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo(2L);
                assertThat(p.title()).isEqualTo("B");
                assertThat(p.stage()).isEqualTo("xml");
            });
        }
    }

    /** Invalid UTF-8 costs its page; the valid page just before it is not lost to the decoder's read-ahead. */
    @Test
    void invalidUtf8CostsOnlyItsPage() {
        byte[] a = (TestDumps.HEAD + TestDumps.pageXml(TestDumps.P.of(1, "A", "a"))
                + "<page><title>B</title><ns>0</ns><id>2</id><revision><id>2</id><text>x").getBytes(StandardCharsets.UTF_8);
        byte[] b = ("y</text></revision></page>" + TestDumps.pageXml(TestDumps.P.of(3, "C", "c")) + TestDumps.FOOT)
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        bo.writeBytes(a);
        bo.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        bo.writeBytes(b);
        try (DumpReader r = DumpReader.open(new ByteArrayInputStream(bo.toByteArray()))) {
            assertThat(all(r)).extracting(Page::id).containsExactly(1L, 3L);
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo(2L);
                assertThat(p.reason()).isEqualTo("INVALID_ENCODING");
            });
        }
    }

    @Test
    void truncatedMidPageDeliversEarlierPagesThenFails() {
        String xml = TestDumps.xml(TestDumps.pages(5));
        String cut = xml.substring(0, xml.indexOf("<title>Page 4</title>") + 40);
        try (DumpReader r = open(cut)) {
            List<Page> got = new ArrayList<>();
            assertThatThrownBy(() -> r.pages().forEach(got::add)).isInstanceOf(DumpException.class)
                    .satisfies(e -> assertThat(((DumpException) e).reason()).isEqualTo("TRUNCATED"));
            assertThat(got).extracting(Page::id).containsExactly(1L, 2L, 3L);
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.title()).isEqualTo("Page 4");
                assertThat(p.reason()).isEqualTo("TRUNCATED");
            });
        }
    }

    @Test
    void twentyMegabytePageIsReadAndVerified() throws Exception {
        StringBuilder sb = new StringBuilder(20 << 20);
        while (sb.length() < (20 << 20)) {
            sb.append("'''大''' [[链接]] 𠮷 & <ref>x</ref> lorem ipsum\n");
        }
        String big = sb.toString();
        Path f = tmp.resolve("big.xml.gz");
        try (var o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write(TestDumps.xml(List.of(TestDumps.P.of(1, "Big", big), TestDumps.P.of(2, "After", "a")))
                    .getBytes(StandardCharsets.UTF_8));
        }
        try (DumpReader r = DumpReader.open(f)) {
            List<Page> got = all(r);
            assertThat(got).hasSize(2);
            assertThat(got.get(0).text()).isEqualTo(big);
            assertThat(r.problems()).isEmpty();
        }
    }

    @Test
    void utf16DumpWithCrlfIsReadAndItsSha1sVerify() throws Exception {
        // real bgwiki sample: UTF-16 LE with CRLF (see fixtures/dumps/README.md)
        try (DumpReader r = DumpReader.open(Path.of("fixtures/dumps/gensim-bgwiki-latest-pages-articles-shortened.xml.bz2"))) {
            List<Page> got = all(r);
            assertThat(r.siteInfo().dbname()).isEqualTo("bgwiki");
            assertThat(got).hasSize(3);
            assertThat(got).allSatisfy(p -> assertThat(p.sha1()).isNotNull());
            assertThat(r.problems()).isEmpty();
            assertThat(got.get(0).text()).containsPattern("[а-я]{5}");
        }
    }

    @Test
    void xzIsRefusedWithAClearError() throws Exception {
        Path f = tmp.resolve("x.xml.xz");
        Files.write(f, new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0, 0, 0});
        assertThatThrownBy(() -> DumpReader.open(f)).isInstanceOf(DumpException.class)
                .hasMessageContaining("UNSUPPORTED_COMPRESSION").hasMessageContaining("xz -dc");
    }

    @Test
    void multistreamByIndexEqualsSequentialRead() throws Exception {
        var ms = TestDumps.multistream(tmp, "m", TestDumps.pages(250), 20);
        List<Page> byIndex;
        try (DumpReader r = DumpReader.open(ms.dump())) {
            byIndex = all(r);
            assertThat(r.siteInfo().dbname()).isEqualTo("zhwiki");
        }
        List<Page> seq;
        try (DumpReader r = DumpReader.open(Files.newInputStream(ms.dump()))) {
            seq = all(r);
        }
        assertThat(byIndex).hasSize(250).isEqualTo(seq);
    }
}
