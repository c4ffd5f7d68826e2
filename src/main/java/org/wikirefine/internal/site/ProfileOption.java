package org.wikirefine.internal.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.wikirefine.DumpReader;
import org.wikirefine.SiteInfo;
import org.wikirefine.WikiProfile;

/**
 * The value of {@code --profile}, shared by every command and the Spark job: a bundled wiki's dbname or language
 * ({@code huwiki}, {@code hu}), or a file holding a {@code <siteinfo>} (a saved API siteinfo export or a dump
 * head), which gives the wiki's own namespace names on top of its language's bundled data.
 */
public final class ProfileOption {

    private ProfileOption() {
    }

    /**
     * Resolves a {@code --profile} value.
     *
     * @throws IllegalArgumentException naming the known wikis, or why the siteinfo file cannot be read
     */
    public static WikiProfile resolve(String value) {
        Path file = Path.of(value);
        if (value.contains("/") || value.contains("\\") || value.endsWith(".xml") || Files.isRegularFile(file)) {
            return WikiProfile.fromSiteInfo(siteInfo(file));
        }
        return WikiProfile.of(value);
    }

    /** The {@code <siteinfo>} of a file that is a whole export or only a siteinfo element. */
    public static SiteInfo siteInfo(Path file) {
        try {
            String head;
            try (InputStream start = Files.newInputStream(file)) {
                head = new String(start.readNBytes(1 << 20), StandardCharsets.UTF_8); // a siteinfo is near the top
            }
            if (!head.contains("<siteinfo")) {
                throw new IllegalArgumentException(file + " has no <siteinfo> element");
            }
            InputStream in = head.contains("<mediawiki") ? Files.newInputStream(file) : new SequenceInputStream(
                    java.util.Collections.enumeration(List.of(stream("<mediawiki>"), Files.newInputStream(file),
                            stream("</mediawiki>"))));
            try (DumpReader r = DumpReader.open(in)) {
                SiteInfo si = r.siteInfo();
                if (si.dbname().isEmpty() && si.namespaces().isEmpty()) {
                    throw new IllegalArgumentException(file + ": its <siteinfo> has neither dbname nor namespaces");
                }
                return si;
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read siteinfo file " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream stream(String s) {
        return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
