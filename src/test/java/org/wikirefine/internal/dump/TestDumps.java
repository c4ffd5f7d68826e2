package org.wikirefine.internal.dump;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/** Builds small dumps in-test: plain XML, and bz2 multistream files with their index, like Wikimedia's. */
public final class TestDumps {

    private TestDumps() {
    }

    public record P(long id, int ns, String title, String text, String redirect, String sha1Override) {
        public static P of(long id, String title, String text) {
            return new P(id, 0, title, text, null, null);
        }
    }

    public static final String HEAD = "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\""
            + " xml:lang=\"zh\">\n  <siteinfo>\n    <sitename>Wikipedia</sitename>\n    <dbname>zhwiki</dbname>\n"
            + "    <base>https://zh.wikipedia.org/wiki/</base>\n    <generator>test</generator>\n"
            + "    <case>first-letter</case>\n    <namespaces>\n      <namespace key=\"0\" case=\"first-letter\" />\n"
            + "      <namespace key=\"8\" case=\"first-letter\">MediaWiki</namespace>\n"
            + "      <namespace key=\"10\" case=\"first-letter\">Template</namespace>\n"
            + "      <namespace key=\"828\" case=\"first-letter\">模块</namespace>\n    </namespaces>\n  </siteinfo>\n";
    public static final String FOOT = "</mediawiki>\n";

    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static String pageXml(P p) {
        String sha = p.sha1Override() != null ? p.sha1Override() : Sha1Base36.of(p.text());
        return "  <page>\n    <title>" + esc(p.title()) + "</title>\n    <ns>" + p.ns() + "</ns>\n    <id>" + p.id()
                + "</id>\n" + (p.redirect() != null ? "    <redirect title=\"" + esc(p.redirect()) + "\" />\n" : "")
                + "    <revision>\n      <id>" + (p.id() * 10) + "</id>\n      <timestamp>2024-01-01T00:00:00Z</timestamp>\n"
                + "      <contributor><username>X</username><id>1</id></contributor>\n"
                + "      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
                + "      <text bytes=\"" + p.text().getBytes(StandardCharsets.UTF_8).length
                + "\" xml:space=\"preserve\">" + esc(p.text()) + "</text>\n      <sha1>" + sha
                + "</sha1>\n    </revision>\n  </page>\n";
    }

    public static String xml(List<P> pages) {
        StringBuilder sb = new StringBuilder(HEAD);
        for (P p : pages) {
            sb.append(pageXml(p));
        }
        return sb.append(FOOT).toString();
    }

    /** n ordinary article pages with ids 1..n, each a few hundred bytes with some CJK and non-BMP text. */
    public static List<P> pages(int n) {
        List<P> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(P.of(i, "Page " + i, "'''Page " + i + "''' 是一个测试页面 𠮷 😀 [[Link " + (i % 7) + "]] & <ref>r" + i
                    + "</ref>\n== H ==\n" + "text ".repeat(i % 13 + 5)));
        }
        return out;
    }

    /** Written multistream file: where each page stream starts. */
    public record Multistream(Path dump, Path index, long[] streamOffsets, int pagesPerStream, byte[] bytes) {
    }

    public static byte[] bz2(String s) throws IOException {
        return bz2(s.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] bz2(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (OutputStream o = new BZip2CompressorOutputStream(bo, 1)) {
            o.write(b);
        }
        return bo.toByteArray();
    }

    static byte[] replace(String s, String marker, byte[] raw) {
        int at = s.indexOf(marker);
        if (at < 0) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        bo.writeBytes(s.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bo.writeBytes(raw);
        bo.writeBytes(s.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return bo.toByteArray();
    }

    /** Header stream, one stream per {@code perStream} pages, footer stream; index {@code dump-index.txt.bz2}. */
    public static Multistream multistream(Path dir, String name, List<P> pages, int perStream) throws IOException {
        return multistream(dir, name, pages, perStream, null, null);
    }

    /** As above; in the XML bytes, {@code marker} (ASCII) is replaced by {@code raw} (e.g. invalid UTF-8). */
    public static Multistream multistream(Path dir, String name, List<P> pages, int perStream, String marker,
                                          byte[] raw) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        StringBuilder idx = new StringBuilder();
        file.write(bz2(HEAD));
        List<Long> offs = new ArrayList<>();
        for (int i = 0; i < pages.size(); i += perStream) {
            long off = file.size();
            offs.add(off);
            StringBuilder sb = new StringBuilder();
            for (P p : pages.subList(i, Math.min(pages.size(), i + perStream))) {
                sb.append(pageXml(p));
                idx.append(off).append(':').append(p.id()).append(':').append(p.title()).append('\n');
            }
            file.write(marker == null ? bz2(sb.toString()) : bz2(replace(sb.toString(), marker, raw)));
        }
        file.write(bz2(FOOT));
        Path dump = dir.resolve(name + ".xml.bz2");
        Path index = dir.resolve(name + "-index.txt.bz2");
        Files.write(dump, file.toByteArray());
        Files.write(index, bz2(idx.toString()));
        return new Multistream(dump, index, offs.stream().mapToLong(Long::longValue).toArray(), perStream,
                file.toByteArray());
    }
}
