package org.wikirefine.internal.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sweble.wikitext.engine.ExpansionFrame;
import org.sweble.wikitext.engine.TagExtensionBase;
import org.sweble.wikitext.engine.WtEngineImpl;
import org.sweble.wikitext.engine.config.TagExtensionGroup;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtNodeList;
import org.sweble.wikitext.parser.nodes.WtTagExtension;
import org.sweble.wikitext.parser.nodes.WtTagExtensionBody;
import org.sweble.wikitext.engine.config.Namespace;
import org.sweble.wikitext.engine.config.NamespaceImpl;
import org.sweble.wikitext.engine.config.WikiConfigImpl;
import org.sweble.wikitext.engine.utils.DefaultConfigEnWp;
import org.wikirefine.WikiProfile;

/**
 * Builds Sweble's configuration for a {@link WikiProfile}. Sweble's built-in configuration is en.wikipedia's;
 * the profile's namespace names and aliases are added to it so that {@code [[文件:…]]} or {@code [[Fájl:…]]} is an
 * image and {@code [[分类:…]]} or {@code [[Kategorie:…]]} a category. Language-conversion tags are switched off in Sweble on purpose: {@code -{ }-}
 * stays literal text so that our converter sees it after links are rendered, as MediaWiki's does (Sweble's own
 * LCT grammar cannot parse {@code =>} rules, stack-facts.md 1.3).
 */
final class SwebleSetup extends DefaultConfigEnWp {

    private final WikiProfile profile;

    private SwebleSetup(WikiProfile profile) {
        this.profile = profile;
    }

    /** A fresh, fully configured engine for the profile. The engine is thread-safe to share (stack-facts.md 1.4). */
    static WtEngineImpl engine(WikiProfile profile) {
        WikiConfigImpl config = new WikiConfigImpl();
        new SwebleSetup(profile).configureWiki(config);
        config.getParserConfig().setLangConvTagsEnabled(false);
        config.getParserConfig().setWarningsEnabled(false);
        // Keep private-use and other "illegal" code points as text: dropping them loses data (some CJK text uses the
        // private use area), and our own stand-in for protected pipes (ConversionPipes) is one.
        config.getParserConfig().setConvertIllegalCodePoints(false);
        return new WtEngineImpl(config);
    }

    /**
     * Tags that MediaWiki extensions (SyntaxHighlight, Score, Poem, TemplateStyles, Kartographer, Graph, …) make
     * into extension tags. Sweble knows only core ones; unregistered, their bodies would be parsed as wikitext.
     * Registered here with an inert handler (we never expand), so their bodies come back raw.
     */
    static final List<String> EXTRA_TAGS = List.of("syntaxhighlight", "source", "score", "poem", "ce", "chem",
            "templatestyles", "timeline", "graph", "mapframe", "maplink", "hiero", "categorytree", "indicator", "section",
            "templatedata", "charinsert", "inputbox", "imagemap", "gallery", "math", "references", "langconvert",
            "dynamicpagelist", "rss", "quiz", "phonos", "chart");

    @Override
    protected void addTagExtensions(WikiConfigImpl config) {
        super.addTagExtensions(config);
        TagExtensionGroup group = new TagExtensionGroup("wikirefine-inert");
        for (String name : EXTRA_TAGS) {
            if (config.getTagExtension(name) == null) {
                group.addTagExtension(new InertTag(name));
            }
        }
        config.addTagExtensionGroup(group);
    }

    /** An extension tag we only need recognised, never expanded. */
    private static final class InertTag extends TagExtensionBase {
        private static final long serialVersionUID = 1L;

        InertTag(String name) {
            super(name);
        }

        @Override
        public WtNode invoke(ExpansionFrame frame, WtTagExtension tag, Map<String, WtNodeList> attrs, WtTagExtensionBody body) {
            return null;
        }
    }

    @Override
    protected void addNamespaces(WikiConfigImpl config) {
        WikiConfigImpl english = new WikiConfigImpl();
        super.addNamespaces(english);
        Set<String> taken = new HashSet<>();
        for (Namespace ns : english.getNamespaces()) {
            taken.add(ns.getName().toLowerCase(Locale.ROOT));
            taken.add(ns.getCanonical().toLowerCase(Locale.ROOT));
            ns.getAliases().forEach(a -> taken.add(a.toLowerCase(Locale.ROOT)));
        }
        Set<Integer> known = new HashSet<>();
        for (Namespace ns : english.getNamespaces()) {
            known.add(ns.getId());
            TreeSet<String> aliases = new TreeSet<>(ns.getAliases());
            aliases.addAll(newNames(ns.getId(), taken));
            config.addNamespace(new NamespaceImpl(ns.getId(), ns.getName(), ns.getCanonical(), ns.isCanHaveSubpages(),
                    ns.isFileNs(), new ArrayList<>(aliases)));
        }
        for (int id : profile.namespaces()) {
            List<String> names = newNames(id, taken);
            if (!known.contains(id) && !names.isEmpty()) {
                config.addNamespace(new NamespaceImpl(id, names.get(0), names.get(0), true, false,
                        new ArrayList<>(names.subList(1, names.size()))));
            }
        }
        config.setDefaultNamespace(config.getNamespace(0));
        config.setTemplateNamespace(config.getNamespace(10));
    }

    /** The profile's names for a namespace that no namespace has yet (Sweble rejects a name used twice). */
    private List<String> newNames(int id, Set<String> taken) {
        List<String> out = new ArrayList<>();
        for (String name : profile.namespaceNames(id)) {
            if (taken.add(name.toLowerCase(Locale.ROOT))) {
                out.add(name);
            }
        }
        return out;
    }
}
