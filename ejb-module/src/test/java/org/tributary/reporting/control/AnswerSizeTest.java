package org.tributary.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerSizeTest {

    record Row(String name, List<String> notes) {}

    record Part(List<Row> rows, Map<String, Integer> used) {}

    record Answer(String title, Part first, Part second, List<String> missing) {}

    @Test
    void anAnswerWeighsOneAndARowForEveryElementOfItsListsAndMapsHoweverNested() {
        Answer answer = new Answer(
                "June",
                new Part(List.of(new Row("a", List.of("x", "y", "z")), new Row("b", List.of())), Map.of("USD", 1)),
                new Part(List.of(), Map.of()),
                List.of("VND"));

        // 1 for the answer, 2 rows and 1 rate in the first part, 1 missing; a row's own list is not looked into
        assertThat(AnswerSize.rows(answer)).isEqualTo(5);
    }

    @Test
    void somethingWithoutListsWeighsOne() {
        assertThat(AnswerSize.rows("text")).isEqualTo(1);
        assertThat(AnswerSize.rows(new Row("a", null))).isEqualTo(1);
    }
}
