package org.tributary.categorising.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BuiltInCategoriesTest {

    @Test
    void aKeywordInsideAnotherWordDoesNotMatch() {
        assertThat(BuiltInCategories.match("", "KTOUBERTRAG")).contains("Transfers");
        assertThat(BuiltInCategories.match("Suberbia Holdings", "")).isEmpty();
        assertThat(BuiltInCategories.match("Barbara Schmidt", "")).isEmpty();
    }

    @Test
    void aWholeKeywordMatchesWhateverItsCaseAndPunctuation() {
        assertThat(BuiltInCategories.match("Uber BV", "")).contains("Transport");
        assertThat(BuiltInCategories.match("UBER", "")).contains("Transport");
        assertThat(BuiltInCategories.match("", "Zahlung an UBER*TRIP")).contains("Transport");
        assertThat(BuiltInCategories.match("H&M", "")).contains("Shopping");
    }

    @Test
    void theLongestPhraseWins() {
        assertThat(BuiltInCategories.match("Uber Eats", "")).contains("Eating out");
        assertThat(BuiltInCategories.match("Amazon Prime", "")).contains("Subscriptions");
        assertThat(BuiltInCategories.match("Amazon Marketplace", "")).contains("Shopping");
    }

    @Test
    void germanWordsWithOrWithoutUmlauts() {
        assertThat(BuiltInCategories.match("", "Kaltmiete Juni")).contains("Rent and housing");
        assertThat(BuiltInCategories.match("", "MIETE")).contains("Rent and housing");
        assertThat(BuiltInCategories.match("", "Kontoübertrag")).contains("Transfers");
        assertThat(BuiltInCategories.match("", "ONLINE-UEBERWEISUNG")).contains("Transfers");
        assertThat(BuiltInCategories.match("", "Umbuchung von 003")).contains("Transfers");
        assertThat(BuiltInCategories.match("", "Entgelt Kontoführung")).contains("Fees and interest");
        assertThat(BuiltInCategories.match("", "Kfz-Versicherung")).contains("Insurance");
        assertThat(BuiltInCategories.match("Finanzamt München", "")).contains("Taxes and government");
        assertThat(BuiltInCategories.match("", "Kapitalertragsteuer")).contains("Taxes and government");
        assertThat(BuiltInCategories.match("Löwen-Apotheke", "")).contains("Health");
        assertThat(BuiltInCategories.match("", "Bargeldauszahlung")).contains("Cash");
        assertThat(BuiltInCategories.match("", "Lohn und Gehalt")).contains("Salary");
    }

    @Test
    void russianWords() {
        assertThat(BuiltInCategories.match("", "Заработная плата за май")).contains("Salary");
        assertThat(BuiltInCategories.match("", "Перевод между счетами")).contains("Transfers");
        assertThat(BuiltInCategories.match("", "Снятие наличных")).contains("Cash");
        assertThat(BuiltInCategories.match("", "Комиссия за обслуживание")).contains("Fees and interest");
        assertThat(BuiltInCategories.match("", "Страхование жизни")).contains("Insurance");
        assertThat(BuiltInCategories.match("АПТЕКА 36,6", "")).contains("Health");
        assertThat(BuiltInCategories.match("АЗС ЛУКОЙЛ", "")).contains("Transport");
        assertThat(BuiltInCategories.match("Пятёрочка", "")).contains("Groceries");
        assertThat(BuiltInCategories.match("", "Уплата налога")).isEmpty(); // "налога" is not "налог": whole words
    }

    @Test
    void polishSpanishItalianAndFrenchWords() {
        assertThat(BuiltInCategories.match("", "Wynagrodzenie za 05/2024")).contains("Salary");
        assertThat(BuiltInCategories.match("", "Wypłata z bankomatu")).contains("Cash");
        assertThat(BuiltInCategories.match("Apteka Gemini", "")).contains("Health");
        assertThat(BuiltInCategories.match("", "Prowizja za przelew")).contains("Fees and interest");
        assertThat(BuiltInCategories.match("", "Abono salario")).contains("Salary");
        assertThat(BuiltInCategories.match("", "Stipendio maggio")).contains("Salary");
        assertThat(BuiltInCategories.match("Pharmacie du Centre", "")).contains("Health");
        assertThat(BuiltInCategories.match("", "Frais de tenue de compte")).contains("Fees and interest");
        assertThat(BuiltInCategories.match("", "RETRAIT DAB")).contains("Cash");
    }

    @Test
    void theMerchantComesBeforeTheDescription() {
        assertThat(BuiltInCategories.match("Edeka", "Überweisung")).contains("Groceries");
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
                .contains("Education");
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
                .contains("Entertainment");
        assertThat(BuiltInCategories.match("", "PRLV SEPA CANAL ABONNEMENT")).contains("Subscriptions");
        assertThat(BuiltInCategories.match("Оплата ЖКУ Мосэнергосбыт Электроэнергия", -1))
                .map(m -> m.category())
                .contains(Taxonomy.UTILITIES);
    }

    @Test
    void anAddressIsNoKeyword() {
        assertThat(BuiltInCategories.match("", "HOYTS CINEMAS BROADWAY NS AUS")).contains("Entertainment");
        assertThat(BuiltInCategories.match("", "KMART 1234 PARRAMATTA NS AUS"))
                .isNotEqualTo(java.util.Optional.of("Transport"));
    }

    @Test
    void aPhraseThatNamesNoCategoryHidesItsWords() {
        assertThat(BuiltInCategories.match("", "Bezahlung Bankomat K1 HOFER GRAZ"))
                .isEmpty();
        assertThat(BuiltInCategories.match("", "Behebung Bankomat K1 RAIFFEISENBANK"))
                .contains("Cash");
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
        assertThat(BuiltInCategories.match("Zalando", "Erstattung")).contains("Shopping");
    }

    @Test
    void theNamesAreTheTaxonomys() {
        assertThat(BuiltInCategories.names())
                .containsExactlyElementsOf(Arrays.stream(Taxonomy.values())
                        .map(Taxonomy::storedName)
                        .toList())
                .contains("Travel", "Insurance", "Other income")
                .endsWith(BuiltInCategories.UNCATEGORISED);
    }

    @Test
    void theNewCategoriesHaveWordsToo() {
        assertThat(BuiltInCategories.match("Hotel Adlon", "")).contains("Travel");
        assertThat(BuiltInCategories.match("Friseur Schneider", "")).contains("Personal care");
        assertThat(BuiltInCategories.match("Kino International", "")).contains("Entertainment");
        assertThat(BuiltInCategories.match("Udemy", "")).contains("Education");
        assertThat(BuiltInCategories.match("Unicef", "Spende")).contains("Gifts and charity");
        assertThat(BuiltInCategories.match("", "DIVIDEND EARNED FOR PERIOD OF 03"))
                .contains("Other income");
        assertThat(BuiltInCategories.match("HMRC", "")).contains("Taxes and government");
    }

    @Test
    void hugeAndOddTextIsNoProblem() {
        assertThat(BuiltInCategories.match("", "x".repeat(1_000_000))).isEmpty();
        assertThat(BuiltInCategories.match("", "miete ".repeat(100_000))).contains("Rent and housing");
        assertThat(BuiltInCategories.match(null, null)).isEmpty();
        assertThat(BuiltInCategories.match("\u0000\uFFFF\uD800", "")).isEmpty();
    }
}
