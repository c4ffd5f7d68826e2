package org.wikirefine.internal.dump;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Checks an input file against a published checksum list ({@code …-sha1sums.txt} / {@code …-md5sums.txt}, lines
 * {@code <hex>  <file name>}), before any output is produced (reliability.md I1): a dump damaged in transit is
 * refused as a whole instead of yielding a run full of error records.
 */
public final class InputChecksum {

    private InputChecksum() {
    }

    /** The outcome: {@code null} when it matches, else the reason it does not. */
    public static String verify(Path input, Path sums) throws IOException {
        String name = input.getFileName().toString();
        String expected = null;
        for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split("\\s+\\*?", 2);
            if (f.length == 2 && (f[1].equals(name) || f[1].endsWith("/" + name))) {
                expected = f[0].toLowerCase(Locale.ROOT);
                break;
            }
        }
        if (expected == null) {
            return sums + " lists no checksum for " + name;
        }
        String algo = switch (expected.length()) {
            case 32 -> "MD5";
            case 40 -> "SHA-1";
            case 64 -> "SHA-256";
            default -> null;
        };
        if (algo == null) {
            return "unrecognised checksum '" + expected + "' for " + name;
        }
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(algo);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(input)) {
            byte[] b = new byte[1 << 20];
            int n;
            while ((n = in.read(b)) > 0) {
                md.update(b, 0, n);
            }
        }
        String actual = HexFormat.of().formatHex(md.digest());
        return actual.equals(expected) ? null
                : algo + " of " + name + " is " + actual + " but " + sums.getFileName() + " says " + expected;
    }
}
