package org.wikirefine.internal.dump;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.wikirefine.SiteInfo;

/**
 * One {@code <page>…</page>} span of bytes, parsed on its own: XML cannot be resumed after a well-formedness
 * error, so each page gets a fresh parser and a fault costs only its own page. When the XML is broken, the
 * page's id and title are taken from the raw bytes where they can be, so the error record names the page.
 */
final class PageChunks {

    private static final byte[] OPEN = "<mediawiki>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CLOSE = "</mediawiki>".getBytes(StandardCharsets.UTF_8);
    private static final int MAX_ID_DIGITS = 18;   // below Long.MAX_VALUE

    private PageChunks() {
    }

    /**
     * The item for the page bytes {@code b[off, off+len)}, which start at decoded XML byte {@code at}.
     */
    static DumpItem item(byte[] b, int off, int len, long at, SiteInfo si, boolean verifySha1) {
        InputStream in = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(OPEN),
                new ByteArrayInputStream(b, off, len), new ByteArrayInputStream(CLOSE))));
        try {
            PageParser p = new PageParser(Xml.reader(in));
            RawPage rp = p.next();
            if (rp != null) {
                return PageChecks.check(rp, si, verifySha1);
            }
            return failed(b, off, len, "xml", "XML_ERROR", "no page could be read at XML byte " + at);
        } catch (XMLStreamException | RuntimeException e) {
            String reason = Xml.reasonOf(e);
            if ("DECOMPRESS_ERROR".equals(reason)) {
                reason = "XML_ERROR";
            }
            return failed(b, off, len, "xml", reason, Xml.detailOf(e) + " (page at XML bytes " + at + "-"
                    + (at + len) + ")");
        }
    }

    /** A page that cannot be delivered, named by what its raw bytes show. */
    static DumpItem.Failed failed(byte[] b, int off, int len, String stage, String reason, String detail) {
        Long id = id(b, off, len);
        String idNote = id == null && rawId(b, off, len) != null ? "; its <id> is not a valid page id: \""
                + rawId(b, off, len) + "\"" : "";
        return new DumpItem.Failed(new ErrorRecord(id, title(b, off, len), stage, reason, detail + idNote));
    }

    /** The page id (the first {@code <id>} of a page comes before its revisions), or {@code null}. */
    static Long id(byte[] b, int off, int len) {
        String s = rawId(b, off, len);
        if (s == null || s.isEmpty() || s.length() > MAX_ID_DIGITS || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(s);
    }

    private static String rawId(byte[] b, int off, int len) {
        String s = element(b, off, len, "id", 64);
        return s == null ? null : s.trim();
    }

    /** The page title, unescaped, or {@code null}. */
    static String title(byte[] b, int off, int len) {
        String t = element(b, off, len, "title", 1024);
        if (t == null) {
            return null;
        }
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String element(byte[] b, int off, int len, String name, int max) {
        int end = off + len;
        int s = indexOf(b, off, end, "<" + name + ">");
        if (s < 0) {
            return null;
        }
        s += name.length() + 2;
        int e = indexOf(b, s, Math.min(end, s + max), "</" + name + ">");
        return e < 0 ? null : new String(b, s, e - s, StandardCharsets.UTF_8);
    }

    /** First index of ASCII {@code needle} in {@code b[from, to)}, or -1. */
    static int indexOf(byte[] b, int from, int to, String needle) {
        int n = needle.length();
        byte first = (byte) needle.charAt(0);
        int last = Math.min(to, b.length) - n;
        // Every page's bytes are scanned for "</page>": a tight loop over the first byte does most of the work
        // (a page's text holds few '<', since the XML escapes them).
        outer:
        for (int i = Math.max(0, from); i <= last; i++) {
            if (b[i] != first) {
                continue;
            }
            for (int k = 1; k < n; k++) {
                if (b[i + k] != (byte) needle.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
