package org.wikirefine.internal.dump;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

import org.wikirefine.DumpException;
import org.wikirefine.SiteInfo;

/**
 * Cuts decoded dump XML into {@code <page>…</page>} spans at the byte level and turns each into a
 * {@link DumpItem} ({@link PageChunks}), so that any fault, in the XML or in the decoding, costs only what it
 * touches: a malformed page is one error record and the next {@code <page>} starts afresh; a damaged piece of
 * input cuts the page it falls in (an error record naming it) and becomes a {@link DumpItem.Lost} record naming
 * what is known (input byte range, last good page), after which reading resumes at the next {@code <page>}.
 * In dump XML a literal {@code <page} can only be markup: {@code <} in text is always escaped.
 *
 * <p>Memory holds one page (at most {@link #MAX_PAGE_BYTES}; a larger one becomes a {@code PAGE_TOO_LARGE}
 * record) plus one input piece.
 */
final class PageSplitter {

    /** MediaWiki caps a revision at 2 MiB by default; this leaves room for history pages and odd imports. */
    static final int MAX_PAGE_BYTES = 256 << 20;
    /** Text between pages (whitespace, a second document's siteinfo) is small; junk is looked at this far. */
    private static final int MAX_BETWEEN_BYTES = 1 << 20;

    private enum State { HEADER, BETWEEN, PAGE, SKIP, SKIP_PAGE }

    private final PieceSource src;
    private final boolean wholeDocument;
    private final boolean verifySha1;
    private final List<String> warnings;
    private SiteInfo siteInfo;
    private State state;
    private byte[] pend = new byte[1 << 16];
    private int len;
    private int scanFrom;
    /** Decoded bytes before {@code pend[0]}. */
    private long pendAt;
    private final ArrayDeque<DumpItem> out = new ArrayDeque<>();
    private boolean eof;
    private boolean footer;
    private boolean junkReported;
    private Long lastGoodId;
    private String lastGoodTitle;

    /**
     * @param known the siteinfo when the input starts between pages (an indexed stream, a read resumed at a
     *              stream offset), or {@code null} when it starts with the document's header
     */
    PageSplitter(PieceSource src, SiteInfo known, boolean verifySha1, List<String> warnings) {
        this(src, known, verifySha1, warnings, true);
    }

    /** The pages of one decoded multistream stream: a slice of the document, so no footer is expected. */
    static PageSplitter forStream(byte[] data, SiteInfo known, boolean verifySha1, List<String> warnings) {
        PieceSource one = new PieceSource() {
            private boolean given;

            @Override
            public Piece next() {
                if (given) {
                    return null;
                }
                given = true;
                return new Piece(data, null);
            }

            @Override
            public long inputBytes() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
        return new PageSplitter(one, known, verifySha1, warnings, false);
    }

    /** {@code wholeDocument}: whether the input should end with the {@code </mediawiki>} footer. */
    PageSplitter(PieceSource src, SiteInfo known, boolean verifySha1, List<String> warnings,
                 boolean wholeDocument) {
        this.wholeDocument = wholeDocument;
        this.src = src;
        this.verifySha1 = verifySha1;
        this.warnings = warnings;
        this.siteInfo = known;
        this.state = known == null ? State.HEADER : State.BETWEEN;
    }

    /**
     * Reads up to the first page, parsing the siteinfo.
     *
     * @throws DumpException {@code NOT_A_DUMP} when the root element is not {@code <mediawiki>},
     *                       {@code DTD_NOT_ALLOWED} when the input has a DOCTYPE
     */
    void readHeader() {
        while (state == State.HEADER && !eof) {
            step();
        }
    }

    SiteInfo siteInfo() {
        return siteInfo == null ? SiteInfo.empty() : siteInfo;
    }

    /** Whether the input ended with {@code </mediawiki>} (a complete document). */
    boolean sawFooter() {
        return footer;
    }

    /** Decoded XML bytes seen so far. */
    long xmlBytes() {
        return pendAt + len;
    }

    /** The next item, or {@code null} at the end of the input. */
    DumpItem next() {
        while (out.isEmpty() && !eof) {
            step();
        }
        return out.poll();
    }

    private void step() {
        if (scan()) {
            return;
        }
        PieceSource.Piece p = src.next();
        if (p == null) {
            atEnd();
        } else if (p.damage() != null) {
            damaged(p.damage());
        } else {
            append(p.data());
        }
    }

    /** Classifies what {@code pend} holds as far as possible; false when more input is needed. */
    private boolean scan() {
        switch (state) {
            case PAGE:
                return scanPage();
            case SKIP_PAGE: {
                int e = PageChunks.indexOf(pend, scanFrom, len, "</page>");
                if (e >= 0) {
                    consume(e + 7);
                    state = State.BETWEEN;
                    return true;
                }
                keepTail();
                return false;
            }
            default:
                return scanOutside();
        }
    }

    private boolean scanOutside() {
        int at = pageStart(scanFrom);
        if (at == -2) {
            return false;
        }
        if (at >= 0) {
            region(at);
            consume(at);
            state = State.PAGE;
            return true;
        }
        if (len > MAX_BETWEEN_BYTES) {
            region(len - 8);
            consume(len - 8);
            if (state == State.HEADER) {
                state = State.BETWEEN;
            }
            return true;
        }
        scanFrom = Math.max(0, len - 8);
        return false;
    }

    private boolean scanPage() {
        int from = Math.max(scanFrom, 5);
        int close = PageChunks.indexOf(pend, from, len, "</page>");
        int limit = close >= 0 ? close : len;
        int next = pageStart(from, limit);
        int end = PageChunks.indexOf(pend, from, limit, "</mediawiki>");
        if (next >= 0 && (end < 0 || next < end)) {
            cut(next, "XML_ERROR", "the page has no </page> before the next <page>");
            return true;
        }
        if (end >= 0) {
            cut(end, "XML_ERROR", "the page has no </page> before </mediawiki>");
            state = State.BETWEEN;
            return true;
        }
        if (close >= 0) {
            emit(PageChunks.item(pend, 0, close + 7, pendAt, siteInfo(), verifySha1));
            consume(close + 7);
            state = State.BETWEEN;
            return true;
        }
        if (len > MAX_PAGE_BYTES) {
            emit(PageChunks.failed(pend, 0, Math.min(len, 4096), "read", "PAGE_TOO_LARGE", "the page at XML byte "
                    + pendAt + " is larger than " + MAX_PAGE_BYTES + " bytes; skipped"));
            state = State.SKIP_PAGE;
            keepTail();
            return true;
        }
        scanFrom = Math.max(5, len - 12);
        return false;
    }

    /** A page whose end is missing: an error record; reading goes on at {@code at}. */
    private void cut(int at, String reason, String detail) {
        emit(PageChunks.failed(pend, 0, at, "xml", reason, detail + " (page at XML bytes " + pendAt + "-"
                + (pendAt + at) + ")"));
        consume(at);
    }

    /**
     * Index of a {@code <page>} start tag in {@code pend[from, to)}, -1 if none, -2 if {@code pend} ends in what
     * may be the start of one.
     */
    private int pageStart(int from) {
        return pageStart(from, len);
    }

    private int pageStart(int from, int to) {
        int i = from;
        while (true) {
            int at = PageChunks.indexOf(pend, i, to, "<page");
            if (at < 0) {
                return -1;
            }
            if (at + 5 >= len) {
                return to == len ? -2 : -1;
            }
            byte c = pend[at + 5];
            if (c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/') {
                return at;
            }
            i = at + 1;
        }
    }

    private void damaged(PieceSource.Damage d) {
        String cutNote = "";
        if (state == State.PAGE && len > 0) {
            DumpItem.Failed f = PageChunks.failed(pend, 0, len, "decompress", d.reason(),
                    "the page runs into damaged input: " + d.detail());
            emit(f);
            cutNote = f.error().id() != null ? "; page id seen in it: " + f.error().id() : "";
        } else if (state == State.HEADER && len > 0) {
            header(len);
        } else if (state == State.BETWEEN) {
            region(len);
        }
        String detail = d.detail() + "; pages wholly inside it are unknown; last good page before it: "
                + (lastGoodId == null ? "none" : "id " + lastGoodId + " (\"" + lastGoodTitle + "\")") + cutNote
                + " (decoded XML byte " + (pendAt + len) + ")";
        ErrorRecord e = new ErrorRecord(null, null, "decompress", d.reason(), detail);
        len = 0;
        scanFrom = 0;
        if (d.rest()) {
            out.add(new DumpItem.Fatal(e));
            eof = true;
            return;
        }
        out.add(new DumpItem.Lost(e));
        state = State.SKIP;
    }

    private void atEnd() {
        switch (state) {
            case PAGE -> emit(PageChunks.failed(pend, 0, len, "xml", "TRUNCATED",
                    "the input ends inside this page (page at XML byte " + pendAt + ")"));
            case HEADER -> header(len);
            case BETWEEN -> region(len);
            default -> {
            }
        }
        if (!footer && wholeDocument) {
            out.add(new DumpItem.Fatal(new ErrorRecord(null, null, "xml", "TRUNCATED", "the input ends at decoded"
                    + " XML byte " + (pendAt + len) + " without </mediawiki>: it is truncated, and pages after the"
                    + " last one read are unknown")));
        }
        len = 0;
        eof = true;
    }

    private void emit(DumpItem it) {
        if (it instanceof DumpItem.Ok ok) {
            lastGoodId = ok.page().id();
            lastGoodTitle = ok.page().title();
        }
        out.add(it);
    }

    /** Text outside pages, {@code pend[0, end)}: the header, or what lies between two pages. */
    private void region(int end) {
        if (state == State.HEADER) {
            header(end);
        } else if (state == State.BETWEEN) {
            between(end);
        } else if (PageChunks.indexOf(pend, 0, end, "</mediawiki>") >= 0) {
            footer = true;
        }
    }

    private void header(int end) {
        int s = 0;
        if (end >= 3 && (pend[0] & 0xff) == 0xEF && (pend[1] & 0xff) == 0xBB && (pend[2] & 0xff) == 0xBF) {
            s = 3;
        }
        refuseDoctype(s, end);
        String root = rootElement(s, end);
        if (!"mediawiki".equals(root)) {
            throw new DumpException("NOT_A_DUMP", root == null
                    ? "the input holds no XML element; it is not a MediaWiki XML export"
                    : "the input is not a MediaWiki XML export: its root element is <" + root + ">, not <mediawiki>");
        }
        int si = PageChunks.indexOf(pend, s, end, "<siteinfo");
        if (si >= 0) {
            siteInfo = siteInfoAt(si, end);
        }
        state = State.BETWEEN;
        between(end, si >= 0 ? PageChunks.indexOf(pend, si, end, "</siteinfo>") : -1);
        state = State.HEADER;
    }

    private void between(int end) {
        refuseDoctype(0, end);
        int si = PageChunks.indexOf(pend, 0, end, "<siteinfo");
        if (si >= 0) {
            siteInfo = siteInfoAt(si, end);   // a second document (concatenated dumps)
        }
        between(end, si >= 0 ? PageChunks.indexOf(pend, si, end, "</siteinfo>") : -1);
    }

    /** Notes the footer and reports data that is neither markup between pages nor whitespace. */
    private void between(int end, int siteinfoClose) {
        int f = lastIndexOf(pend, end, "</mediawiki>");
        if (f >= 0) {
            footer = true;
            int s = skipSpace(f + 12, end);
            if (s < end && !startsWith(s, end, "<?xml") && !startsWith(s, end, "<mediawiki") && !junkReported) {
                junkReported = true;
                warnings.add("data after </mediawiki> at XML byte " + (pendAt + s) + " ignored: \""
                        + preview(s, end) + "\"");
            }
            return;
        }
        int s = skipSpace(siteinfoClose >= 0 ? siteinfoClose + 11 : 0, end);
        if (s < end && PageChunks.indexOf(pend, s, end, "</page>") >= 0) {
            // page markup whose <page> tag is damaged: a page that cannot be delivered, not a gap in silence
            emit(PageChunks.failed(pend, s, end - s, "xml", "XML_ERROR", "page markup without a <page> start tag"
                    + " at XML byte " + (pendAt + s)));
        } else if (s < end && state == State.BETWEEN && pend[s] != '<' && !junkReported) {
            junkReported = true;
            warnings.add("unexpected data between pages at XML byte " + (pendAt + s) + ": \"" + preview(s, end)
                    + "\"");
        }
    }

    private SiteInfo siteInfoAt(int si, int end) {
        int close = PageChunks.indexOf(pend, si, end, "</siteinfo>");
        if (close < 0) {
            warnings.add("the <siteinfo> at XML byte " + (pendAt + si) + " is not closed; siteinfo unknown");
            return siteInfo;
        }
        byte[] doc = new byte[11 + close + 11 - si + 12];
        System.arraycopy("<mediawiki>".getBytes(StandardCharsets.US_ASCII), 0, doc, 0, 11);
        System.arraycopy(pend, si, doc, 11, close + 11 - si);
        System.arraycopy("</mediawiki>".getBytes(StandardCharsets.US_ASCII), 0, doc, doc.length - 12, 12);
        return IndexedSource.parseHeader(doc, warnings);
    }

    private void refuseDoctype(int s, int end) {
        if (PageChunks.indexOf(pend, s, end, "<!DOCTYPE") >= 0) {
            throw new DumpException("DTD_NOT_ALLOWED",
                    "the input has a DOCTYPE; MediaWiki dumps never do, so it is refused unread (XXE / entity expansion)");
        }
    }

    /** The name of the first element in {@code pend[s, end)}, skipping declarations and comments. */
    private String rootElement(int s, int end) {
        int i = s;
        while (true) {
            i = skipSpace(i, end);
            if (i >= end || pend[i] != '<') {
                return null;
            }
            if (startsWith(i, end, "<?")) {
                i = PageChunks.indexOf(pend, i, end, "?>");
            } else if (startsWith(i, end, "<!--")) {
                i = PageChunks.indexOf(pend, i, end, "-->");
            } else {
                int k = i + 1;
                while (k < end && pend[k] != '>' && pend[k] != '/' && pend[k] > ' ') {
                    k++;
                }
                String name = new String(pend, i + 1, k - i - 1, StandardCharsets.UTF_8);
                int colon = name.indexOf(':');
                return colon >= 0 ? name.substring(colon + 1) : name;
            }
            if (i < 0) {
                return null;
            }
            i += 2;
        }
    }

    private int skipSpace(int i, int end) {
        while (i < end && (pend[i] == ' ' || pend[i] == '\n' || pend[i] == '\r' || pend[i] == '\t')) {
            i++;
        }
        return i;
    }

    private boolean startsWith(int i, int end, String s) {
        return i + s.length() <= end && PageChunks.indexOf(pend, i, i + s.length(), s) == i;
    }

    private String preview(int s, int end) {
        String p = new String(pend, s, Math.min(40, end - s), StandardCharsets.UTF_8);
        return p.replace('\n', ' ').replace('\r', ' ');
    }

    private static int lastIndexOf(byte[] b, int end, String needle) {
        for (int i = end - needle.length(); i >= 0; i--) {
            if (PageChunks.indexOf(b, i, i + needle.length(), needle) == i) {
                return i;
            }
        }
        return -1;
    }

    private void append(byte[] d) {
        if (len + d.length > pend.length) {
            pend = Arrays.copyOf(pend, Math.max(pend.length * 2, len + d.length));
        }
        System.arraycopy(d, 0, pend, len, d.length);
        len += d.length;
    }

    private void consume(int n) {
        System.arraycopy(pend, n, pend, 0, len - n);
        len -= n;
        pendAt += n;
        scanFrom = 0;
        if (pend.length > (4 << 20) && len < (1 << 20)) {
            pend = Arrays.copyOf(pend, Math.max(1 << 16, len * 2));   // a big page passed: give the memory back
        }
    }

    private void keepTail() {
        if (len > 16) {
            consume(len - 16);
        }
        scanFrom = 0;
    }
}
