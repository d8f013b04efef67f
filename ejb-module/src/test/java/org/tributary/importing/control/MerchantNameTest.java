package org.tributary.importing.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MerchantNameTest {

    @Test
    void aProcessorPrefixAWebAddressAndAnAmountAreNotTheMerchant() {
        assertThat(MerchantName.of("", "UBER *TRIP 8.99 HELP.UBER.COM")).isEqualTo(MerchantName.of("", "UBER TRIP"));
        assertThat(MerchantName.of(null, "SQ *BLUE BOTTLE COFFEE")).isEqualTo("BLUE BOTTLE COFFEE");
    }

    @Test
    void storeNumbersReferencesAndDatesGo() {
        assertThat(MerchantName.of("", "REWE SAGT DANKE 4265799 22.02")).isEqualTo("REWE SAGT DANKE");
        assertThat(MerchantName.of("", "IKEA DEUTSCHLAND #0423")).isEqualTo("IKEA DEUTSCHLAND");
    }

    @Test
    void aNameThatIsAllWebAddressAndNumbersIsTheSiteName() {
        assertThat(MerchantName.of("", "NETFLIX.COM")).isEqualTo("NETFLIX");
        assertThat(MerchantName.of("", "NETFLIX.COM 866-579-7172")).isEqualTo("NETFLIX");
    }

    @Test
    void punctuationLeftOverIsNoWord() {
        assertThat(MerchantName.of("", "AMAZON - 123456 - MARKETPLACE EU")).isEqualTo("AMAZON MARKETPLACE EU");
    }

    @Test
    void theCounterpartyComesBeforeTheDescription() {
        assertThat(MerchantName.of("Stadtwerke München", "Abschlag 11/2026")).isEqualTo("STADTWERKE MÜNCHEN");
        assertThat(MerchantName.of(" ", "")).isEqualTo("Unknown");
    }
}
