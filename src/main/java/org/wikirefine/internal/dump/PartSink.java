package org.wikirefine.internal.dump;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes records into size-split part files in an output folder, atomically (temp name, fsync, rename), with a
 * checkpoint after each committed part and a manifest at the end. Part names are deterministic and parts hold
 * no timestamps, so a resumed run reproduces an uninterrupted one byte for byte.
 */
public final class PartSink implements OutputSink {

    public static final String MANIFEST = "manifest.json";
    public static final String CHECKPOINT = "checkpoint.json";
    public static final String DEFAULT_ERRORS = "errors.jsonl";

    private final Path dir;
    private final String ext;
    private final long splitBytes;
    private final boolean gz;
    private final Path errorsFile;
    private final Path errorsTmp;
    /** Every part name any run writes (any format, compression, or an uncommitted temp). */
    private static final Pattern PART_FILE = Pattern.compile("part-\\d{5}\\.(jsonl|txt|md)(\\.gz)?(\\.tmp)?");

    private FileChannel partCh;
    private OutputStream partOut;
    private MessageDigest partDigest;
    private long partBytes;
    private long partRawBytes;
    private long partRecords;
    private FileChannel errCh;
    private OutputStream errOut;

    public PartSink(Path dir, RecordFormat format, long splitBytes, boolean gz, Path errorsFile) {
        this.dir = dir;
        this.ext = format.extension() + (gz ? ".gz" : "");
        this.splitBytes = splitBytes;
        this.gz = gz;
        this.errorsFile = errorsFile != null ? errorsFile : dir.resolve(DEFAULT_ERRORS);
        this.errorsTmp = this.errorsFile.resolveSibling(this.errorsFile.getFileName() + ".tmp");
    }

    /**
     * Whether a file name in an output folder belongs to a run: a part (or its temp), the checkpoint, the manifest
     * or the default errors file (or its temp).
     */
    public static boolean isRunFile(String name) {
        return isPartFile(name) || name.equals(MANIFEST) || name.equals(CHECKPOINT) || name.equals(DEFAULT_ERRORS)
                || name.equals(DEFAULT_ERRORS + ".tmp");
    }

    private static boolean isPartFile(String name) {
        return PART_FILE.matcher(name).matches();
    }

    public Path errorsFile() {
        return errorsFile;
    }

    public static RunState loadCheckpoint(Path dir) throws IOException {
        Path cp = dir.resolve(CHECKPOINT);
        if (!Files.isRegularFile(cp)) {
            return null;
        }
        return Json.MAPPER.readValue(cp.toFile(), RunState.class);
    }

    private String partName(int n) {
        return String.format("part-%05d.%s", n, ext);
    }

    @Override
    public void begin(RunState state, boolean resume) throws IOException {
        Files.createDirectories(dir);
        if (errorsFile.toAbsolutePath().getParent() != null) {
            Files.createDirectories(errorsFile.toAbsolutePath().getParent());
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (!isPartFile(n)) {
                    continue;
                }
                boolean keep = false;
                if (resume && !n.endsWith(".tmp")) {
                    for (RunState.Part part : state.parts) {
                        keep |= part.name.equals(n);
                    }
                }
                if (!keep) {
                    // stale temp files, parts of another format, or parts written after the last checkpoint
                    Files.delete(p);
                }
            }
        }
        nextPartNo = resume ? state.nextPart : 0;
        if (resume) {
            for (RunState.Part part : state.parts) {
                Path p = dir.resolve(part.name);
                if (!Files.isRegularFile(p) || Files.size(p) != part.bytes) {
                    throw new IOException("cannot resume: committed part " + p + " is missing or changed");
                }
            }
            if (!Files.isRegularFile(errorsTmp) || Files.size(errorsTmp) < state.errorsBytes) {
                throw new IOException("cannot resume: " + errorsTmp + " is missing or shorter than checkpointed");
            }
            errCh = FileChannel.open(errorsTmp, StandardOpenOption.WRITE);
            errCh.truncate(state.errorsBytes);   // drop error records written after the checkpoint
            errCh.position(state.errorsBytes);
        } else {
            Files.deleteIfExists(dir.resolve(MANIFEST));
            Files.deleteIfExists(dir.resolve(CHECKPOINT));
            Files.deleteIfExists(errorsFile);
            errCh = FileChannel.open(errorsTmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        }
        errOut = new BufferedOutputStream(Channels.newOutputStream(errCh), 1 << 16);
    }

    @Override
    public void record(byte[] line) throws IOException {
        if (partOut == null) {
            openPart();
        }
        partOut.write(line);
        partRawBytes += line.length;
        partRecords++;
    }

    private void openPart() throws IOException {
        partCh = FileChannel.open(tmpOf(partName(nextPartNo)), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        try {
            partDigest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        partBytes = 0;
        OutputStream file = new FilterOutputStream(new DigestOutputStream(Channels.newOutputStream(partCh),
                partDigest)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                partBytes += len;
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                partBytes++;
            }
        };
        OutputStream buffered = new BufferedOutputStream(file, 1 << 16);
        // Java's gzip header has a zero mtime, so compressed parts are deterministic too
        partOut = gz ? new GZIPOutputStream(buffered, 1 << 16) : buffered;
        partRawBytes = 0;
        partRecords = 0;
    }

    private int nextPartNo;

    private Path tmpOf(String name) {
        return dir.resolve(name + ".tmp");
    }

    private void commitPart(RunState state) throws IOException {
        if (partOut == null) {
            return;
        }
        if (partOut instanceof GZIPOutputStream g) {
            g.finish();
        }
        partOut.flush();
        partCh.force(true);
        partOut.close();
        String name = partName(nextPartNo);
        Atomic.move(tmpOf(name), dir.resolve(name));
        state.parts.add(new RunState.Part(name, partRecords, partBytes, HexFormat.of().formatHex(partDigest.digest())));
        nextPartNo++;
        state.nextPart = nextPartNo;
        partOut = null;
        partCh = null;
    }

    @Override
    public void error(byte[] line) throws IOException {
        errOut.write(line);
    }

    @Override
    public void unitDone(RunState state) throws IOException {
        if (partOut != null && partRawBytes >= splitBytes) {
            commitPart(state);
            checkpoint(state);
        }
    }

    /** Saves the state that belongs to the committed parts; the errors written so far belong to them too. */
    private void checkpoint(RunState state) throws IOException {
        errOut.flush();
        errCh.force(true);
        state.errorsBytes = errCh.position();
        Atomic.write(dir.resolve(CHECKPOINT), Json.pretty(state));
    }

    @Override
    public void finish(RunState state, ObjectNode manifest) throws IOException {
        commitPart(state);
        errOut.flush();
        errCh.force(true);
        state.errorsBytes = errCh.position();
        errOut.close();
        Atomic.move(errorsTmp, errorsFile);
        ArrayNode parts = manifest.putArray("parts");
        for (RunState.Part p : state.parts) {
            ObjectNode o = parts.addObject();
            o.put("name", p.name);
            o.put("records", p.records);
            o.put("bytes", p.bytes);
            o.put("sha256", p.sha256);
        }
        ObjectNode e = manifest.putObject("errors");
        e.put("name", dir.toAbsolutePath().normalize().equals(errorsFile.toAbsolutePath().normalize().getParent())
                ? errorsFile.getFileName().toString() : errorsFile.toString());
        e.put("records", state.errorsRecords);
        e.put("bytes", state.errorsBytes);
        e.put("sha256", sha256(errorsFile));
        // the manifest is the run's commit point: written last, then the checkpoint goes
        Atomic.write(dir.resolve(MANIFEST), Json.pretty(manifest));
        Files.deleteIfExists(dir.resolve(CHECKPOINT));
    }

    static String sha256(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] b = new byte[1 << 16];
            int n;
            while ((n = in.read(b)) > 0) {
                md.update(b, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stoppedOnPages(RunState state, List<Long> pageIds) throws IOException {
        RunState cp = loadCheckpoint(dir);
        if (cp == null) {
            // stopped before the first part: the resume starts from the beginning, minus these pages
            cp = new RunState();
            cp.fingerprint = state.fingerprint;
        }
        for (Long id : pageIds) {
            if (!cp.stuckPages.contains(id)) {
                cp.stuckPages.add(id);
            }
        }
        Atomic.write(dir.resolve(CHECKPOINT), Json.pretty(cp));
    }

    @Override
    public void abort() {
        try {
            if (errOut != null) {
                errOut.flush();
            }
            if (partOut != null) {
                partOut.close();   // stays a .tmp; a resume deletes it
            }
        } catch (IOException ignored) {
            // aborting after a failure already reported
        }
    }

}
