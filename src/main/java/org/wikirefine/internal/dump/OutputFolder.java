package org.wikirefine.internal.dump;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The claim of a dump run on its output folder. A run never deletes an earlier run's output unless told to
 * ({@code --resume} continues it, {@code --overwrite} replaces it), and two runs never share a folder: the run
 * holds an OS file lock on {@value #LOCK} until it ends. Every refusal happens before anything is written.
 *
 * <p>The lock is an OS lock ({@link FileChannel#tryLock()}), not the file's existence: when a run dies, the OS
 * releases its lock, so a lock file left behind by a dead process is taken over without asking.
 */
public final class OutputFolder implements AutoCloseable {

    /** The lock file's name inside the output folder; it names the process that holds it. */
    public static final String LOCK = ".wikirefine.lock";

    /** What the user allowed the run to do with an earlier run found in the folder. */
    public enum Mode {
        /** Refuse a folder that holds an earlier run. */
        NEW,
        /** Continue the earlier run (its own checks decide whether it can). */
        RESUME,
        /** Replace the earlier run's files (files that are not a run's are never touched). */
        OVERWRITE
    }

    /** The folder cannot be used; the message is one line for the user. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final String takenOver;

    private OutputFolder(Path lockFile, FileChannel channel, FileLock lock, String takenOver) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.takenOver = takenOver;
    }

    /**
     * Tells early, without writing anything, whether {@link #claim} would refuse: so that a run fails before it
     * spends minutes verifying or opening its input. {@link #claim} checks again under the lock.
     *
     * @param errorsFile the run's errors file when it lies outside {@code dir}, or null
     */
    public static void check(Path dir, Path errorsFile, Mode mode) throws Refused, IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Refused("--out " + dir + " is a file, not a folder");
        }
        Path lockFile = dir.resolve(LOCK);
        OutputFolder held = Files.exists(lockFile) ? lockExisting(dir, lockFile) : null;
        if (held != null) {
            held.release(false);
        }
        if (mode == Mode.NEW) {
            refuseEarlierRun(dir, errorsFile);
        }
    }

    /**
     * Locks {@code dir} for one run (creating it if needed) after checking that the run may write there.
     *
     * @param errorsFile the run's errors file when it lies outside {@code dir} (a new run would replace it), or null
     */
    public static OutputFolder claim(Path dir, Path errorsFile, Mode mode) throws Refused, IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Refused("--out " + dir + " is a file, not a folder");
        }
        Path lockFile = dir.resolve(LOCK);
        OutputFolder held = Files.exists(lockFile) ? lockExisting(dir, lockFile) : null;
        try {
            if (mode == Mode.NEW) {
                refuseEarlierRun(dir, errorsFile);
            }
            if (held == null) {
                Files.createDirectories(dir);
                held = lock(dir, lockFile, StandardOpenOption.CREATE, null);
            }
            held.writeOwner();
            return held;
        } catch (Refused | IOException | RuntimeException e) {
            if (held != null) {
                held.release(false);
            }
            throw e;
        }
    }

    /** A lock file is there: a running dump holds it (refuse) or a dead one left it (take it over, unchanged). */
    private static OutputFolder lockExisting(Path dir, Path lockFile) throws Refused, IOException {
        String owner;
        try {
            owner = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return null;   // its run just ended and removed it
        }
        return lock(dir, lockFile, StandardOpenOption.WRITE, owner.isEmpty() ? "an earlier run" : owner);
    }

    private static OutputFolder lock(Path dir, Path lockFile, StandardOpenOption open, String previousOwner)
            throws Refused, IOException {
        FileChannel ch = FileChannel.open(lockFile, open, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;   // held by another run in this JVM
        }
        if (lock == null) {
            ch.close();
            String owner = previousOwner != null ? previousOwner
                    : Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            throw new Refused("--out " + dir + " is in use by another dump run (" + owner
                    + "); wait for it to end or choose another --out");
        }
        return new OutputFolder(lockFile, ch, lock, previousOwner);
    }

    private static void refuseEarlierRun(Path dir, Path errorsFile) throws Refused, IOException {
        List<String> found = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    String n = p.getFileName().toString();
                    if (PartSink.isRunFile(n)) {
                        found.add(n);
                    }
                }
            }
        }
        if (errorsFile != null && Files.exists(errorsFile) && !errorsFile.toAbsolutePath().normalize()
                .startsWith(dir.toAbsolutePath().normalize())) {
            found.add(errorsFile.toString());
        }
        if (!found.isEmpty()) {
            found.sort(null);
            String what = found.contains(PartSink.CHECKPOINT) ? "an interrupted run"
                    : found.contains(PartSink.MANIFEST) ? "a finished run" : "files of an earlier run";
            throw new Refused("--out " + dir + " holds " + what + " (" + found.size() + " files: "
                    + String.join(", ", found.subList(0, Math.min(3, found.size())))
                    + (found.size() > 3 ? ", …" : "") + "); nothing was changed. Use --resume to continue it, "
                    + "--overwrite to replace it, or another --out");
        }
    }

    /** Records who holds the lock, for the message a second run prints. */
    private void writeOwner() throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String owner = "pid " + self.pid() + ", started " + Instant.now().toString() + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /** The owner a lock file named when this run found it unlocked (its process had died), or null. */
    public String takenOverFrom() {
        return takenOver;
    }

    /** Releases the lock and removes the lock file. */
    @Override
    public void close() throws IOException {
        release(true);
    }

    private void release(boolean delete) throws IOException {
        try {
            if (delete) {
                // deleted while still locked, so no other run can lock the old file and then see it vanish
                Files.deleteIfExists(lockFile);
            }
            lock.release();
        } finally {
            channel.close();
        }
    }
}
