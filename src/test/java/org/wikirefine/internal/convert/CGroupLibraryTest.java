package org.wikirefine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The bundled groups and the best-effort readers of group pages. The samples are written here in the formats of
 * zh.wikipedia's Module:CGroup/* (data tables and the Item() helper of Module:CGroup/core) and Template:CGroup/*
 * ({{CItem}}, {{CItemHidden}}, {{CItemLan}}); their rules are copied from the bundled data of the same groups.
 */
class CGroupLibraryTest {

    @Test
    void bundledGroups() {
        CGroupLibrary lib = CGroupLibrary.bundled();
        assertThat(lib.size()).isEqualTo(444);
        CGroup it = lib.find("IT").orElseThrow();
        assertThat(it.source()).isEqualTo("Module:CGroup/IT");
        assertThat(it.rules()).contains("zh-cn:人工智能; zh-sg:人工智慧; zh-tw:人工智慧; zh-hk:人工智能;");
        // page-title rules: first letter case-insensitive, '_' = ' '
        assertThat(lib.find("iT").map(CGroup::name)).contains("IT");  // first letter only
        assertThat(lib.find("It").isPresent()).isFalse();              // the rest is case-sensitive
        assertThat(lib.find("King_Of_Fighters").map(CGroup::displayName)).contains("KingOfFighters");
        int total = 0;
        for (String n : List.of("IT", "1D")) {
            total += lib.find(n).orElseThrow().rules().size();
        }
        assertThat(total).isGreaterThan(100);
    }

    @Test
    void extendAndReplace() {
        CGroup mine = new CGroup("IT", "IT", "", "", List.of("zh-cn:甲;zh-tw:乙;"));
        CGroupLibrary lib = CGroupLibrary.bundled().withGroups(List.of(mine));
        assertThat(lib.find("IT")).contains(mine);
        assertThat(lib.size()).isEqualTo(444);
        assertThat(CGroupLibrary.empty().find("IT")).isEmpty();
    }

    @Test
    void parseModuleWithItemsAndHelper() {
        String lua = """
                local Item = require('Module:CGroup/core').Item;
                -- Item('註解', 'zh-cn:不要; zh-tw:不要;'),
                --[[ Item('block', 'zh-cn:也不要;') ]]
                return {
                \tname = 'IT',
                \tdescription = '-{zh-cn:信息技术; zh-tw:資訊科技;}-',
                \tcontent = {
                \t\t{ type = 'text', text = [[
                說明 rule = 'zh-cn:假;' ]] },
                \t\tItem('AI', 'zh-cn:人工智能; zh-sg:人工智慧; zh-tw:人工智慧; zh-hk:人工智能;'),
                \t\t{ type = 'item', original = 'access', rule = "存取=>zh-cn:访问; 存取=>zh-tw:存取;" },
                \t\tItem(nil, 'zh-cn:它\\'s;zh-tw:c;'),
                \t\t{ type = 'item', original = 'x', rule = [=[zh-cn:长;zh-tw:長;]=] },
                \t},
                }
                """;
        CGroup g = CGroupLibrary.parseModule("IT", lua).orElseThrow();
        assertThat(g.displayName()).isEqualTo("IT");
        assertThat(g.description()).isEqualTo("-{zh-cn:信息技术; zh-tw:資訊科技;}-");
        assertThat(g.rules()).containsExactly(
                "zh-cn:人工智能; zh-sg:人工智慧; zh-tw:人工智慧; zh-hk:人工智能;",
                "存取=>zh-cn:访问; 存取=>zh-tw:存取;",
                "zh-cn:它's;zh-tw:c;",
                "zh-cn:长;zh-tw:長;");
        assertThat(CGroupLibrary.parseModule("Empty", "return { name = 'Empty', content = {} }")).isEmpty();
    }

    @Test
    void moduleAliases() {
        assertThat(CGroupLibrary.moduleAlias("return require('Module:CGroup/Hayate the Combat Butler')"))
                .contains("Hayate the Combat Butler");
        assertThat(CGroupLibrary.moduleAlias("return require [[Module:CGroup/地名]]")).contains("地名");
        assertThat(CGroupLibrary.moduleAlias("-- redirect\nreturn require( '模块:CGroup/IT' );")).contains("IT");
        assertThat(CGroupLibrary.moduleAlias("return { name = 'IT' }")).isEmpty();
    }

    @Test
    void parseTemplatePage() {
        String wt = """
                {{CGroupH
                |name=1世代
                |description=[[1世代]]相關用語
                }}
                {{CItem|zh:一世代;zh-cn:单向组合;zh-hk:One Direction;zh-sg:1世代;zh-tw:1世代;|original=One Direction}}
                {{CItemHidden|original=Niall Horan|1=zh-cn:奈尔·霍兰;zh-hk:奈爾·霍蘭;zh-tw:奈爾·霍蘭;}}
                {{CItemLan|zh:指環王;zh-hant:魔戒;|The Lord of the Rings}}
                -{H|zh-cn:哈里;zh-tw:哈利;}-
                <noinclude>{{Documentation}}</noinclude>
                """;
        CGroup g = CGroupLibrary.parseTemplate("1D", wt).orElseThrow();
        assertThat(g.displayName()).isEqualTo("1世代");
        assertThat(g.source()).isEqualTo("Template:CGroup/1D");
        assertThat(g.rules()).containsExactly(
                "zh:一世代;zh-cn:单向组合;zh-hk:One Direction;zh-sg:1世代;zh-tw:1世代;",
                "zh-cn:奈尔·霍兰;zh-hk:奈爾·霍蘭;zh-tw:奈爾·霍蘭;",
                "zh:指環王;zh-hant:魔戒;",
                "zh-cn:哈里;zh-tw:哈利;");
    }
}
