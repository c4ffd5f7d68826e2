package org.wikirefine.internal.dump;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Files appear under their final name only when complete: temp name, fsync, atomic rename, fsync of the folder. */
public final class Atomic {

    private Atomic() {
    }

    public static void write(Path target, byte[] data) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(data);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
        move(tmp, target);
    }

    /** Renames a finished (already fsynced) temp file over its final name. */
    public static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // same folder, so this only happens on exotic file systems; the rename is still the last step
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDir(target.toAbsolutePath().getParent());
    }

    /** Makes a rename durable; not possible on every OS/file system, where it is skipped. */
    static void syncDir(Path dir) {
        if (dir == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open folders as channels; the rename itself is still atomic
        }
    }
}
