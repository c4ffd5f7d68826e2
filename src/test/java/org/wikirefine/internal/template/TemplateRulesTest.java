package org.wikirefine.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wikirefine.TemplateCall;
import org.wikirefine.WikiProfile;

class TemplateRulesTest {

    static final TemplateHandler NOTE_TA = (call, ctx) -> ctx.emitText("");

    static TemplateRegistry zh() {
        return TemplateRules.load(WikiProfile.ZHWIKI, List.of(), Map.of("noteTA", NOTE_TA));
    }

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, yaml, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void builtinsLoadForBothProfiles() {
        RuleRegistry zh = (RuleRegistry) zh();
        RuleRegistry en = (RuleRegistry) TemplateRules.load(WikiProfile.ENWIKI, List.of(), Map.of("noteTA", NOTE_TA));
        assertThat(zh.entryCount()).isGreaterThan(100);
        assertThat(en.names()).isEqualTo(zh.names());
    }

    @Test
    void namesMatchAsMediaWikiDoes() {
        TemplateRegistry r = zh();
        assertThat(r.handlerFor(TemplateNames.normalize("cite_web"))).isPresent();
        assertThat(r.handlerFor(TemplateNames.normalize("Template:Cite web"))).isPresent();
        assertThat(r.handlerFor(TemplateNames.normalize("模板:cite web"))).isPresent();
        assertThat(r.handlerFor(TemplateNames.normalize("lang-en"))).isPresent();
        assertThat(r.handlerFor(TemplateNames.normalize("link-ja"))).isPresent();
        // only the first letter is case-insensitive
        assertThat(r.handlerFor(TemplateNames.normalize("nOWRAP"))).isEmpty();
        assertThat(r.handlerFor(TemplateNames.normalize("nowrap"))).isPresent();
        assertThat(r.handlerFor("No such template here")).isEmpty();
    }

    @Test
    void infoboxesByNamePatternAndHeuristic() {
        RuleRegistry r = (RuleRegistry) zh();
        assertThat(r.kindOf("Infobox whatever new")).contains("infobox");
        assertThat(r.kindOf("城市信息框")).contains("infobox");
        assertThat(r.kindOf("車站資訊框")).contains("infobox");
        assertThat(r.kindOf("Station infobox")).contains("infobox");
        TemplateCall named = new TemplateCall("Mystery box", List.of(
                new TemplateCall.Parameter("a", "1"), new TemplateCall.Parameter("b", "2"),
                new TemplateCall.Parameter("c", "3"), new TemplateCall.Parameter("1", "x")), -1, true);
        assertThat(r.handlerFor(named)).containsInstanceOf(InfoboxHandler.class);
        TemplateCall positional = new TemplateCall("Mystery box", List.of(
                new TemplateCall.Parameter("a", "1"), new TemplateCall.Parameter("b", "2"),
                new TemplateCall.Parameter("1", "x"), new TemplateCall.Parameter("2", "y")), -1, true);
        assertThat(r.handlerFor(positional)).isEmpty();
        // the heuristic is for templates without a rule only
        TemplateCall cite = new TemplateCall("Cite web", List.of(
                new TemplateCall.Parameter("url", "u"), new TemplateCall.Parameter("title", "t")), -1, true);
        assertThat(r.handlerFor(cite)).containsInstanceOf(CitationHandler.class);
    }

    @Test
    void redirectsResolveThroughTheHook() {
        TemplateRegistry base = zh();
        TemplateRegistry r = base.withRedirects(Map.of("Template:Lang-eng", "Lang-en", "Cite_web", "Cite news", "A", "B", "B", "A"));
        assertThat(r.handlerFor("Lang-eng")).isPresent();
        // a name the registry knows wins over a redirect
        assertThat(r.handlerFor("Cite web").get()).isSameAs(base.handlerFor("Cite web").get());
        assertThat(r.handlerFor("Lang-eng").get()).isSameAs(base.handlerFor("Lang-en").get());
        // loops end
        assertThat(r.handlerFor("A")).isEmpty();
    }

    @Test
    void userFileOverridesBuiltinAndAddsTemplates() throws IOException {
        Path user = write("mine.yaml", """
                - name: Nowrap
                  kind: text
                  text: "«{1}»"
                - name: My template
                  aliases: [Mine]
                  kind: text
                  text: "{2|1}"
                """);
        TemplateRegistry r = TemplateRules.load(WikiProfile.ZHWIKI, List.of(user), Map.of("noteTA", NOTE_TA));
        FakeContext ctx = new FakeContext(r);
        assertThat(FakeContext.render(ctx.run("{{nowrap|a}} {{nobr|b}} {{mine|x|y}}"))).isEqualTo("«a» b y");
    }

    @Test
    void duplicateAcrossUserFilesNamesBothFiles() throws IOException {
        Path a = write("a.yaml", "- {name: Foo, kind: drop}\n");
        Path b = write("b.yaml", "- {name: Bar, aliases: [foo], kind: drop}\n");
        assertThatThrownBy(() -> TemplateRules.load(WikiProfile.ZHWIKI, List.of(a, b), Map.of("noteTA", NOTE_TA)))
                .isInstanceOf(TemplateRuleException.class)
                .hasMessageContaining("b.yaml").hasMessageContaining("a.yaml").hasMessageContaining("Foo");
    }

    @Test
    void badEntriesFailWithFileEntryAndReason() throws IOException {
        assertFails("- {name: X, kind: magic}\n", "'X'", "kind");
        assertFails("- {name: X, kind: text}\n", "'X'", "'text' is required");
        assertFails("- {name: X, kind: text, text: \"{1\"}\n", "'X'", "unclosed");
        assertFails("- {name: X, kind: drop, colour: red}\n", "'X'", "unknown key 'colour'");
        assertFails("- {name: X, kind: java, handler: nope}\n", "'X'", "no Java handler named 'nope'");
        assertFails("- {name: X, kind: java, handler: convert, options: {speed: fast}}\n", "'X'", "unknown option 'speed'");
        assertFails("- {name: X, kind: citation, type: web, fields: {colour: [c]}}\n", "'X'", "unknown citation key");
        assertFails("- {name: X, kind: drop, match: \"(\"}\n", "'X'", "bad 'match' regex");
        assertFails("- {kind: drop}\n", "#1", "'name' is required");
        assertFails("name: X\n", null, "YAML list");
        assertFails("- [unclosed\n", null, "not valid YAML");
    }

    @Test
    void rulesKindNeedsItsHandlerAtWiringTime() {
        assertThatThrownBy(() -> TemplateRules.load(WikiProfile.ZHWIKI, List.of(), Map.of()))
                .isInstanceOf(TemplateRuleException.class).hasMessageContaining("conversion.yaml")
                .hasMessageContaining("noteTA");
    }

    private void assertFails(String yaml, String entry, String reason) throws IOException {
        Path p = write("bad.yaml", yaml);
        var t = assertThatThrownBy(() -> TemplateRules.load(WikiProfile.ZHWIKI, List.of(p), Map.of("noteTA", NOTE_TA)))
                .isInstanceOf(TemplateRuleException.class).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.yaml").hasMessageContaining(reason);
        if (entry != null) {
            t.hasMessageContaining(entry);
        }
    }
}
