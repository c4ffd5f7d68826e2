package org.wikirefine.cli;

import java.util.Locale;

import org.wikirefine.ParserEngine;

/** The {@code --parser native|sweble} option of {@code page} and {@code dump}. */
final class ParserOption {

    static final String DESCRIPTION = "wikitext parser: sweble (default) or native (faster; pages it declines are parsed"
            + " by Sweble and carry a NATIVE_PARSER_DECLINED diagnostic)";

    private ParserOption() {
    }

    /** The engine named by the option; an unknown name is an {@link IllegalArgumentException} (a usage error). */
    static ParserEngine engine(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "native" -> ParserEngine.NATIVE;
            case "sweble" -> ParserEngine.SWEBLE;
            default -> throw new IllegalArgumentException("unknown parser '" + name + "' (expected native or sweble)");
        };
    }
}
