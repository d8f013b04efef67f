package org.tributary.importing.control.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyCodeTest {

    @ParameterizedTest
    @CsvSource({"EUR, EUR", "usd, USD", "' chf ', CHF", "RUB, RUB", "XAU, XAU"})
    void anIsoCodeInAnyCaseIsTakenUpperCased(String text, String code) {
        assertThat(CurrencyCode.isKnown(text)).isTrue();
        assertThat(CurrencyCode.valid(text)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ÄÖÜ", "ZZZ", "€", "EURO", "EU", "", "   ", "E1R", "ЕВР", "€€€"})
    void anythingElseIsTheRowsError(String text) {
        assertThat(CurrencyCode.isKnown(text)).isFalse();
        assertThatThrownBy(() -> CurrencyCode.valid(text))
                .isInstanceOfSatisfying(
                        UnreadableRowException.class,
                        e -> assertThat(e.code()).isEqualTo(UnreadableRowException.UNKNOWN_CURRENCY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "123456789012345", "0.0000000000000000001"})
    void anAmountTheLedgerCannotHoldIsTheRowsError(String amount) {
        assertThatThrownBy(() -> new ParsedRow(
                        1,
                        java.time.LocalDate.of(2026, 1, 5),
                        null,
                        new java.math.BigDecimal(amount),
                        "EUR",
                        "",
                        "",
                        null,
                        false,
                        java.util.List.of()))
                .isInstanceOfSatisfying(
                        UnreadableRowException.class,
                        e -> assertThat(e.code()).isEqualTo(UnreadableRowException.AMOUNT_OUT_OF_RANGE));
    }
}
