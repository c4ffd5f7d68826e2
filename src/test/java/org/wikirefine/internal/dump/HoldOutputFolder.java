package org.wikirefine.internal.dump;

import java.nio.file.Path;

/**
 * Test helper run in a child JVM: claims an output folder as a dump run would, says {@code locked}, and holds the
 * lock until its standard input closes (or the process is killed).
 */
public final class HoldOutputFolder {

    private HoldOutputFolder() {
    }

    public static void main(String[] args) throws Exception {
        OutputFolder held = OutputFolder.claim(Path.of(args[0]), null, OutputFolder.Mode.OVERWRITE);
        try {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for EOF
            }
        } finally {
            held.close();
        }
    }
}
