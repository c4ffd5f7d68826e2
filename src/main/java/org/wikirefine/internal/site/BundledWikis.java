package org.wikirefine.internal.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads {@code org/wikirefine/wikis.yaml}, the one file of wiki facts (its header says where each fact comes from).
 * A wiki's data is its language's names and magic words, then English's (valid on every wiki, as in MediaWiki),
 * then the wiki's own extra namespace names.
 */
public final class BundledWikis {

    private static final String RESOURCE = "/org/wikirefine/wikis.yaml";
    private static final JsonNode ROOT = load();

    private BundledWikis() {
    }

    private static JsonNode load() {
        try (InputStream in = BundledWikis.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The dbnames with an entry, sorted. */
    public static Set<String> dbnames() {
        Set<String> out = new TreeSet<>();
        ROOT.path("wikis").fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The wiki named by a dbname ({@code huwiki}) or a language code ({@code hu}), if the file has it. */
    public static Optional<WikiData> find(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        JsonNode wiki = ROOT.path("wikis").path(key);
        if (wiki.isMissingNode()) {
            wiki = ROOT.path("wikis").path(key + "wiki");
            key = key + "wiki";
        }
        if (wiki.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(wiki(key, wiki));
    }

    /**
     * A wiki the file does not list but whose language it knows ({@code hu} for a {@code huwikibooks} dump), or
     * English names only when it knows neither: siteinfo then supplies the wiki's own names.
     */
    public static WikiData forLanguage(String dbname, String language) {
        JsonNode lang = ROOT.path("languages").path(language);
        String code = lang.isMissingNode() ? "en" : language;
        return build(dbname, language, "en", List.of(), "", code, null);
    }

    /** Whether the file has names and magic words for a language code. */
    public static boolean knowsLanguage(String language) {
        return !ROOT.path("languages").path(language).isMissingNode();
    }

    private static WikiData wiki(String dbname, JsonNode wiki) {
        String language = wiki.path("language").asText("en");
        List<String> variants = new ArrayList<>();
        wiki.path("variants").forEach(v -> variants.add(v.asText()));
        return build(dbname, language, wiki.path("citations").asText("en"), variants, wiki.path("url").asText(""),
                language, wiki.path("namespaces"));
    }

    private static WikiData build(String dbname, String language, String citations, List<String> variants, String url,
                                  String namesLanguage, JsonNode extraNamespaces) {
        Map<Integer, List<String>> namespaces = new LinkedHashMap<>();
        Map<String, List<String>> magic = new LinkedHashMap<>();
        addLanguage(namesLanguage, namespaces, magic);
        addLanguage("en", namespaces, magic);
        if (extraNamespaces != null) {
            addNamespaces(extraNamespaces, namespaces);
        }
        return new WikiData(dbname, language, citations, variants, url, true, namespaces, magic);
    }

    private static void addLanguage(String code, Map<Integer, List<String>> namespaces, Map<String, List<String>> magic) {
        JsonNode lang = ROOT.path("languages").path(code);
        addNamespaces(lang.path("namespaces"), namespaces);
        lang.path("magic").fields().forEachRemaining(e -> e.getValue().forEach(w -> addUnique(
                magic.computeIfAbsent(e.getKey(), k -> new ArrayList<>()), w.asText())));
    }

    private static void addNamespaces(JsonNode byId, Map<Integer, List<String>> namespaces) {
        byId.fields().forEachRemaining(e -> e.getValue().forEach(n -> addUnique(
                namespaces.computeIfAbsent(Integer.parseInt(e.getKey()), k -> new ArrayList<>()), n.asText())));
    }

    private static void addUnique(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}
