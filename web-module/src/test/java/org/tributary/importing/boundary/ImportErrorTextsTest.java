package org.tributary.importing.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tributary.importing.control.TooManyRowsException;
import org.tributary.importing.control.statement.UnreadableRowException;
import org.tributary.importing.control.statement.UnreadableStatementException;
import org.tributary.platform.boundary.MessageText;

/** Every code a reader gives for a line or a file it cannot read has its words in English and in Russian. */
class ImportErrorTextsTest {

    static Stream<Arguments> everyCodeInEveryLanguage() {
        Stream<String> rows = codes(UnreadableRowException.class).map(code -> "import.error." + code);
        Stream<String> files = Stream.concat(
                        codes(UnreadableStatementException.class), Stream.of(TooManyRowsException.CODE))
                .map(code -> "import.fileError." + code);
        return Stream.concat(rows, files)
                .flatMap(key -> Stream.of("en", "ru").map(language -> Arguments.of(key, language)));
    }

    @ParameterizedTest
    @MethodSource
    void everyCodeInEveryLanguage(String key, String language) {
        ResourceBundle bundle = bundle(language);
        assertThat(bundle.keySet()).contains(key);
        if (language.equals("ru")) {
            assertThat(bundle.getString(key)).as(key).containsPattern("[а-яё]");
        }
        assertThat(MessageText.format(bundle, key, Locale.forLanguageTag(language), 1L, 2L, 3L))
                .doesNotContain("{");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en | Line 7: the :61: record “NOT A LINE” is incomplete",
                "ru | Строка 7: запись :61: «NOT A LINE» неполна"
            })
    void aLineErrorSaysTheLineAndTheReason(String language, String expected) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = bundle(language);
        String reason = MessageText.format(bundle, "import.error.incomplete-record", locale, ":61:", "NOT A LINE");
        assertThat(MessageText.format(bundle, "import.lineError", locale, 7, reason))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en | It has 2,000,001 rows; at most 2,000,000 can be added at once. Split it into smaller files.",
                "ru | В нём 2 000 001 строка; за один раз можно добавить не больше 2 000 000. Разделите его на файлы"
                        + " поменьше."
            })
    void tooManyRowsCountsInTheLanguage(String language, String expected) {
        assertThat(MessageText.format(
                                bundle(language),
                                "import.fileError.too-many-rows",
                                Locale.forLanguageTag(language),
                                2_000_001L,
                                2_000_000L)
                        .replace('\u00a0', ' '))
                .isEqualTo(expected);
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(
                "org.tributary.portal.messages",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Stream<String> codes(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .filter(f -> Modifier.isPublic(f.getModifiers()))
                .map(ImportErrorTextsTest::value);
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
