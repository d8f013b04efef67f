package org.tributary.categorising.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordLayerTest {

    private final KeywordLayer layer = new KeywordLayer();

    @Test
    void itSaysWhichWordMatched() {
        assertThat(layer.suggest(new Descriptor("Erika Mustermann", "MIETE", -1)))
                .contains(new Suggestion("rent-and-housing", CategorisedBy.RULE, 0.9, "keyword:miete"));
    }

    @Test
    void theMerchantComesFirst() {
        assertThat(layer.suggest(new Descriptor("Uber BV", "Überweisung", -1)))
                .map(Suggestion::reason)
                .contains("keyword:uber");
    }

    @Test
    void anAccountTransferIsNoTaxiRide() {
        assertThat(layer.suggest(new Descriptor("", "KTOUBERTRAG", -1)))
                .map(Suggestion::category)
                .contains("transfers");
    }

    @Test
    void noWordNoSuggestion() {
        assertThat(layer.suggest(new Descriptor("Gerrits Glas en Schilderwerk", "", -1)))
                .isEmpty();
    }

    @Test
    void interestFollowsTheMoney() {
        assertThat(layer.suggest(new Descriptor("", "Zinsen HABEN", 1)))
                .map(Suggestion::category)
                .contains("other-income");
        assertThat(layer.suggest(new Descriptor("", "Interest charged", -1)))
                .map(Suggestion::category)
                .contains("fees-and-interest");
    }

    @Test
    void aWeakWordInTheMerchantLosesToASpecificWordInTheDescription() {
        assertThat(layer.suggest(new Descriptor("Przelew Przychodzący", "PRZELEW PRZYCHODZĄCY WYNAGRODZENIE", 1)))
                .map(Suggestion::category)
                .contains("salary");
        assertThat(layer.suggest(new Descriptor("Overschrijving", "OVERSCHRIJVING J JANSEN", -1)))
                .map(Suggestion::category)
                .contains("transfers");
    }

    @Test
    void aKeywordAtTheEndOfACompoundCountsWhereNoWholeWordDoes() {
        assertThat(layer.asTail(new Descriptor("Länsförsäkringar Göinge", "", -1)))
                .contains(new Suggestion("insurance", CategorisedBy.RULE, 0.7, "keyword:forsakringar"));
        assertThat(layer.asTail(new Descriptor("Kiez", "Hausratversicherung 2026", -1)))
                .map(Suggestion::category)
                .contains("insurance");
        assertThat(layer.suggest(new Descriptor("Länsförsäkringar", "", -1))).isEmpty();
    }

    @Test
    void aPlaceNameEndingInAKeywordIsNoCompound() {
        assertThat(layer.asTail(new Descriptor("Augsburger Allgemeine", "", -1)))
                .isEmpty();
        assertThat(layer.asTail(new Descriptor("Tee", "", -1))).isEmpty();
    }

    @Test
    void aHugeWordIsLookedAtOnlyAsFarAsTheLongestKeyword() {
        String huge = "x".repeat(10_000) + "versicherung";
        String binary = new String(new char[10_000]).replace('\0', '\u0007') + "\uFFFF\uD800";
        assertThat(layer.asTail(new Descriptor(huge, huge, -1))).isEmpty(); // cut at 512 characters first
        assertThat(layer.asTail(new Descriptor(binary, binary, -1))).isEmpty();
    }

    @Test
    void aCashWithdrawalIsCashWhoeverRunsTheMachine() {
        assertThat(new InlineCategoriser(UserRules.NONE)
                        .suggest(new Descriptor("Globus", "GELDAUTOMAT GLOBUS 4411 SAARBRUECKEN", -1)))
                .map(Suggestion::category)
                .contains("cash");
    }
}
