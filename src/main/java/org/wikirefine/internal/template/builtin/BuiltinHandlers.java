package org.wikirefine.internal.template.builtin;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.wikirefine.WikiProfile;
import org.wikirefine.internal.template.TemplateHandler;

/**
 * The Java handlers that {@code kind: java} rules may name, with the options each accepts. A factory gets the
 * entry's {@code options} and throws {@link IllegalArgumentException} on a bad or unknown option (reported with
 * the file and entry by the loader).
 *
 * <table>
 *   <caption>handlers</caption>
 *   <tr><td>{@code convert}</td><td>{@code abbr} (default {@code off}; {@code on} for cvt)</td></tr>
 *   <tr><td>{@code date}</td><td>{@code mode}: {@code date}, {@code birth_age}, {@code death_age}, {@code start_age},
 *       {@code bd}, {@code birth_year_age}</td></tr>
 *   <tr><td>{@code coord}, {@code url}, {@code frac}</td><td></td></tr>
 *   <tr><td>{@code lang}, {@code jpn}, {@code nihongo}</td><td></td></tr>
 *   <tr><td>{@code lang-xx}</td><td>{@code code} (default: from the template name)</td></tr>
 *   <tr><td>{@code ilh}, {@code ill}, {@code tsl}</td><td></td></tr>
 *   <tr><td>{@code list}</td><td>{@code source}: {@code positional} or {@code wikitext}</td></tr>
 *   <tr><td>{@code ref}</td><td>{@code group} (default group), {@code list_groups_only} ({@code true} for efn),
 *       {@code body} (comma list of parameters, default {@code 1})</td></tr>
 *   <tr><td>{@code r}, {@code rp}, {@code sfn}</td><td></td></tr>
 *   <tr><td>{@code harv}</td><td>{@code style}: {@code nb}, {@code paren}, {@code txt}</td></tr>
 *   <tr><td>{@code reflist}</td><td>{@code group} (default group), {@code refs} (comma list, default {@code refs})</td></tr>
 * </table>
 */
public final class BuiltinHandlers {

    private BuiltinHandlers() {
    }

    public static Map<String, Function<Map<String, String>, TemplateHandler>> factories(WikiProfile profile) {
        return factories(profile, Clock.systemUTC());
    }

    public static Map<String, Function<Map<String, String>, TemplateHandler>> factories(WikiProfile profile, Clock clock) {
        Map<String, Function<Map<String, String>, TemplateHandler>> f = new HashMap<>();
        f.put("convert", o -> {
            allow(o, "abbr");
            return new Convert(profile, "on".equals(o.getOrDefault("abbr", "off")));
        });
        f.put("date", o -> {
            allow(o, "mode");
            String mode = o.getOrDefault("mode", "date");
            Dates.Mode m;
            try {
                m = Dates.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("mode must be one of " + Arrays.toString(Dates.Mode.values()).toLowerCase(Locale.ROOT));
            }
            return new Dates(profile, m, clock);
        });
        f.put("frac", o -> {
            allow(o);
            return (call, ctx) -> {
                String a = call.parameter("1").map(String::trim).orElse("");
                String b = call.parameter("2").map(String::trim).orElse("");
                String c = call.parameter("3").map(String::trim).orElse("");
                String text = !c.isEmpty() ? a + " " + b + "/" + c : !b.isEmpty() ? a + "/" + b : !a.isEmpty() ? "1/" + a : "";
                if (!text.isEmpty()) {
                    ctx.emit(ctx.parseInline(text)); // the numbers are wikitext ({{sfrac|3''n'' + 1|2}})
                }
            };
        });
        f.put("url", o -> {
            allow(o);
            return new Url();
        });
        f.put("coord", o -> {
            allow(o);
            return new Coord();
        });
        f.put("lang", o -> {
            allow(o);
            return new Languages(Languages.Shape.LANG, profile, null);
        });
        f.put("lang-xx", o -> {
            allow(o, "code");
            return new Languages(Languages.Shape.LANG_XX, profile, o.get("code"));
        });
        f.put("jpn", o -> {
            allow(o);
            return new Languages(Languages.Shape.JPN, profile, null);
        });
        f.put("nihongo", o -> {
            allow(o);
            return new Languages(Languages.Shape.NIHONGO, profile, null);
        });
        f.put("ilh", o -> {
            allow(o);
            return new Links(Links.Shape.ILH);
        });
        f.put("ill", o -> {
            allow(o);
            return new Links(Links.Shape.ILL);
        });
        f.put("tsl", o -> {
            allow(o);
            return new Links(Links.Shape.TSL);
        });
        f.put("list", o -> {
            allow(o, "source");
            String s = o.getOrDefault("source", "positional");
            if (!s.equals("positional") && !s.equals("wikitext")) {
                throw new IllegalArgumentException("source must be positional or wikitext");
            }
            return new Lists(s.equals("wikitext"));
        });
        f.put("ref", o -> {
            allow(o, "group", "list_groups_only", "body");
            return Refs.ref(o.getOrDefault("group", ""), Boolean.parseBoolean(o.getOrDefault("list_groups_only", "false")),
                    List.of(o.getOrDefault("body", "1").split("\\s*,\\s*")));
        });
        f.put("r", o -> {
            allow(o);
            return Refs.r();
        });
        f.put("rp", o -> {
            allow(o);
            return Refs.rp();
        });
        f.put("sfn", o -> {
            allow(o);
            return Refs.sfn();
        });
        f.put("harv", o -> {
            allow(o, "style");
            String s = o.getOrDefault("style", "nb");
            return switch (s) {
                case "nb" -> Refs.harv(Refs.Style.NB);
                case "paren" -> Refs.harv(Refs.Style.PAREN);
                case "txt" -> Refs.harv(Refs.Style.TXT);
                default -> throw new IllegalArgumentException("style must be nb, paren or txt");
            };
        });
        f.put("reflist", o -> {
            allow(o, "group", "refs");
            return Refs.list(o.getOrDefault("group", ""), List.of(o.getOrDefault("refs", "refs").split("\\s*,\\s*")));
        });
        return f;
    }

    private static void allow(Map<String, String> options, String... keys) {
        Set<String> ok = Set.of(keys);
        for (String k : options.keySet()) {
            if (!ok.contains(k)) {
                throw new IllegalArgumentException("unknown option '" + k + "'" + (keys.length == 0 ? " (this handler takes none)" : " (allowed: " + ok + ")"));
            }
        }
    }
}
