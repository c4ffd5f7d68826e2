package org.wikirefine.internal.dump;

import java.util.Locale;

import org.wikirefine.ParserEngine;

/** The {@code --parser native|sweble} option of {@code page} and {@code dump}. */
public final class ParserOption {

    public static final String DESCRIPTION = "wikitext parser: native (default; pages it declines are parsed by Sweble"
            + " and carry a NATIVE_PARSER_DECLINED diagnostic) or sweble (the reference engine, slower)";

    private ParserOption() {
    }

    /**
     * The engine named by the option, or null (the refiner's default) when the option was not given; an unknown
     * name is an {@link IllegalArgumentException} (a usage error).
     */
    public static ParserEngine engine(String name) {
        if (name == null) {
            return null;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "native" -> ParserEngine.NATIVE;
            case "sweble" -> ParserEngine.SWEBLE;
            default -> throw new IllegalArgumentException("unknown parser '" + name + "' (expected native or sweble)");
        };
    }
}
