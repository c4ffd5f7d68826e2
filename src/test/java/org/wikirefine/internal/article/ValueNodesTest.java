package org.wikirefine.internal.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wikirefine.internal.wikitext.Preprocessor;
import org.wikirefine.internal.wikitext.WikiNode;

/** Template values found again, by their text, among the arguments of the page tree. */
class ValueNodesTest {

    private static List<WikiNode.Argument> args(String call) {
        return ((WikiNode.Template) Preprocessor.parse(call).get(0)).args();
    }

    @Test
    void positionalValueIsFoundByItsStrippedTextWithoutItsSpaces() {
        ValueNodes values = new ValueNodes();
        values.add(args("{{t| [[a]] b \n}}"));
        assertThat(values.nodes("[[a]] b")).containsExactly(new WikiNode.Text("[[a]] b"));
    }

    @Test
    void namedValueIsFoundAsTheParameterGivesIt() {
        ValueNodes values = new ValueNodes();
        values.add(args("{{t|x = {{u|1}} y }}"));
        List<WikiNode> nodes = values.nodes("{{u|1}} y");
        assertThat(nodes).hasSize(2);
        assertThat(nodes.get(0)).isInstanceOf(WikiNode.Template.class);
        assertThat(nodes.get(1)).isEqualTo(new WikiNode.Text(" y"));
    }

    @Test
    void textThatDiffersInsideIsNoValue() {
        ValueNodes values = new ValueNodes();
        values.add(args("{{t|a[[b]]c|x=a{{b}}c}}"));
        assertThat(values.nodes("a[[z]]c")).isNull();
        assertThat(values.nodes("a{{z}}c")).isNull();
        assertThat(values.nodes("a[[b]]c")).isNotNull();
    }

    @Test
    void argumentsMetAfterALookupAreFoundToo() {
        ValueNodes values = new ValueNodes();
        values.add(args("{{t|[[a]]}}"));
        assertThat(values.nodes("[[b]]")).isNull();
        values.add(args("{{t|[[b]]}}"));
        assertThat(values.nodes("[[b]]")).containsExactly(new WikiNode.Text("[[b]]"));
    }

    @Test
    void theFirstArgumentMetWithATextGivesTheNodes() {
        ValueNodes values = new ValueNodes();
        WikiNode.Argument first = new WikiNode.Argument(null, "v", List.of(new WikiNode.Text("first")), 0, 1);
        WikiNode.Argument second = new WikiNode.Argument(null, "v", List.of(new WikiNode.Text("second")), 2, 3);
        values.add(List.of(first, second));
        assertThat(values.nodes("v")).containsExactly(new WikiNode.Text("first"));
    }

    @Test
    void namedValueWithAnIdeographicSpaceAtItsEndIsNotFoundStripped() {
        ValueNodes values = new ValueNodes();
        values.add(args("{{t|x=ab\u3000}}"));
        assertThat(values.nodes("ab")).isNull();
    }
}
