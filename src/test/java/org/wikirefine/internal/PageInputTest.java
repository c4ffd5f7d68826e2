package org.wikirefine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wikirefine.Diagnostic;
import org.wikirefine.Page;

class PageInputTest {

    @Test
    void wellFormedInputPassesUnchanged() {
        Page p = Page.of("標題 𝄞", "文字 𝄞 \uE100 private use beyond our marks stays");
        PageInput.Checked c = PageInput.check(p);
        assertThat(c.page()).isSameAs(p);
        assertThat(c.diagnostics()).isEmpty();
    }

    @Test
    void loneSurrogatesAndNoncharactersBecomeReplacementCharactersWithOneDiagnostic() {
        PageInput.Checked c = PageInput.check(Page.of("T\uDC00", "a\uD800b\uDE00c\uFFFEd\uDBFF\uDFFFe 𝄞"));
        assertThat(c.page().text()).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe 𝄞");
        assertThat(c.page().title()).isEqualTo("T\uFFFD");
        assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly("INVALID_CHARACTER", "INVALID_CHARACTER");
        assertThat(c.diagnostics().get(0).message()).startsWith("4 ");
    }

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreRemoved() {
        PageInput.Checked c = PageInput.check(Page.of("T", "{{Inf\u0000\u0001|a}}\t\r\n\u007F\u0085x"));
        assertThat(c.page().text()).isEqualTo("{{Inf|a}}\t\r\nx");
        assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly("CONTROL_CHARACTER");
    }

    @Test
    void reservedMarkCharactersAreRemoved() {
        PageInput.Checked c = PageInput.check(Page.of("T", "a\uE000b\uE01Fc\uE020"));
        assertThat(c.page().text()).isEqualTo("abc\uE020");
        assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly("RESERVED_CHARACTER");
    }
}
