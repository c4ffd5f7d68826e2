package org.wikirefine.internal.dump;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.wikirefine.DumpException;
import org.wikirefine.SiteInfo;

/**
 * One StAX pass over a (possibly compressed) stream. XML and decompression errors cannot be resumed from in a
 * stream (reliability.md 0.4), so the first one ends the source with a {@link DumpItem.Fatal}; pages delivered
 * before it stand.
 */
final class SequentialSource implements DumpSource {

    private final CountingInputStream raw;
    private final CountingInputStream xml;
    private final long inputSize;
    private final boolean verifySha1;
    private final XMLStreamReader reader;
    private final PageParser parser;
    /** A read error met while looking for the first page: reported as the first item, not at open. */
    private DumpItem.Fatal headerFailure;
    private final List<String> warnings = new ArrayList<>();
    private long unit;
    private boolean done;
    private long lastId = -1;
    private String lastTitle;

    SequentialSource(InputStream rawIn, long inputSize, boolean verifySha1) {
        this.raw = new CountingInputStream(rawIn);
        this.inputSize = inputSize;
        this.verifySha1 = verifySha1;
        try {
            BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
            this.xml = new CountingInputStream(new BufferedInputStream(Compression.decompress(b, warnings::add), 1 << 16));
            this.reader = Xml.multiDocumentReader(xml);
            this.parser = new PageParser(reader);
        } catch (DumpException e) {
            closeQuietly(rawIn);
            throw e;
        } catch (IOException | XMLStreamException e) {
            closeQuietly(rawIn);
            throw new DumpException(Xml.reasonOf(e), "cannot read the dump header: " + Xml.detailOf(e), e);
        }
        try {
            parser.readHeader(false);
        } catch (DumpException e) {
            // a DOCTYPE: refuse the whole input before anything is read from it
            close();
            throw e;
        } catch (XMLStreamException | RuntimeException e) {
            // the parser reads ahead, so a bad byte in the first pages can surface here; report it in-band so
            // the run still ends with accounting and a manifest
            headerFailure = new DumpItem.Fatal(new ErrorRecord(null, null, Xml.stageOf(e), Xml.reasonOf(e),
                    Xml.detailOf(e) + " (before the first page); the input could not be read"));
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already failing; the original error is what matters
        }
    }

    @Override
    public SiteInfo siteInfo() {
        SiteInfo si = parser.siteInfo();
        return si == null ? SiteInfo.empty() : si;
    }

    @Override
    public Unit next() {
        if (done) {
            return null;
        }
        if (headerFailure != null) {
            done = true;
            return new Unit(unit++, List.of(headerFailure));
        }
        DumpItem item;
        try {
            RawPage p = parser.next();
            if (p == null) {
                done = true;
                return null;
            }
            lastId = p.id();
            lastTitle = p.title();
            item = PageChecks.check(p, parser.siteInfo(), verifySha1);
        } catch (DumpException e) {
            done = true;
            item = new DumpItem.Fatal(new ErrorRecord(null, null, "xml", e.reason(), Xml.detailOf(e)));
        } catch (XMLStreamException | RuntimeException e) {
            done = true;
            String where = lastId >= 0 || lastTitle != null
                    ? " (after page id " + lastId + ", \"" + lastTitle + "\")" : " (before the first page)";
            item = new DumpItem.Fatal(new ErrorRecord(null, null, Xml.stageOf(e), Xml.reasonOf(e),
                    Xml.detailOf(e) + where + "; pages after this point could not be read"));
        }
        return new Unit(unit++, List.of(item));
    }

    @Override
    public void skip(long units, LongConsumer ids) {
        for (long i = 0; i < units; i++) {
            Unit u = next();
            if (u == null) {
                return;
            }
            for (DumpItem it : u.items()) {
                if (it instanceof DumpItem.Ok ok) {
                    ids.accept(ok.page().id());
                } else if (it instanceof DumpItem.Failed f && f.error().id() != null) {
                    ids.accept(f.error().id());
                }
            }
        }
    }

    @Override
    public long totalUnits() {
        return -1;
    }

    @Override
    public long inputBytesConsumed() {
        return raw.count();
    }

    @Override
    public long inputSize() {
        return inputSize;
    }

    @Override
    public long xmlBytes() {
        return xml.count();
    }

    @Override
    public boolean indexed() {
        return false;
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // closing a reader over a failed stream may fail again; nothing to recover
        }
        closeQuietly(raw);
    }
}
