package org.wikirefine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What this build of wikirefine is: its version and the git commit it was built from, written at build time into
 * {@code org/wikirefine/build-info.properties} (pom.xml, antrun "build-info"). Outside a Maven build (an IDE) or
 * when the sources had no git, the commit is {@code unknown}. A run records this in its manifest and stats, so its
 * output can be traced to the code that made it.
 *
 * @param version the Maven version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit  the full git commit id, or {@code unknown}
 * @param dirty   whether tracked files differed from that commit when the jar was built
 */
public record BuildInfo(String version, String commit, boolean dirty) {

    private static final String RESOURCE = "/org/wikirefine/build-info.properties";
    private static final BuildInfo CURRENT = load();

    /** {@return the build this code belongs to} */
    public static BuildInfo current() {
        return CURRENT;
    }

    /** {@return e.g. {@code wikirefine 0.1.0 (commit 1a2b3c4d5e6f, with uncommitted changes)}} */
    public String describe() {
        String c = "unknown".equals(commit) ? "commit unknown" : "commit " + commit.substring(0, Math.min(12, commit.length()));
        return "wikirefine " + version + " (" + c + (dirty ? ", with uncommitted changes" : "") + ")";
    }

    private static BuildInfo load() {
        Properties p = resourceProperties(RESOURCE);
        String version = p.getProperty("version", BuildInfo.class.getPackage().getImplementationVersion());
        return new BuildInfo(version == null || version.isBlank() ? "unknown" : version,
                p.getProperty("commit", "unknown").strip(), Boolean.parseBoolean(p.getProperty("dirty", "false")));
    }

    /**
     * Reads a properties resource of the classpath (build metadata).
     *
     * @param resource absolute resource name
     * @return its properties, empty when absent or unreadable
     */
    public static Properties resourceProperties(String resource) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // a damaged jar: report what we know rather than fail a run over its label
        }
        return p;
    }
}
