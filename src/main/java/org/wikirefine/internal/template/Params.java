package org.wikirefine.internal.template;

import org.wikirefine.TemplateCall;

/** Parameter lookups shared by the built-in handlers: trimmed values, empty when absent. */
public final class Params {

    private Params() {
    }

    /** The trimmed value of a parameter, or {@code ""}. */
    public static String p(TemplateCall call, String key) {
        return call.parameter(key).map(String::trim).orElse("");
    }

    /** The first non-empty trimmed value among the keys (aliases of one parameter), or {@code ""}. */
    public static String first(TemplateCall call, String... keys) {
        for (String k : keys) {
            String v = p(call, k);
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
