package org.tributary.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "12,50 | 12.50",
                "12.50 | 12.50",
                "7.25 | 7.25",
                "7,25 | 7.25",
                "1.234,56 | 1234.56",
                "1,234.56 | 1234.56",
                "1.234.567,8 | 1234567.8",
                "1,234,567 | 1234567",
                "1.234.567 | 1234567",
                "1234,5 | 1234.5",
                "12 | 12",
                "0,500 | 0.500",
                ",5 | 0.5",
                "12,3456 | 12.3456",
                "-12,50 | -12.50",
                "−7.25 | -7.25",
                "+3 | 3",
                "1 234,56 | 1234.56",
                "1\u00A0234,56 | 1234.56",
                "1'234.50 | 1234.50",
                "'  42.10  ' | 42.10",
            })
    void readsTheLastSeparatorAsTheDecimalMark(String typed, String expected) {
        TypedAmount.Reading reading = TypedAmount.read(typed);

        assertThat(reading.isAmount()).as(typed).isTrue();
        assertThat(reading.amount()).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(reading.amount().scale()).isEqualTo(new BigDecimal(expected).scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234", "1.234", "-1.234", "12,345", "999.000"})
    void refusesAThousandThatMightBeADecimal(String typed) {
        assertThat(TypedAmount.read(typed).refusal()).isEqualTo(TypedAmount.Refusal.AMBIGUOUS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "abc",
                "12,",
                "12.",
                "€12",
                "12 EUR",
                "1,2,3",
                "12.34,5",
                "1,234.567,89",
                "1234,567.89",
                "12345.678.901",
                "1..5",
                "12-",
                "1234567890123456",
                "1,1234567",
                "--5",
            })
    void refusesWhatIsNotANumber(String typed) {
        assertThat(TypedAmount.read(typed).refusal()).isEqualTo(TypedAmount.Refusal.NOT_A_NUMBER);
    }

    @org.junit.jupiter.api.Test
    void refusesNothingAndVeryLongTextAtOnce() {
        assertThat(TypedAmount.read(null).isAmount()).isFalse();
        assertThat(TypedAmount.read("1".repeat(100_000)).refusal()).isEqualTo(TypedAmount.Refusal.NOT_A_NUMBER);
    }
}
