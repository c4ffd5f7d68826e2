package org.wikirefine.internal.dump;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.wikirefine.Format;
import org.wikirefine.Page;

/**
 * How rendered pages are laid out in output parts. JSON is one object per line (JSONL). The text formats are
 * multi-line, so each document is wrapped WikiExtractor-style in {@code <doc id=… title=… variant=…>} …
 * {@code </doc>}: the convention text-corpus tools already split on.
 */
public enum RecordFormat {
    JSONL(Format.JSON, "jsonl"),
    TEXT(Format.TEXT, "txt"),
    STRUCTURED(Format.STRUCTURED, "txt"),
    MARKDOWN(Format.MARKDOWN, "md");

    private final Format format;
    private final String extension;

    RecordFormat(Format format, String extension) {
        this.format = format;
        this.extension = extension;
    }

    public Format format() {
        return format;
    }

    public String extension() {
        return extension;
    }

    /** The format names both {@code page} and {@code dump} accept, for help and error messages. */
    public static final String NAMES = "text, structured, markdown or json (also txt, md, jsonl)";

    /** Parses a format name with {@link Format#fromName}; an unknown name is an {@link IllegalArgumentException}. */
    public static RecordFormat parse(String s) {
        Format f = Format.fromName(s).orElseThrow(() -> new IllegalArgumentException("unknown format '" + s
                + "' (expected " + NAMES + ")"));
        return of(f);
    }

    /** The record layout of a format. */
    public static RecordFormat of(Format f) {
        return switch (f) {
            case JSON -> JSONL;
            case TEXT -> TEXT;
            case STRUCTURED -> STRUCTURED;
            case MARKDOWN -> MARKDOWN;
        };
    }

    /** Thrown when a rendering cannot be written faithfully. */
    public static final class InvalidOutput extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidOutput(String m) {
            super(m);
        }
    }

    /** The bytes of one record, strictly UTF-8, ending in a newline. */
    public byte[] encode(Page page, String variant, String body) throws InvalidOutput {
        String rec;
        if (this == JSONL) {
            String b = stripTrailingNewlines(body);
            if (b.indexOf('\n') >= 0 || b.indexOf('\r') >= 0) {
                throw new InvalidOutput("JSON rendering spans several lines");
            }
            if (!b.startsWith("{")) {
                throw new InvalidOutput("JSON rendering is not an object");
            }
            checkSurrogateEscapes(b);
            rec = b + "\n";
        } else {
            rec = "<doc id=\"" + page.id() + "\" title=\"" + attr(page.title()) + "\" variant=\"" + attr(variant)
                    + "\">\n" + stripTrailingNewlines(body) + "\n</doc>\n";
        }
        return strictUtf8(rec);
    }

    private static String stripTrailingNewlines(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == '\n' || s.charAt(e - 1) == '\r')) {
            e--;
        }
        return s.substring(0, e);
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\n", " ");
    }

    /**
     * UTF-8 that refuses lone surrogates: {@code String.getBytes} would silently write '?' for them
     * (reliability.md 0.5), corrupting output without a trace. So they are looked for first; then
     * {@code getBytes} (much faster than a {@code CharsetEncoder}) cannot meet one.
     */
    static byte[] strictUtf8(String s) throws InvalidOutput {
        if (hasLoneSurrogate(s)) {
            throw new InvalidOutput("text contains a lone surrogate (invalid Unicode)");
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    /** Jackson escapes a lone surrogate as a valid-looking {@code \ud83d}; strict JSON decoders reject it. */
    static void checkSurrogateEscapes(String json) throws InvalidOutput {
        int i = json.indexOf("\\u");
        while (i >= 0) {
            // an escaped backslash ("\\u") is not an escape: count the preceding backslashes
            int bs = 0;
            for (int k = i - 1; k >= 0 && json.charAt(k) == '\\'; k--) {
                bs++;
            }
            if (bs % 2 == 0 && i + 6 <= json.length()) {
                int c = hex(json, i + 2);
                if (c >= 0xD800 && c <= 0xDBFF) {
                    int lo = json.startsWith("\\u", i + 6) && i + 12 <= json.length() ? hex(json, i + 8) : -1;
                    if (lo < 0xDC00 || lo > 0xDFFF) {
                        throw new InvalidOutput("JSON contains an escaped lone high surrogate");
                    }
                    i = json.indexOf("\\u", i + 12);
                    continue;
                } else if (c >= 0xDC00 && c <= 0xDFFF) {
                    throw new InvalidOutput("JSON contains an escaped lone low surrogate");
                }
            }
            i = json.indexOf("\\u", i + 2);
        }
    }

    private static int hex(String s, int at) {
        try {
            return Integer.parseInt(s.substring(at, at + 4), 16);
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
