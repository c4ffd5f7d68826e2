package org.wikirefine.internal.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.wikirefine.WikiProfile;
import org.wikirefine.internal.template.builtin.BuiltinHandlers;

/**
 * Loads template rule files (YAML, one family per file) into a {@link TemplateRegistry}, validating everything up
 * front: a bad file fails here, at build time, with file, entry and reason ({@link TemplateRuleException}).
 *
 * <p>Sources, in order: the built-in files listed in {@code org/wikirefine/templates/index.txt}, then the user
 * files. A name or alias defined twice among the built-ins, or twice among the user files, is an error naming both
 * files. A user entry <em>overrides</em> built-ins: each of its names is taken away from the built-in entry that
 * had it (that entry keeps its other names). Name patterns ({@code match:}) are tried after exact names, user
 * patterns first, each set in file order.
 *
 * <p>The schema of an entry is documented in {@code docs/template-rules.md}.
 */
public final class TemplateRules {

    /** Where the built-in rule files live on the class path. */
    public static final String BUILTIN_DIR = "/org/wikirefine/templates/";

    static final Set<String> KINDS = Set.of("text", "drop", "infobox", "citation", "rules", "java");

    private static final Set<String> ENTRY_KEYS = Set.of("name", "aliases", "match", "kind", "text", "separator",
            "handler", "options", "fields", "keep_unmapped", "type", "note", "source");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private TemplateRules() {
    }

    /**
     * The registry of the built-in rules plus the user files, for a wiki profile.
     *
     * @param profile      decides profile-specific texts ({@code text: {zh: …, en: …}}) and Java handler output
     * @param userFiles    user YAML files; their entries override built-ins of the same name
     * @param javaHandlers handlers supplied at wiring time by other packages, by handler name (e.g. {@code noteTA}
     *                     from the conversion package, for {@code kind: rules}); they may also replace a built-in
     *                     Java handler of the same name
     */
    public static TemplateRegistry load(WikiProfile profile, List<Path> userFiles, Map<String, TemplateHandler> javaHandlers) {
        return load(profile, userFiles, javaHandlers, java.time.Clock.systemUTC());
    }

    /** As {@link #load(WikiProfile, List, Map)}, with the clock that ages ({@code birth date and age}) are computed against. */
    public static TemplateRegistry load(WikiProfile profile, List<Path> userFiles, Map<String, TemplateHandler> javaHandlers,
                                        java.time.Clock clock) {
        Objects.requireNonNull(profile, "profile");
        Map<String, Function<Map<String, String>, TemplateHandler>> factories = new HashMap<>(BuiltinHandlers.factories(profile, clock));
        javaHandlers.forEach((k, h) -> factories.put(k, opts -> h));
        List<Source> builtin = new ArrayList<>();
        for (String file : builtinFiles()) {
            builtin.add(new Source("builtin:" + file, readResource(file)));
        }
        List<Source> user = new ArrayList<>();
        for (Path p : userFiles) {
            try {
                user.add(new Source(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new TemplateRuleException(p.toString(), null, "cannot read: " + e.getMessage());
            }
        }
        return build(profile, builtin, user, factories);
    }

    /** The built-in rules only, with no externally supplied handlers ({@code kind: rules} entries must then be absent). */
    public static TemplateRegistry builtin(WikiProfile profile, Map<String, TemplateHandler> javaHandlers) {
        return load(profile, List.of(), javaHandlers);
    }

    /** One rule file's text and where it came from. */
    record Source(String file, String yaml) {
    }

    /** One validated entry. */
    record Rule(String file, String name, List<String> names, Pattern match, String kind, TemplateHandler handler,
                boolean isInfobox) {
    }

    static TemplateRegistry build(WikiProfile profile, List<Source> builtin, List<Source> user,
                                  Map<String, Function<Map<String, String>, TemplateHandler>> factories) {
        RuleRegistry.Builder b = new RuleRegistry.Builder();
        List<Rule> builtinRules = new ArrayList<>();
        List<Rule> userRules = new ArrayList<>();
        for (Source s : builtin) {
            builtinRules.addAll(parse(s, profile, factories, b));
        }
        for (Source s : user) {
            userRules.addAll(parse(s, profile, factories, b));
        }
        Map<String, Rule> byName = new LinkedHashMap<>();
        Map<String, Rule> fromBuiltin = index(builtinRules);
        Map<String, Rule> fromUser = index(userRules);
        byName.putAll(fromBuiltin);
        byName.putAll(fromUser); // user entries take the names away from built-ins
        List<Rule> patterns = new ArrayList<>();
        userRules.stream().filter(r -> r.match() != null).forEach(patterns::add);
        builtinRules.stream().filter(r -> r.match() != null).forEach(patterns::add);
        return b.build(byName, patterns);
    }

    /** Name → rule within one layer; a second definition is an error naming both files. */
    private static Map<String, Rule> index(List<Rule> rules) {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule r : rules) {
            for (String n : r.names()) {
                Rule prev = map.putIfAbsent(n, r);
                if (prev != null) {
                    throw new TemplateRuleException(r.file(), r.name(), "name '" + n + "' is already defined by entry '"
                            + prev.name() + "' in " + prev.file());
                }
            }
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    static List<Rule> parse(Source src, WikiProfile profile,
                            Map<String, Function<Map<String, String>, TemplateHandler>> factories,
                            RuleRegistry.Builder registry) {
        Object root;
        try {
            root = YAML.readValue(src.yaml(), Object.class);
        } catch (JsonProcessingException e) {
            throw new TemplateRuleException(src.file(), null, "not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""));
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof List<?> list)) {
            throw new TemplateRuleException(src.file(), null, "the file must be a YAML list of entries");
        }
        List<Rule> rules = new ArrayList<>();
        int index = 0;
        for (Object o : list) {
            index++;
            if (!(o instanceof Map<?, ?> m)) {
                throw new TemplateRuleException(src.file(), "#" + index, "an entry must be a mapping");
            }
            rules.add(parseEntry(src.file(), index, (Map<String, Object>) m, profile, factories, registry));
        }
        return rules;
    }

    private static Rule parseEntry(String file, int index, Map<String, Object> m, WikiProfile profile,
                                   Map<String, Function<Map<String, String>, TemplateHandler>> factories,
                                   RuleRegistry.Builder registry) {
        Object nameObj = m.get("name");
        String label = nameObj == null ? "#" + index : nameObj.toString();
        for (String k : m.keySet()) {
            if (!ENTRY_KEYS.contains(k)) {
                throw new TemplateRuleException(file, label, "unknown key '" + k + "' (allowed: " + new java.util.TreeSet<>(ENTRY_KEYS) + ")");
            }
        }
        if (!(nameObj instanceof String name) || name.isBlank()) {
            throw new TemplateRuleException(file, label, "'name' is required and must be a string");
        }
        Object kindObj = m.get("kind");
        if (!(kindObj instanceof String kind) || !KINDS.contains(kind)) {
            throw new TemplateRuleException(file, name, "'kind' must be one of " + new java.util.TreeSet<>(KINDS) + ", got " + kindObj);
        }
        List<String> names = new ArrayList<>();
        Pattern match = null;
        if (m.containsKey("match")) {
            if (!(m.get("match") instanceof String re)) {
                throw new TemplateRuleException(file, name, "'match' must be a regular expression string");
            }
            try {
                match = Pattern.compile(re);
            } catch (PatternSyntaxException e) {
                throw new TemplateRuleException(file, name, "bad 'match' regex: " + e.getDescription());
            }
        } else {
            names.add(TemplateNames.normalize(name));
        }
        for (String a : strings(file, name, m.get("aliases"), "aliases")) {
            String n = TemplateNames.normalize(a);
            if (n.isEmpty()) {
                throw new TemplateRuleException(file, name, "empty alias");
            }
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        TemplateHandler handler;
        boolean infobox = false;
        switch (kind) {
            case "drop" -> {
                noKeys(file, name, m, "text", "handler", "fields", "type", "separator");
                handler = DropHandler.INSTANCE;
            }
            case "text" -> {
                noKeys(file, name, m, "handler", "fields", "type");
                String text = profileText(file, name, m.get("text"), profile);
                TextPattern pattern;
                try {
                    pattern = TextPattern.compile(text);
                } catch (IllegalArgumentException e) {
                    throw new TemplateRuleException(file, name, "bad text pattern: " + e.getMessage());
                }
                Object sep = m.getOrDefault("separator", "");
                if (!(sep instanceof String)) {
                    throw new TemplateRuleException(file, name, "'separator' must be a string");
                }
                handler = new TextHandler(pattern, (String) sep);
            }
            case "infobox" -> {
                noKeys(file, name, m, "text", "handler", "type", "separator");
                Map<String, String> aliases = fieldMap(file, name, m.get("fields"), null);
                Object keep = m.getOrDefault("keep_unmapped", Boolean.TRUE);
                if (!(keep instanceof Boolean)) {
                    throw new TemplateRuleException(file, name, "'keep_unmapped' must be true or false");
                }
                handler = new InfoboxHandler(match == null ? TemplateNames.normalize(name) : null, aliases,
                        (Boolean) keep, registry::isInfoboxName);
                infobox = true;
            }
            case "citation" -> {
                noKeys(file, name, m, "text", "handler", "separator");
                Object type = m.get("type");
                if (!(type instanceof String t) || t.isBlank()) {
                    throw new TemplateRuleException(file, name, "'type' (web, news, book…) is required for a citation");
                }
                handler = new CitationHandler(t, fieldMap(file, name, m.get("fields"), Citation.KEYS), profile);
            }
            case "rules", "java" -> {
                noKeys(file, name, m, "text", "fields", "type", "separator");
                Object h = m.get("handler");
                if (!(h instanceof String hn) || hn.isBlank()) {
                    throw new TemplateRuleException(file, name, "'handler' (the name of a registered Java handler) is required");
                }
                var factory = factories.get(hn);
                if (factory == null) {
                    throw new TemplateRuleException(file, name, "no Java handler named '" + hn + "' is registered"
                            + ("rules".equals(kind) ? " (kind rules: it is supplied when the refiner is wired, e.g. noteTA by the conversion package)" : "")
                            + "; known: " + new java.util.TreeSet<>(factories.keySet()));
                }
                Map<String, String> options = new LinkedHashMap<>();
                Object opts = m.get("options");
                if (opts != null) {
                    if (!(opts instanceof Map<?, ?> om)) {
                        throw new TemplateRuleException(file, name, "'options' must be a mapping of strings");
                    }
                    om.forEach((k, v) -> options.put(String.valueOf(k), String.valueOf(v)));
                }
                try {
                    handler = factory.apply(options);
                } catch (IllegalArgumentException e) {
                    throw new TemplateRuleException(file, name, "bad options for handler '" + hn + "': " + e.getMessage());
                }
            }
            default -> throw new IllegalStateException(kind);
        }
        if (match != null) {
            registry.pattern(match, infobox);
        }
        return new Rule(file, name, List.copyOf(names), match, kind, handler, infobox);
    }

    private static void noKeys(String file, String name, Map<String, Object> m, String... keys) {
        for (String k : keys) {
            if (m.containsKey(k)) {
                throw new TemplateRuleException(file, name, "key '" + k + "' does not apply to kind " + m.get("kind"));
            }
        }
    }

    private static String profileText(String file, String name, Object text, WikiProfile profile) {
        if (text instanceof String s) {
            return s;
        }
        if (text instanceof Map<?, ?> byWiki) {
            for (Object k : byWiki.keySet()) {
                if (!"zh".equals(k) && !"en".equals(k)) {
                    throw new TemplateRuleException(file, name, "'text' by wiki takes keys zh and en, got '" + k + "'");
                }
            }
            String language = profile.citationLanguage();
            Object v = byWiki.get(language);
            if (v == null) {
                v = byWiki.get("zh".equals(language) ? "en" : "zh");
            }
            if (v instanceof String s) {
                return s;
            }
        }
        throw new TemplateRuleException(file, name, "'text' is required: a pattern string, or {zh: …, en: …}");
    }

    /** {canonical: [source, …]} → source → canonical; canonical keys checked against {@code allowed} if given. */
    private static Map<String, String> fieldMap(String file, String name, Object fields, Set<String> allowed) {
        Map<String, String> out = new HashMap<>();
        if (fields == null) {
            return out;
        }
        if (!(fields instanceof Map<?, ?> fm)) {
            throw new TemplateRuleException(file, name, "'fields' must map canonical keys to lists of parameter names");
        }
        for (Map.Entry<?, ?> e : fm.entrySet()) {
            String canonical = String.valueOf(e.getKey());
            if (allowed != null && !allowed.contains(canonical)) {
                throw new TemplateRuleException(file, name, "unknown citation key '" + canonical + "' (allowed: " + allowed + ")");
            }
            List<String> sources = strings(file, name, e.getValue(), "fields." + canonical);
            if (sources.isEmpty()) {
                sources = List.of(canonical);
            }
            for (String s : sources) {
                String prev = out.put(s.trim(), canonical);
                if (prev != null && !prev.equals(canonical)) {
                    throw new TemplateRuleException(file, name, "parameter '" + s + "' is mapped to both '" + prev + "' and '" + canonical + "'");
                }
            }
        }
        return out;
    }

    private static List<String> strings(String file, String name, Object o, String what) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof String s) {
            return List.of(s);
        }
        if (o instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object x : l) {
                if (x == null || x instanceof Map || x instanceof List) {
                    throw new TemplateRuleException(file, name, "'" + what + "' must be a list of strings");
                }
                out.add(String.valueOf(x));
            }
            return out;
        }
        throw new TemplateRuleException(file, name, "'" + what + "' must be a string or a list of strings");
    }

    static List<String> builtinFiles() {
        String index = readResource("index.txt");
        List<String> files = new ArrayList<>();
        for (String line : index.split("\n")) {
            String l = line.trim();
            if (!l.isEmpty() && !l.startsWith("#")) {
                files.add(l);
            }
        }
        return files;
    }

    private static String readResource(String file) {
        try (InputStream in = TemplateRules.class.getResourceAsStream(BUILTIN_DIR + file)) {
            if (in == null) {
                throw new TemplateRuleException("builtin:" + file, null, "missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
