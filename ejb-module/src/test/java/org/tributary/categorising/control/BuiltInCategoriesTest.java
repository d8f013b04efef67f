package org.tributary.categorising.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BuiltInCategoriesTest {

    @Test
    void aKeywordInsideAnotherWordDoesNotMatch() {
        assertThat(BuiltInCategories.match("", "KTOUBERTRAG")).contains("transfers");
        assertThat(BuiltInCategories.match("Suberbia Holdings", "")).isEmpty();
        assertThat(BuiltInCategories.match("Barbara Schmidt", "")).isEmpty();
    }

    @Test
    void aWholeKeywordMatchesWhateverItsCaseAndPunctuation() {
        assertThat(BuiltInCategories.match("Uber BV", "")).contains("transport");
        assertThat(BuiltInCategories.match("UBER", "")).contains("transport");
        assertThat(BuiltInCategories.match("", "Zahlung an UBER*TRIP")).contains("transport");
        assertThat(BuiltInCategories.match("H&M", "")).contains("shopping");
    }

    @Test
    void theLongestPhraseWins() {
        assertThat(BuiltInCategories.match("Uber Eats", "")).contains("eating-out");
        assertThat(BuiltInCategories.match("Amazon Prime", "")).contains("subscriptions");
        assertThat(BuiltInCategories.match("Amazon Marketplace", "")).contains("shopping");
    }

    @Test
    void germanWordsWithOrWithoutUmlauts() {
        assertThat(BuiltInCategories.match("", "Kaltmiete Juni")).contains("rent-and-housing");
        assertThat(BuiltInCategories.match("", "MIETE")).contains("rent-and-housing");
        assertThat(BuiltInCategories.match("", "Kontoübertrag")).contains("transfers");
        assertThat(BuiltInCategories.match("", "ONLINE-UEBERWEISUNG")).contains("transfers");
        assertThat(BuiltInCategories.match("", "Umbuchung von 003")).contains("transfers");
        assertThat(BuiltInCategories.match("", "Entgelt Kontoführung")).contains("fees-and-interest");
        assertThat(BuiltInCategories.match("", "Kfz-Versicherung")).contains("insurance");
        assertThat(BuiltInCategories.match("Finanzamt München", "")).contains("taxes-and-government");
        assertThat(BuiltInCategories.match("", "Kapitalertragsteuer")).contains("taxes-and-government");
        assertThat(BuiltInCategories.match("Löwen-Apotheke", "")).contains("health");
        assertThat(BuiltInCategories.match("", "Bargeldauszahlung")).contains("cash");
        assertThat(BuiltInCategories.match("", "Lohn und Gehalt")).contains("salary");
    }

    @Test
    void russianWords() {
        assertThat(BuiltInCategories.match("", "Заработная плата за май")).contains("salary");
        assertThat(BuiltInCategories.match("", "Перевод между счетами")).contains("transfers");
        assertThat(BuiltInCategories.match("", "Снятие наличных")).contains("cash");
        assertThat(BuiltInCategories.match("", "Комиссия за обслуживание")).contains("fees-and-interest");
        assertThat(BuiltInCategories.match("", "Страхование жизни")).contains("insurance");
        assertThat(BuiltInCategories.match("АПТЕКА 36,6", "")).contains("health");
        assertThat(BuiltInCategories.match("АЗС ЛУКОЙЛ", "")).contains("transport");
        assertThat(BuiltInCategories.match("Пятёрочка", "")).contains("groceries");
        assertThat(BuiltInCategories.match("", "Уплата налога")).isEmpty(); // "налога" is not "налог": whole words
    }

    @Test
    void polishSpanishItalianAndFrenchWords() {
        assertThat(BuiltInCategories.match("", "Wynagrodzenie za 05/2024")).contains("salary");
        assertThat(BuiltInCategories.match("", "Wypłata z bankomatu")).contains("cash");
        assertThat(BuiltInCategories.match("Apteka Gemini", "")).contains("health");
        assertThat(BuiltInCategories.match("", "Prowizja za przelew")).contains("fees-and-interest");
        assertThat(BuiltInCategories.match("", "Abono salario")).contains("salary");
        assertThat(BuiltInCategories.match("", "Stipendio maggio")).contains("salary");
        assertThat(BuiltInCategories.match("Pharmacie du Centre", "")).contains("health");
        assertThat(BuiltInCategories.match("", "Frais de tenue de compte")).contains("fees-and-interest");
        assertThat(BuiltInCategories.match("", "RETRAIT DAB")).contains("cash");
    }

    @Test
    void theMerchantComesBeforeTheDescription() {
        assertThat(BuiltInCategories.match("Edeka", "Überweisung")).contains("groceries");
    }

    @Test
    void interestIsIncomeWhenMoneyComesInAndIncomeIsNeverMoneyGoingOut() {
        assertThat(BuiltInCategories.match("Habenzinsen", 1))
                .map(m -> m.category())
                .contains(Taxonomy.OTHER_INCOME);
        assertThat(BuiltInCategories.match("Sollzinsen", -1))
                .map(m -> m.category())
                .contains(Taxonomy.FEES_AND_INTEREST);
        assertThat(BuiltInCategories.match("Zinsen", -1)).map(m -> m.category()).contains(Taxonomy.FEES_AND_INTEREST);
        assertThat(BuiltInCategories.match("Gehalt", -1)).isEmpty();
        assertThat(BuiltInCategories.match("Gehalt", 1)).map(m -> m.category()).contains(Taxonomy.SALARY);
    }

    @Test
    void aGenericTransferWordLosesToAnySpecificWord() {
        assertThat(BuiltInCategories.match("", "Überweisung Musikschule Kursbeitrag Schule"))
                .contains("education");
        assertThat(BuiltInCategories.match("Überweisung Miete April", -1))
                .map(m -> m.category())
                .contains(Taxonomy.RENT_AND_HOUSING);
        assertThat(BuiltInCategories.match("Überweisung an Anna", -1))
                .map(m -> m.weak())
                .contains(true);
        assertThat(BuiltInCategories.match("Kontoübertrag Sparkonto", -1))
                .map(m -> m.weak())
                .contains(false);
    }

    @Test
    void aSubscriptionWordSaysLessThanWhatIsSubscribedTo() {
        assertThat(BuiltInCategories.match("", "PRLV SEPA FITNESS PARK ABONNEMENT MENSUEL"))
                .contains("entertainment");
        assertThat(BuiltInCategories.match("", "PRLV SEPA CANAL ABONNEMENT")).contains("subscriptions");
        assertThat(BuiltInCategories.match("Оплата ЖКУ Мосэнергосбыт Электроэнергия", -1))
                .map(m -> m.category())
                .contains(Taxonomy.UTILITIES);
    }

    @Test
    void anAddressIsNoKeyword() {
        assertThat(BuiltInCategories.match("", "HOYTS CINEMAS BROADWAY NS AUS")).contains("entertainment");
        assertThat(BuiltInCategories.match("", "KMART 1234 PARRAMATTA NS AUS"))
                .isNotEqualTo(java.util.Optional.of("transport"));
    }

    @Test
    void aPhraseThatNamesNoCategoryHidesItsWords() {
        assertThat(BuiltInCategories.match("", "Bezahlung Bankomat K1 HOFER GRAZ"))
                .isEmpty();
        assertThat(BuiltInCategories.match("", "Behebung Bankomat K1 RAIFFEISENBANK"))
                .contains("cash");
    }

    @Test
    void moneyFromTheTaxOfficeIsIncome() {
        assertThat(BuiltInCategories.match("IRS TREAS 310 TAX REF", 1))
                .map(m -> m.category())
                .contains(Taxonomy.OTHER_INCOME);
        assertThat(BuiltInCategories.match("Finanzamt Einkommensteuer", -1))
                .map(m -> m.category())
                .contains(Taxonomy.TAXES);
    }

    @Test
    void aRefundIsLeftToTheMerchant() {
        assertThat(BuiltInCategories.match("", "Erstattung")).isEmpty();
        assertThat(BuiltInCategories.match("Zalando", "Erstattung")).contains("shopping");
    }

    @Test
    void theNamesAreTheTaxonomys() {
        assertThat(BuiltInCategories.names())
                .containsExactlyElementsOf(Arrays.stream(Taxonomy.values())
                        .map(Taxonomy::storedName)
                        .toList())
                .contains("travel", "insurance", "other-income")
                .endsWith(BuiltInCategories.UNCATEGORISED);
    }

    @Test
    void theNewCategoriesHaveWordsToo() {
        assertThat(BuiltInCategories.match("Hotel Adlon", "")).contains("travel");
        assertThat(BuiltInCategories.match("Friseur Schneider", "")).contains("personal-care");
        assertThat(BuiltInCategories.match("Kino International", "")).contains("entertainment");
        assertThat(BuiltInCategories.match("Udemy", "")).contains("education");
        assertThat(BuiltInCategories.match("Unicef", "Spende")).contains("gifts-and-charity");
        assertThat(BuiltInCategories.match("", "DIVIDEND EARNED FOR PERIOD OF 03"))
                .contains("other-income");
        assertThat(BuiltInCategories.match("HMRC", "")).contains("taxes-and-government");
    }

    @Test
    void hugeAndOddTextIsNoProblem() {
        assertThat(BuiltInCategories.match("", "x".repeat(1_000_000))).isEmpty();
        assertThat(BuiltInCategories.match("", "miete ".repeat(100_000))).contains("rent-and-housing");
        assertThat(BuiltInCategories.match(null, null)).isEmpty();
        assertThat(BuiltInCategories.match("\u0000\uFFFF\uD800", "")).isEmpty();
    }
}
