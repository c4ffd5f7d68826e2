package org.wikirefine;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.wikirefine.internal.dump.DumpItem;
import org.wikirefine.internal.dump.DumpSource;
import org.wikirefine.internal.dump.DumpSources;
import org.wikirefine.internal.dump.ErrorRecord;

/**
 * Reads the pages of a MediaWiki XML dump (export schema 0.10 / 0.11): {@code .xml}, {@code .xml.bz2} (single or
 * multistream), {@code .xml.gz}, or a stream. When a multistream index ({@code …-index.txt.bz2}) lies beside a
 * {@code .bz2} file, streams are decoded in parallel and a damaged stream costs only its own pages.
 *
 * <p>Pages come in dump order. A page whose text fails its {@code <sha1>} check, whose XML is malformed, or that
 * sits in a damaged stream or bz2 block, is not delivered but listed in {@link #problems()} (as is a skipped
 * damaged span, with id -1); reading goes on after it. A multistream index is checked against the dump as it is
 * used, and where it is wrong the dump is read on sequentially. When the input cannot be read any further (a
 * truncated file, gzip damage, a DOCTYPE), iteration throws {@link DumpException} after the pages read so far.
 * The XML parser is hardened: no DTDs, no external entities, any DOCTYPE refused ({@code DTD_NOT_ALLOWED}).
 *
 * <pre>{@code
 * try (DumpReader dump = DumpReader.open(Path.of("zhwiki-latest-pages-articles-multistream.xml.bz2"))) {
 *     dump.pages().filter(Page::isArticle).map(refiner::parse)...;
 * }
 * }</pre>
 *
 * <p>Not thread-safe; {@link #pages()} may be consumed once.
 */
public final class DumpReader implements Closeable, Iterable<Page> {

    /**
     * A page that could not be delivered.
     *
     * @param id     page id, or -1 when unknown
     * @param title  title, or {@code null} when unknown
     * @param stage  {@code decompress}, {@code xml} or {@code read}
     * @param reason stable code, e.g. {@code SHA1_MISMATCH}, {@code CRC_ERROR}
     * @param detail explanation
     */
    public record Problem(long id, String title, String stage, String reason, String detail) {
    }

    private final DumpSource source;
    private final List<Problem> problems = new ArrayList<>();
    private boolean consumed;

    private DumpReader(DumpSource source) {
        this.source = source;
    }

    /**
     * Opens a dump file, using a multistream index found beside it when there is one.
     *
     * @param file the dump file (.xml, .xml.bz2, .xml.gz)
     * @return a reader positioned before the first page
     * @throws IOException if the file cannot be opened
     */
    public static DumpReader open(Path file) throws IOException {
        return new DumpReader(DumpSources.open(file, null, true,
                Math.max(1, Runtime.getRuntime().availableProcessors()), true));
    }

    /**
     * Opens a dump file with an explicit multistream index file.
     *
     * @param file the dump file (.xml.bz2 multistream)
     * @param index its {@code -index.txt.bz2} file
     * @return a reader positioned before the first page
     * @throws IOException if a file cannot be opened
     */
    public static DumpReader open(Path file, Path index) throws IOException {
        return new DumpReader(DumpSources.open(file, index, true,
                Math.max(1, Runtime.getRuntime().availableProcessors()), true));
    }

    /**
     * Reads a dump from a stream (plain, bz2, gz; detected from its first bytes). Closed with this reader.
     *
     * @param in the dump bytes
     * @return a reader positioned before the first page
     */
    public static DumpReader open(InputStream in) {
        return new DumpReader(DumpSources.open(in, Math.max(1, Runtime.getRuntime().availableProcessors()), true));
    }

    /** {@return the dump's {@code <siteinfo>} ({@link SiteInfo#empty()} when it has none)} */
    public SiteInfo siteInfo() {
        return source.siteInfo();
    }

    /** {@return pages that were skipped so far, in dump order} */
    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** {@return the pages as a sequential stream, in dump order. Close the reader (not only the stream) when done} */
    public Stream<Page> pages() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The pages as an iterator, in dump order; may be obtained once. */
    @Override
    public Iterator<Page> iterator() {
        if (consumed) {
            throw new IllegalStateException("the pages of a DumpReader can be read once");
        }
        consumed = true;
        return new Iterator<>() {
            private final ArrayDeque<Page> ready = new ArrayDeque<>();
            private boolean end;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && !end) {
                    DumpSource.Unit u;
                    try {
                        u = source.next();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted"));
                    }
                    if (u == null) {
                        end = true;
                        break;
                    }
                    for (DumpItem it : u.items()) {
                        if (it instanceof DumpItem.Ok ok) {
                            ready.add(ok.page());
                        } else if (it instanceof DumpItem.Failed f) {
                            problems.add(problem(f.error()));
                        } else if (it instanceof DumpItem.Lost l) {
                            problems.add(problem(l.error()));
                        } else if (it instanceof DumpItem.Fatal f) {
                            end = true;
                            if (ready.isEmpty()) {
                                throw new DumpException(f.error().reason(), f.error().detail());
                            }
                            pendingFatal = f.error();
                        }
                    }
                }
                if (ready.isEmpty() && pendingFatal != null) {
                    ErrorRecord e = pendingFatal;
                    pendingFatal = null;
                    throw new DumpException(e.reason(), e.detail());
                }
                return !ready.isEmpty();
            }

            private ErrorRecord pendingFatal;

            @Override
            public Page next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    private static Problem problem(ErrorRecord e) {
        return new Problem(e.id() == null ? -1 : e.id(), e.title(), e.stage(), e.reason(), e.detail());
    }

    @Override
    public void close() {
        source.close();
    }
}
