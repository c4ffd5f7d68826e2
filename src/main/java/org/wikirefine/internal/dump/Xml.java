package org.wikirefine.internal.dump;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;

/**
 * The hardened StAX factory. Woodstox rather than the JDK parser: the JDK counts every {@code &lt;} against
 * {@code jdk.xml.totalEntitySizeLimit} and aborts real dumps (stack-facts.md 4); Woodstox is also faster.
 * DTDs and external entities are off, a resolver refuses everything, and {@link PageParser} rejects any
 * DOCTYPE outright (dumps never have one), so XXE and billion-laughs payloads die at the first event.
 */
public final class Xml {

    private static final XMLInputFactory FACTORY = create(false);
    private static final XMLInputFactory MULTI = create(true);

    private Xml() {
    }

    private static XMLInputFactory create(boolean multipleDocuments) {
        WstxInputFactory f = new WstxInputFactory();
        if (multipleDocuments) {
            // `cat a.xml b.xml` (or two concatenated .bz2 dumps) is several documents in one stream
            f.setProperty(WstxInputProperties.P_INPUT_PARSING_MODE, WstxInputProperties.PARSING_MODE_DOCUMENTS);
        }
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        // A page may legitimately be many MB of text; the schema caps nothing, MediaWiki caps at 2 MiB by default
        // but imports can be larger. Entity expansion is impossible without a DTD, so no other limit is needed.
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, Integer.MAX_VALUE);
        return f;
    }

    /** A reader over bytes; the encoding comes from the BOM / XML declaration (UTF-8 or UTF-16). */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        // createXMLStreamReader is thread-safe on a configured Woodstox factory
        return FACTORY.createXMLStreamReader(in);
    }

    /** A reader that accepts several concatenated documents (sequential reads of whole inputs). */
    public static XMLStreamReader multiDocumentReader(InputStream in) throws XMLStreamException {
        return MULTI.createXMLStreamReader(in);
    }

    /** Classifies a read failure: {@code decompress} when the byte source failed, {@code xml} otherwise. */
    static String stageOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CharConversionException) {
                return "xml";
            }
            if (c instanceof IOException && !(c.getClass().getName().startsWith("com.ctc.wstx"))) {
                return "decompress";
            }
        }
        return "xml";
    }

    /** A reason code for a read failure. */
    static String reasonOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof org.wikirefine.DumpException de) {
                return de.reason();
            }
            String m = String.valueOf(c.getMessage());
            if (m.startsWith("bad page id") || m.startsWith("bad revision id") || m.startsWith("bad ns")) {
                return "BAD_ID";
            }
            if (m.contains("CRC")) {
                return "CRC_ERROR";
            }
            if (c instanceof java.io.EOFException || m.contains("Unexpected end") || m.contains("Unexpected EOF")
                    || m.contains("truncated")) {
                return "TRUNCATED";
            }
            if (c instanceof CharConversionException || m.contains("Invalid UTF-8") || m.contains("Invalid byte")) {
                return "INVALID_ENCODING";
            }
        }
        return "decompress".equals(stageOf(t)) ? "DECOMPRESS_ERROR" : "XML_ERROR";
    }

    /** A one-line message for an error record, without stack traces. */
    static String detailOf(Throwable t) {
        String m = t.getMessage();
        if (m == null) {
            m = t.getClass().getSimpleName();
        }
        m = m.replace('\n', ' ').replace('\r', ' ').trim();
        return m.length() > 500 ? m.substring(0, 500) + "…" : m;
    }
}
