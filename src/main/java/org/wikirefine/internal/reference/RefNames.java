package org.wikirefine.internal.reference;

/**
 * Normalisation of {@code name=}, {@code group=} and {@code follow=} values as MediaWiki's Sanitizer decodes tag
 * attributes before Cite sees them: runs of ASCII whitespace ({@code [\t\r\n ]+}) become one space and the value is
 * trimmed. Other whitespace (U+2028, U+3000, …) is significant, and {@code "a b"} and {@code "a_b"} are different
 * names (Cite's test "Check Cite handing of different types of whitespace in reference names").
 */
public final class RefNames {

    private RefNames() {
    }

    /** A name or follow value, or {@code null} if absent or blank (a blank name is no name in Cite). */
    public static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String n = normalize(raw);
        return n.isEmpty() ? null : n;
    }

    /** A group, {@code ""} for the default group. */
    public static String group(String raw) {
        return raw == null ? "" : normalize(raw);
    }

    /** Sanitizer's attribute whitespace rule. */
    public static String normalize(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A name or group as shown in a diagnostic message: without wiki or HTML markup characters, so that messages
     * never carry markup tokens into the output.
     */
    public static String forMessage(String s) {
        return s == null ? "" : s.replaceAll("[\\[\\]{}<>|]", "").replace("''", "");
    }

    /** Whether Cite rejects the value as a name: only ASCII digits ({@code ctype_digit}). */
    public static boolean isInteger(String n) {
        if (n == null || n.isEmpty()) {
            return false;
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
