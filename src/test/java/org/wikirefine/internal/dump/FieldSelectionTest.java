package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.wikirefine.Page;

class FieldSelectionTest {

    private static final PageProcessor FIXED = page -> new PageProcessor.Result(List.of(new PageProcessor.Output("zh",
            "{\"id\":1,\"title\":\"T\",\"sections\":[{\"level\":0,\"blocks\":[{\"text\":\"x\"}]}],\"text\":\"x\",\"links\":[\"A\"]}")),
            List.of("C"), List.of("U"));

    @Test
    void keepsOnlyTheChosenTopLevelFieldsInTheirOrder() throws Exception {
        PageProcessor p = FieldSelection.of(FIXED, FieldSelection.parse("text, id,links"));
        PageProcessor.Result r = p.process(Page.of("T", "x"));
        assertThat(r.outputs().get(0).body()).isEqualTo("{\"id\":1,\"text\":\"x\",\"links\":[\"A\"]}");
        assertThat(r.diagnosticCodes()).containsExactly("C");
        assertThat(r.unknownTemplates()).containsExactly("U");
    }

    @Test
    void unknownFieldIsAUsageErrorNamingIt() {
        assertThatThrownBy(() -> FieldSelection.parse("id,txet")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'txet'");
        assertThatThrownBy(() -> FieldSelection.parse(" , ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allFieldsMeansNoWrapper() {
        assertThat(FieldSelection.of(FIXED, null)).isSameAs(FIXED);
        assertThat(FieldSelection.of(FIXED, Set.copyOf(org.wikirefine.internal.render.JsonFields.ALL))).isSameAs(FIXED);
    }
}
