package org.wikirefine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The registry of internal marks: each mark is its own character, inside the range input never carries. */
class InternalMarksTest {

    @Test
    void everyMarkIsDistinctAndReserved() throws IllegalAccessException {
        Map<Character, String> byChar = new HashMap<>();
        for (Field f : InternalMarks.class.getFields()) {
            if (f.getType() != char.class || !Modifier.isStatic(f.getModifiers())
                    || f.getName().equals("FIRST") || f.getName().equals("LAST")) {
                continue;
            }
            char c = f.getChar(null);
            assertThat(InternalMarks.isReserved(c)).as(f.getName()).isTrue();
            String other = byChar.put(c, f.getName());
            assertThat(other).as(f.getName() + " shares its character with another mark").isNull();
        }
        assertThat(byChar).hasSizeGreaterThanOrEqualTo(13);
    }

    @Test
    void stripKeepsTheTextBetweenMarks() {
        String marked = "a" + InternalMarks.STRIP_START + "0" + InternalMarks.STRIP_END + "b" + InternalMarks.DROP;
        assertThat(InternalMarks.strip(marked)).isEqualTo("a0b");
    }
}
