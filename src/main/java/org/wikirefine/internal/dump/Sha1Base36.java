package org.wikirefine.internal.dump;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** MediaWiki's revision {@code <sha1>}: SHA-1 of the UTF-8 text in base 36, left-padded with '0' to 31 chars. */
public final class Sha1Base36 {

    private Sha1Base36() {
    }

    public static String of(String text) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 missing from the JDK", e);
        }
        String s = new BigInteger(1, md.digest(text.getBytes(StandardCharsets.UTF_8))).toString(36);
        if (s.length() >= 31) {
            return s;
        }
        return "0".repeat(31 - s.length()) + s;
    }
}
