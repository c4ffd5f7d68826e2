package org.wikirefine.internal.dump;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wikirefine.DumpException;

/**
 * A multistream index ({@code offset:pageId:title} per line, titles may contain ':'), grouped into streams.
 * It gives the expected page set before any decoding, and the offsets where decoding can start afresh.
 */
public final class MultistreamIndex {

    /** One bz2 stream: where it starts, and the pages it should hold, in order. */
    public record Stream(long offset, long[] ids, String[] titles) {
    }

    private final List<Stream> streams;

    private MultistreamIndex(List<Stream> streams) {
        this.streams = List.copyOf(streams);
    }

    public List<Stream> streams() {
        return streams;
    }

    /** The index file that dump tools publish beside a multistream dump, if it exists. */
    public static Path besideInput(Path input) {
        String name = input.getFileName().toString();
        String stem = name.replaceFirst("(\\.xml)?\\.bz2$", "");
        if (stem.equals(name)) {
            return null;
        }
        Path dir = input.toAbsolutePath().getParent();
        for (String cand : new String[] {stem + "-index.txt.bz2", stem + "-index.txt"}) {
            Path p = dir.resolve(cand);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    public static MultistreamIndex read(Path file) throws IOException {
        return read(Files.newInputStream(file), file.toString());
    }

    /**
     * Reads an index from a stream (plain or compressed, recognised by magic bytes); the stream is closed.
     *
     * @param name the file name used in error messages
     */
    public static MultistreamIndex read(InputStream source, String name) throws IOException {
        try (InputStream raw = new BufferedInputStream(source, 1 << 16);
             InputStream in = Compression.decompress((BufferedInputStream) raw);
             BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            List<Stream> out = new ArrayList<>();
            long curOff = Long.MIN_VALUE;
            List<Long> ids = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = br.readLine()) != null) {
                n++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split(":", 3);
                if (f.length < 3) {
                    throw bad(name, n, line);
                }
                long off;
                long id;
                try {
                    off = Long.parseLong(f[0]);
                    id = Long.parseLong(f[1]);
                } catch (NumberFormatException e) {
                    throw bad(name, n, line);
                }
                if (off != curOff) {
                    // offsets that go backwards are kept: the reader checks every offset against the dump
                    // itself and reads on sequentially where the index is wrong
                    if (curOff != Long.MIN_VALUE) {
                        out.add(new Stream(curOff, ids.stream().mapToLong(Long::longValue).toArray(),
                                titles.toArray(String[]::new)));
                    }
                    curOff = off;
                    ids.clear();
                    titles.clear();
                }
                ids.add(id);
                titles.add(f[2]);
            }
            if (curOff != Long.MIN_VALUE) {
                out.add(new Stream(curOff, ids.stream().mapToLong(Long::longValue).toArray(),
                        titles.toArray(String[]::new)));
            }
            return new MultistreamIndex(out);
        }
    }

    private static DumpException bad(String name, int n, String line) {
        return new DumpException("BAD_INDEX", name + " line " + n + " is not offset:id:title: "
                + (line.length() > 80 ? line.substring(0, 80) : line));
    }
}
