package org.wikirefine.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wikirefine.TemplateCall;

class TextPatternTest {

    static TemplateCall call(String... kv) {
        List<TemplateCall.Parameter> ps = new ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) {
            ps.add(new TemplateCall.Parameter(kv[i], kv[i + 1]));
        }
        return new TemplateCall("T", ps, -1, true);
    }

    @Test
    void placeholdersFallbacksAndLiterals() {
        assertThat(TextPattern.compile("{2}").apply(call("1", "a", "2", " b "), "")).isEqualTo("b");
        assertThat(TextPattern.compile("{3|d|1}").apply(call("1", "a", "d", "dd"), "")).isEqualTo("dd");
        assertThat(TextPattern.compile("{3|d|1}").apply(call("1", "a"), "")).isEqualTo("a");
        assertThat(TextPattern.compile("{2|\"?\"}").apply(call("1", "a"), "")).isEqualTo("?");
        assertThat(TextPattern.compile("{lang}:{1}").apply(call("1", "x", "lang", "en"), "")).isEqualTo("en:x");
        assertThat(TextPattern.compile("\\{{1}\\}").apply(call("1", "x"), "")).isEqualTo("{x}");
    }

    @Test
    void restJoinsPositionalParameters() {
        assertThat(TextPattern.compile("{2..}").apply(call("1", "a", "2", "b", "3", "", "4", "d"), "、")).isEqualTo("b、d");
    }

    @Test
    void optionalGroupsAndEmptyCalls() {
        TextPattern p = TextPattern.compile("{1}{?（{2}）}");
        assertThat(p.apply(call("1", "a", "2", "b"), "")).isEqualTo("a（b）");
        assertThat(p.apply(call("1", "a"), "")).isEqualTo("a");
        // every parameter empty: nothing at all, not a dangling label
        assertThat(TextPattern.compile("英語：{1}").apply(call(), "")).isEmpty();
        // a constant pattern always writes its text
        assertThat(TextPattern.compile(" · ").apply(call(), "")).isEqualTo(" · ");
    }

    @Test
    void syntaxErrors() {
        assertThatThrownBy(() -> TextPattern.compile("{1")).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> TextPattern.compile("a}")).hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> TextPattern.compile("{?{1}")).hasMessageContaining("unclosed '{?'");
        assertThatThrownBy(() -> TextPattern.compile("{x..}")).hasMessageContaining("positional");
        assertThatThrownBy(() -> TextPattern.compile("{}")).hasMessageContaining("empty placeholder");
    }
}
