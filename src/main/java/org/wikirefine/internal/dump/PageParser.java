package org.wikirefine.internal.dump;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.wikirefine.DumpException;
import org.wikirefine.SiteInfo;

/**
 * Pulls {@code <siteinfo>} and {@code <page>} elements out of an export-0.10 / 0.11 document (or of a
 * {@code <mediawiki>}-wrapped run of pages from one multistream stream). Elements are matched by local name so
 * the schema's default namespace (which differs between versions) does not matter. Any DOCTYPE is refused.
 */
final class PageParser {

    private final XMLStreamReader r;
    private SiteInfo siteInfo;
    private boolean atPageStart;
    private boolean ended;

    PageParser(XMLStreamReader r) {
        this.r = r;
    }

    /** The siteinfo seen so far, or {@code null} if none (yet). */
    SiteInfo siteInfo() {
        return siteInfo;
    }

    /**
     * Reads until the first {@code <page>} start, the end of the document, or (when {@code stopAfterSiteinfo})
     * the end of {@code <siteinfo>}, parsing the siteinfo on the way.
     */
    void readHeader(boolean stopAfterSiteinfo) throws XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.DTD) {
                throw dtd();
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if ("siteinfo".equals(name)) {
                    siteInfo = parseSiteInfo();
                    if (stopAfterSiteinfo) {
                        return;
                    }
                } else if ("page".equals(name)) {
                    atPageStart = true;
                    return;
                }
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                ended = true;
                return;
            }
        }
        ended = true;
    }

    /** The next page, or {@code null} at the end of the document. */
    RawPage next() throws XMLStreamException {
        if (atPageStart) {
            atPageStart = false;
            return parsePage();
        }
        if (ended) {
            return null;
        }
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.DTD) {
                throw dtd();
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if ("page".equals(name)) {
                    return parsePage();
                } else if ("siteinfo".equals(name)) {
                    siteInfo = parseSiteInfo();
                } else if (!"mediawiki".equals(name)) {
                    skipElement();   // e.g. <logitem> in logging dumps: not pages
                }
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                // in multi-document mode another dump may follow (concatenated inputs)
                if (!r.hasNext()) {
                    break;
                }
            }
        }
        ended = true;
        return null;
    }

    private static DumpException dtd() {
        return new DumpException("DTD_NOT_ALLOWED",
                "the input has a DOCTYPE; MediaWiki dumps never do, so it is refused unread (XXE / entity expansion)");
    }

    private SiteInfo parseSiteInfo() throws XMLStreamException {
        String sitename = "", dbname = "", base = "", generator = "", caseMode = "";
        Map<Integer, String> ns = new LinkedHashMap<>();
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "sitename" -> sitename = r.getElementText().trim();
                    case "dbname" -> dbname = r.getElementText().trim();
                    case "base" -> base = r.getElementText().trim();
                    case "generator" -> generator = r.getElementText().trim();
                    case "case" -> caseMode = r.getElementText().trim();
                    case "namespaces" -> { /* descend */ }
                    case "namespace" -> {
                        String key = r.getAttributeValue(null, "key");
                        String name = r.getElementText();
                        try {
                            ns.put(Integer.parseInt(key.trim()), name);
                        } catch (RuntimeException e) {
                            // a malformed key cannot be used to resolve titles; ignoring it loses nothing else
                        }
                    }
                    default -> skipElement();
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && "siteinfo".equals(r.getLocalName())) {
                return new SiteInfo(sitename, dbname, base, generator, caseMode, ns);
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("document ended inside <siteinfo>");
            }
        }
    }

    private RawPage parsePage() throws XMLStreamException {
        long id = -1, revId = -1;
        int ns = 0;
        boolean nsPresent = false;
        String title = null, redirect = null, timestamp = null, sha1 = null, text = null;
        boolean deleted = false;
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "title" -> title = r.getElementText();
                    case "ns" -> {
                        ns = parseInt(r.getElementText(), "ns");
                        nsPresent = true;
                    }
                    case "id" -> id = parseLong(r.getElementText(), "page id");
                    case "redirect" -> {
                        redirect = r.getAttributeValue(null, "title");
                        skipElement();
                    }
                    case "revision" -> {
                        // pages-meta-history has several revisions: the last one (the newest) wins
                        revId = -1;
                        timestamp = null;
                        sha1 = null;
                        text = null;
                        deleted = false;
                        while (true) {
                            int e2 = r.next();
                            if (e2 == XMLStreamConstants.START_ELEMENT) {
                                switch (r.getLocalName()) {
                                    case "id" -> revId = parseLong(r.getElementText(), "revision id");
                                    case "timestamp" -> timestamp = r.getElementText().trim();
                                    case "sha1" -> sha1 = r.getElementText().trim();
                                    case "text" -> {
                                        deleted = r.getAttributeValue(null, "deleted") != null;
                                        text = r.getElementText();
                                    }
                                    default -> skipElement();
                                }
                            } else if (e2 == XMLStreamConstants.END_ELEMENT) {
                                break;   // </revision>
                            } else if (e2 == XMLStreamConstants.END_DOCUMENT) {
                                throw new XMLStreamException("document ended inside <revision>");
                            }
                        }
                    }
                    default -> skipElement();
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return new RawPage(id, ns, nsPresent, title, redirect, revId, timestamp, sha1, text, deleted);
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("document ended inside <page>");
            }
        }
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("document ended inside an element");
            }
        }
    }

    private static int parseInt(String s, String what) throws XMLStreamException {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new XMLStreamException("bad " + what + ": " + s);
        }
    }

    private static long parseLong(String s, String what) throws XMLStreamException {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw new XMLStreamException("bad " + what + ": " + s);
        }
    }
}
