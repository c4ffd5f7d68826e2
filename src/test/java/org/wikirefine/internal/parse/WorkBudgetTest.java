package org.wikirefine.internal.parse;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkBudgetTest {

    @Test
    void aPageMayParseTheBaseAllowancePlusTenTimesItsLength() {
        WorkBudget budget = WorkBudget.forPage(1000);
        long limit = WorkBudget.BASE_CHARS + 10_000;
        assertThatCode(() -> {
            budget.parse((int) (limit - 1));
            budget.parse(1);
        }).doesNotThrowAnyException();
        assertThatThrownBy(() -> budget.parse(1)).isInstanceOf(WorkBudget.Exceeded.class)
                .hasMessageContaining("more than " + limit + " characters");
    }

    @Test
    void aRenderingHasItsOwnBudgetOfTheSameSize() {
        WorkBudget budget = WorkBudget.forRendering(1000);
        long limit = WorkBudget.BASE_CHARS + 10_000;
        budget.spend(limit);
        assertThatThrownBy(() -> budget.spend(1)).isInstanceOf(org.wikirefine.WorkLimitExceededException.class)
                .hasMessageContaining("rendering one variant").hasMessageContaining("more than " + limit);
    }
}
