package org.tributary.categorising.control.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MerchantTextTest {

    @Test
    void dropsDigitsAndPunctuationAndCase() {
        assertThat(MerchantText.prepare("STARBUCKS STORE #123, ZÜRICH")).isEqualTo("starbucks store zürich");
        assertThat(MerchantText.prepare("McDonald's F1234")).isEqualTo("mcdonalds");
        assertThat(MerchantText.prepare("ПЯТЁРОЧКА 1234")).isEqualTo("пятёрочка");
    }

    @Test
    void dropsBookingWordsUnlessNothingElseIsLeft() {
        assertThat(MerchantText.prepare("Met Debetkaart Apotheek De Zon")).isEqualTo("apotheek de zon");
        assertThat(MerchantText.prepare("Оплата товаров и услуг. АПТЕКА")).isEqualTo("аптека");
        assertThat(MerchantText.prepare("VISA PURCHASE")).isEqualTo("visa purchase");
    }

    @Test
    void nothingReadableIsEmpty() {
        assertThat(MerchantText.prepare(null)).isEmpty();
        assertThat(MerchantText.prepare("  ")).isEmpty();
        assertThat(MerchantText.prepare("12/03 *** 4.50")).isEmpty();
    }

    @Test
    void longTextIsCutAtAWord() {
        String prepared = MerchantText.prepare("word ".repeat(2_000_000));
        assertThat(prepared.length()).isLessThanOrEqualTo(MerchantText.MAX_LENGTH);
        assertThat(prepared).endsWith("word");
    }
}
