package org.wikirefine.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * the zh profile adds zh.wikipedia's namespace names and aliases so that {@code [[文件:…]]} is an image and
 * {@code [[分类:…]]} a category. Language-conversion tags are switched off in Sweble on purpose: {@code -{ }-}
 * stays literal text so that our converter sees it after links are rendered, as MediaWiki's does (Sweble's own
 * LCT grammar cannot parse {@code =>} rules, stack-facts.md 1.3).
 */
final class SwebleSetup extends DefaultConfigEnWp {

    /** Extra namespace aliases of zh.wikipedia (MediaWiki's MessagesZh_hans/zh_hant namespace names and aliases). */
    private static final Map<Integer, List<String>> ZH_ALIASES = Map.ofEntries(
            Map.entry(-2, List.of("媒体", "媒體")),
            Map.entry(-1, List.of("特殊")),
            Map.entry(1, List.of("讨论", "討論", "对话", "對話")),
            Map.entry(2, List.of("用户", "用戶", "使用者")),
            Map.entry(3, List.of("用户讨论", "用戶討論", "使用者討論", "用户对话", "用戶對話")),
            Map.entry(4, List.of("维基百科", "維基百科", "Wikipedia", "WP", "维基", "維基")),
            Map.entry(5, List.of("维基百科讨论", "維基百科討論", "Wikipedia talk", "WT")),
            Map.entry(6, List.of("文件", "檔案", "档案", "图像", "圖像", "图片", "圖片", "文檔", "文档")),
            Map.entry(7, List.of("文件讨论", "檔案討論", "档案讨论", "图像讨论", "圖像討論")),
            Map.entry(8, List.of("MediaWiki")),
            Map.entry(10, List.of("模板", "样板", "樣板")),
            Map.entry(11, List.of("模板讨论", "模板討論", "样板讨论", "樣板討論")),
            Map.entry(12, List.of("帮助", "幫助")),
            Map.entry(13, List.of("帮助讨论", "幫助討論")),
            Map.entry(14, List.of("分类", "分類")),
            Map.entry(15, List.of("分类讨论", "分類討論")));

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
        for (Namespace ns : english.getNamespaces()) {
            TreeSet<String> aliases = new TreeSet<>(ns.getAliases());
            if (profile == WikiProfile.ZHWIKI) {
                aliases.addAll(ZH_ALIASES.getOrDefault(ns.getId(), List.of()));
                aliases.remove(ns.getName());
            }
            config.addNamespace(new NamespaceImpl(ns.getId(), ns.getName(), ns.getCanonical(), ns.isCanHaveSubpages(),
                    ns.isFileNs(), new ArrayList<>(aliases)));
        }
        config.setDefaultNamespace(config.getNamespace(0));
        config.setTemplateNamespace(config.getNamespace(10));
    }
}
