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
}
