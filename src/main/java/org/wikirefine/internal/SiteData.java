package org.wikirefine.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.wikirefine.Variant;
import org.wikirefine.internal.convert.CGroup;
import org.wikirefine.internal.convert.CGroupLibrary;
import org.wikirefine.internal.convert.SiteConversionTables;

/**
 * A wiki's own support pages, as read from a dump, and what they become: template redirects (alias to target),
 * conversion-group pages ({@code Template:CGroup/…}, {@code Module:CGroup/…}) and conversion-table pages
 * ({@code MediaWiki:Conversiontable/zh-tw}), each keyed by page name with the page's source as value.
 */
public record SiteData(Map<String, String> templateRedirects, Map<String, String> conversionGroupPages,
                       Map<String, String> conversionTablePages) {

    private static final String CGROUP_PREFIX = "CGroup/";

    public static SiteData none() {
        return new SiteData(Map.of(), Map.of(), Map.of());
    }

    /** The bundled groups, with the wiki's own pages replacing groups of the same name. */
    public CGroupLibrary conversionGroups() {
        CGroupLibrary bundled = CGroupLibrary.bundled();
        if (conversionGroupPages.isEmpty()) {
            return bundled;
        }
        List<CGroup> groups = new ArrayList<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : conversionGroupPages.entrySet()) {
            String page = e.getKey();
            boolean module = page.toLowerCase(Locale.ROOT).startsWith("module:");
            int cut = page.indexOf(CGROUP_PREFIX);
            String name = cut >= 0 ? page.substring(cut + CGROUP_PREFIX.length()) : page.substring(page.indexOf(':') + 1);
            Optional<CGroup> g = module ? CGroupLibrary.parseModule(name, e.getValue())
                    : CGroupLibrary.parseTemplate(name, e.getValue());
            if (g.isPresent()) {
                groups.add(g.get());
            } else if (module) {
                CGroupLibrary.moduleAlias(e.getValue()).ifPresent(target -> aliases.put(name, target));
            }
        }
        CGroupLibrary library = bundled.withGroups(groups);
        // Redirect-like modules (return require('Module:CGroup/Other')) take the other group's rules.
        List<CGroup> aliased = new ArrayList<>();
        aliases.forEach((name, target) -> library.find(target).ifPresent(t ->
                aliased.add(new CGroup(name, t.displayName(), t.source(), t.description(), t.rules()))));
        return library.withGroups(aliased);
    }

    /** {@code Conversiontable/zh-tw} (with or without {@code MediaWiki:}) to its variant's table. */
    public SiteConversionTables conversionTables() {
        Map<Variant, String> byVariant = new EnumMap<>(Variant.class);
        for (Map.Entry<String, String> e : conversionTablePages.entrySet()) {
            String name = e.getKey();
            int slash = name.lastIndexOf('/');
            Variant.fromCode(slash < 0 ? name : name.substring(slash + 1)).ifPresent(v -> byVariant.merge(v, e.getValue(),
                    (a, b) -> a + "\n" + b));
        }
        return SiteConversionTables.of(byVariant);
    }
}
