package org.tributary.importing.control.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpacesTest {

    @Test
    void collapsesEveryRunOfWhiteSpaceToOneSpace() {
        assertThat(Spaces.collapse("UBER  *TRIP\t\t8.99\r\nHELP")).isEqualTo("UBER *TRIP 8.99 HELP");
        assertThat(Spaces.collapse(" lead and trail  ")).isEqualTo(" lead and trail ");
        assertThat(Spaces.collapse("tab\there")).isEqualTo("tab here");
        assertThat(Spaces.collapse("")).isEmpty();
    }

    @Test
    void leavesTextWithoutARunAsItIs() {
        String text = "ALDI SUED 4265799 22.02";
        assertThat(Spaces.collapse(text)).isSameAs(text);
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomText() {
        Random random = new Random(7);
        String alphabet = "ab  \t\n\r\u000B\f\u00A0x";
        for (int n = 0; n < 10_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Spaces.collapse(text.toString()))
                    .isEqualTo(text.toString().replaceAll("\\s+", " "));
        }
    }
}
