package org.tributary.categorising.control.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tributary.categorising.control.Descriptor;

class LlmPromptTest {

    @Test
    void controlAndFormatCharactersBecomeOneSpace() {
        assertThat(LlmPrompt.text(new Descriptor("Coop\u0000", "Coop\tPronto\n\u202eBern\u200b ", -1)))
                .isEqualTo("Coop Pronto Bern");
    }

    @Test
    void theMerchantIsNotRepeatedWhenTheDescriptionHoldsIt() {
        assertThat(LlmPrompt.text(new Descriptor("Migros", "MIGROS ZUERICH", -1)))
                .isEqualTo("MIGROS ZUERICH");
        assertThat(LlmPrompt.text(new Descriptor("Migros", "", -1))).isEqualTo("Migros");
        assertThat(LlmPrompt.text(new Descriptor("", "Kartenzahlung", -1))).isEqualTo("Kartenzahlung");
    }

    @Test
    void longTextIsCutAtTwoHundredCharactersNeverInsideAPair() {
        assertThat(LlmPrompt.text(new Descriptor("", "x".repeat(500), -1))).hasSize(200);
        String emoji = "x".repeat(199) + "\uD83D\uDE00" + "tail";
        assertThat(LlmPrompt.text(new Descriptor("", emoji, -1))).isEqualTo("x".repeat(199));
    }

    @Test
    void theUserMessageHoldsOnlyIdsTextsAndDirections() {
        assertThat(LlmPrompt.userMessage(java.util.List.of(new Descriptor("A\"B", "", 1), new Descriptor("C", "", 0))))
                .isEqualTo(
                        "[{\"id\":1,\"text\":\"A\\\"B\",\"direction\":\"in\"},{\"id\":2,\"text\":\"C\",\"direction\":\"out\"}]");
    }
}
