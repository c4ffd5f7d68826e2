package org.wikirefine.internal.template;

import java.util.HashMap;
import java.util.Map;

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

    /** The call's raw values by parameter name, later duplicates winning as in {@link TemplateCall#parameter}. */
    public static Map<String, String> byName(TemplateCall call) {
        Map<String, String> out = new HashMap<>();
        for (TemplateCall.Parameter p : call.parameters()) {
            out.put(p.name(), p.value());
        }
        return out;
    }

    /** The first non-empty trimmed value among the keys in {@link #byName} values, or {@code ""}. */
    public static String first(Map<String, String> byName, String... keys) {
        for (String k : keys) {
            String v = byName.get(k);
            if (v != null && !(v = v.trim()).isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
