package org.wikirefine.internal.dump;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Records to a stream ({@code --out -}): no parts, no checkpoint, no manifest. Error records go to a file
 * (written atomically at the end) or, without one, to stderr.
 */
public final class StreamSink implements OutputSink {

    private final OutputStream out;
    /** Set when the target is a PrintStream, which reports write errors only through {@code checkError()}. */
    private final java.io.PrintStream printTarget;
    private final Path errorsFile;
    private OutputStream err;
    private Path errorsTmp;

    public StreamSink(OutputStream out, Path errorsFile) {
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.printTarget = out instanceof java.io.PrintStream ps ? ps : null;
        this.errorsFile = errorsFile;
    }

    @Override
    public void begin(RunState state, boolean resume) throws IOException {
        if (resume) {
            throw new IOException("--resume needs an output folder, not a stream");
        }
        if (errorsFile != null) {
            errorsTmp = errorsFile.resolveSibling(errorsFile.getFileName() + ".tmp");
            err = new BufferedOutputStream(Files.newOutputStream(errorsTmp), 1 << 16);
        } else {
            err = System.err;
        }
    }

    @Override
    public void record(byte[] line) throws IOException {
        out.write(line);
    }

    @Override
    public void error(byte[] line) throws IOException {
        err.write(line);
    }

    @Override
    public void unitDone(RunState state) throws IOException {
        // a stream consumer gets records as soon as a unit is complete
        flush();
    }

    private void flush() throws IOException {
        out.flush();
        if (printTarget != null && printTarget.checkError()) {
            throw new IOException("write to the output stream failed");
        }
    }

    @Override
    public void finish(RunState state, ObjectNode manifest) throws IOException {
        flush();
        err.flush();
        if (errorsFile != null) {
            err.close();
            Atomic.move(errorsTmp, errorsFile);
        }
    }

    @Override
    public void abort() {
        try {
            out.flush();
            err.flush();
        } catch (IOException ignored) {
            // best effort after a fatal error
        }
    }
}
