package org.wikirefine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wikirefine.internal.convert.grammar.ConvRuleLexer;
import org.wikirefine.internal.convert.grammar.ConvRuleParser;

/**
 * grammars-v4 style: every {@code grammar/examples/NAME.txt} (the content of a {@code -{…}-}, a noteTA value or a
 * CGroup rule; with a {@code |} it is read as flags + body, else as a bare body) parses to the indented tree in
 * {@code NAME.txt.tree}.
 * Regenerate a tree after a deliberate grammar change with {@code -Dgrammar.updateTrees=true} and review the diff.
 */
class GrammarExamplesTest {

    static final Path DIR = Path.of("grammar/examples");

    static String render(ParseTree t) {
        StringBuilder sb = new StringBuilder();
        render(t, 0, sb);
        return sb.toString();
    }

    private static void render(ParseTree t, int depth, StringBuilder sb) {
        sb.append(" ".repeat(depth));
        if (t instanceof TerminalNode n) {
            Token tok = n.getSymbol();
            String name = tok.getType() == Token.EOF ? "EOF" : ConvRuleParser.VOCABULARY.getSymbolicName(tok.getType());
            sb.append(name);
            if (tok.getType() != Token.EOF) {
                sb.append(' ').append(quote(tok.getText()));
            }
            sb.append('\n');
            return;
        }
        ParserRuleContext ctx = (ParserRuleContext) t;
        String rule = ConvRuleParser.ruleNames[ctx.getRuleIndex()];
        String label = ctx.getClass().getSimpleName().replace("Context", "");
        sb.append(rule);
        if (!label.equalsIgnoreCase(rule)) {
            sb.append(" #").append(label);
        }
        sb.append('\n');
        for (int i = 0; i < t.getChildCount(); i++) {
            render(t.getChild(i), depth + 1, sb);
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\"", "\\\"") + '"';
    }

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<Path> inputs;
        try (Stream<Path> s = Files.list(DIR)) {
            inputs = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(inputs).isNotEmpty();
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String input = Files.readString(p, StandardCharsets.UTF_8);
            if (input.endsWith("\n")) {
                input = input.substring(0, input.length() - 1);  // files end with a newline; the example does not
            }
            String tree = render(RuleSyntax.tree(input));
            Path expected = Path.of(p + ".tree");
            if (Boolean.getBoolean("grammar.updateTrees")) {
                Files.writeString(expected, tree, StandardCharsets.UTF_8);
            }
            assertThat(tree).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        }));
    }

    /** The splits the examples illustrate, asserted as data (independent of the tree layout). */
    @Test
    void splitsWhereMediaWikiSplits() {
        assertThat(RuleSyntax.chunks("zh-hans:阿勒颇;zh-hant:阿勒坡;zh-hk:阿勒頗;"))
                .containsExactly("zh-hans:阿勒颇", "zh-hant:阿勒坡", "zh-hk:阿勒頗", "");
        assertThat(RuleSyntax.chunks("zh-cn:AT&amp;T;zh-tw:AT&amp;T 台灣"))
                .containsExactly("zh-cn:AT&amp;T", "zh-tw:AT&amp;T 台灣");
        assertThat(RuleSyntax.chunks("zh-hans:<span style=\"a;b\">x</span>;zh-hant:y"))
                .containsExactly("zh-hans:<span style=\"a;b\">x</span>", "zh-hant:y");
        assertThat(RuleSyntax.chunks("zh-cn：信息；zh-tw：資訊")).containsExactly("zh-cn：信息；zh-tw：資訊");
        assertThat(RuleSyntax.chunks("zh-tw:約翰·希南; ;")).containsExactly("zh-tw:約翰·希南; ", "");
        assertThat(RuleSyntax.chunks("zh-cn:a;ZH-TW:b")).containsExactly("zh-cn:a;ZH-TW:b");
        assertThat(RuleSyntax.chunks("鼠标=>zh-tw:滑鼠; 鼠标 => zh-hk : 滑鼠;"))
                .containsExactly("鼠标=>zh-tw:滑鼠", "鼠标 => zh-hk : 滑鼠", "");
        // ';' splits before "from=>code:" but "b=>c" (c not a code) is text, so the first ';' stays
        assertThat(RuleSyntax.chunks("a;b=>c;zh-cn:d")).containsExactly("a;b=>c", "zh-cn:d");
        assertThat(RuleSyntax.chunks("a;b=>zh-cn:d")).containsExactly("a", "b=>zh-cn:d");
        assertThat(RuleSyntax.chunks("zh-cn:x;zh-Hant-TW:y;zh-hant-tw:z"))
                .containsExactly("zh-cn:x", "zh-Hant-TW:y;zh-hant-tw:z");
        assertThat(RuleSyntax.chunks("种")).containsExactly("种");
        RuleSyntax.Split s = RuleSyntax.splitRule(" H ; zh-cn |zh-cn:a|b;zh-tw:c");
        assertThat(s.flags()).containsExactly(" H ", " zh-cn ");
        assertThat(s.body()).isEqualTo("zh-cn:a|b;zh-tw:c");
        assertThat(s.chunks()).containsExactly("zh-cn:a|b", "zh-tw:c");
        assertThat(RuleSyntax.splitRule("no flags here").flags()).isNull();
    }
}
