package org.wikirefine.internal.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Shared Jackson setup: deterministic key order for maps, so manifests are byte-identical across runs. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** One error record as a JSONL line (UTF-8, newline-terminated). */
    public static byte[] errorLine(ErrorRecord e) {
        ObjectNode o = object();
        o.put("status", "error");
        if (e.id() == null) {
            o.putNull("id");
        } else {
            o.put("id", e.id());
        }
        if (e.title() == null) {
            o.putNull("title");
        } else {
            o.put("title", e.title());
        }
        o.put("stage", e.stage());
        o.put("reason", e.reason());
        o.put("detail", e.detail());
        try {
            return (MAPPER.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static byte[] pretty(Object o) {
        try {
            return (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
