package org.wikirefine.internal.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML character references in text that Sweble hands us raw (nowiki and pre bodies, attribute values):
 * numeric references and the named ones of HTML 4.01 (MediaWiki's list). Sweble resolves entities in ordinary text
 * itself.
 */
public final class HtmlEntities {

    private static final Pattern REF = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    /** Named references: {@code html-entities.txt} (HTML 4.01's list, which MediaWiki's sanitizer accepts). */
    private static final Map<String, String> NAMED = load();

    private static Map<String, String> load() {
        Map<String, String> named = new HashMap<>();
        try (InputStream in = HtmlEntities.class.getResourceAsStream("/org/wikirefine/html-entities.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(
                     Objects.requireNonNull(in, "html-entities.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.trim().split(" ");
                    named.put(f[0], new String(Character.toChars(Integer.parseInt(f[1], 16))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(named);
    }

    private HtmlEntities() {
    }

    public static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s; // the common case, without a matcher
        }
        Matcher m = REF.matcher(s);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            String rep = resolve(m.group(1));
            if (rep == null) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length());
            }
            sb.append(s, last, m.start()).append(rep);
            last = m.end();
        }
        if (sb == null) {
            return s;
        }
        return sb.append(s, last, s.length()).toString();
    }

    /** One reference without its {@code &} and {@code ;} ({@code amp}, {@code #124}, {@code #x7C}); null if unknown. */
    public static String resolve(String ref) {
        if (ref.isEmpty()) {
            return null;   // "&;" is text
        }
        if (ref.charAt(0) == '#') {
            try {
                int cp = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                if (cp <= 0 || !Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    return null;
                }
                return new String(Character.toChars(cp));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(ref);
    }
}
