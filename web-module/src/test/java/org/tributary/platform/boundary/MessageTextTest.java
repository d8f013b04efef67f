package org.tributary.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The portal's own bundles, formatted as the pages format them. */
class MessageTextTest {

    private static String count(String language, long n) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle("org.tributary.portal.messages", locale);
        return MessageText.format(bundle, "count.transactions", locale, n);
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1 операция",
        "2, 2 операции",
        "4, 4 операции",
        "5, 5 операций",
        "11, 11 операций",
        "12, 12 операций",
        "21, 21 операция",
        "22, 22 операции",
        "111, 111 операций"
    })
    void russianCountsTakeTheirPluralForm(long n, String expected) {
        assertThat(count("ru", n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0 transactions", "1, 1 transaction", "2, 2 transactions", "21, 21 transactions"})
    void englishCountsTakeTheirPluralForm(long n, String expected) {
        assertThat(count("en", n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"en, 1, 1 transaction from Rimi is", "ru, 22, 22 операции от Rimi"})
    void aSentenceWithACountAgreesWithIt(String language, long n, String start) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle("org.tributary.portal.messages", locale);
        assertThat(MessageText.format(bundle, "tx.changedMerchant", locale, n, "Groceries", "Rimi"))
                .startsWith(start);
    }

    @ParameterizedTest
    @CsvSource({
        "en, 2, '2 identical charges of €9.99 at Netflix on 3 May 2024: check that you were not charged twice.'",
        "ru, 2, '2 одинаковых списания по 9,99 € в «Netflix» 3 мая 2024 г.: проверьте, не списали ли деньги дважды.'",
        "ru, 5, '5 одинаковых списаний по 9,99 € в «Netflix» 3 мая 2024 г.: проверьте, не списали ли деньги дважды.'"
    })
    void aHighlightIsASentenceOfItsLanguage(String language, long n, String expected) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle("org.tributary.portal.messages", locale);
        String amount = "ru".equals(language) ? "9,99 €" : "€9.99";
        String date = "ru".equals(language) ? "3 мая 2024 г." : "3 May 2024";
        assertThat(MessageText.format(bundle, "highlight.DUPLICATE_CHARGE", locale, n, amount, "Netflix", date))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "en, 'Line 1234: the amount “twelve” cannot be read'",
        "ru, 'Строка 1234: не удалось прочитать сумму «twelve»'"
    })
    void aLineLeftOutSaysWhichAndWhyInItsLanguage(String language, String expected) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle("org.tributary.portal.messages", locale);
        String why = MessageText.format(bundle, "import.error.unreadable-amount", locale, "twelve");
        assertThat(MessageText.format(bundle, "import.lineError", locale, 1234, why))
                .isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void everyKeyOfOneLanguageIsInTheOther() {
        ResourceBundle english = ResourceBundle.getBundle("org.tributary.portal.messages", Locale.ROOT);
        ResourceBundle russian = ResourceBundle.getBundle("org.tributary.portal.messages", Locale.forLanguageTag("ru"));
        assertThat(russian.keySet()).containsAll(english.keySet());
        for (String key : english.keySet()) {
            if (!english.getString(key).contains("plural")) {
                continue;
            }
            assertThat(russian.getString(key)).as(key).contains("one {", "few {", "many {", "other {");
        }
    }
}
