package org.tributary.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tributary.reporting.control.Reports;

class SparklinesTest {

    @Test
    void drawsEachFigureAcrossTheBoxHighestAtTheTop() {
        Sparklines lines = Sparklines.of(List.of(row("100", "40"), row("300", "40"), row("200", "90")));

        assertThat(lines.moneyIn()).isEqualTo("0.0,22.0 50.0,2.0 100.0,12.0");
        assertThat(lines.moneyOut()).as("flat, then up").isEqualTo("0.0,22.0 50.0,22.0 100.0,2.0");
        assertThat(lines.net()).isEqualTo("0.0,22.0 50.0,2.0 100.0,17.0");
    }

    @Test
    void drawsAFlatFigureAcrossTheMiddle() {
        assertThat(Sparklines.of(List.of(row("5", "5"), row("5", "5"))).moneyIn())
                .isEqualTo("0.0,12.0 100.0,12.0");
    }

    @Test
    void drawsNothingForASinglePeriod() {
        assertThat(Sparklines.of(List.of(row("5", "1")))).isEqualTo(Sparklines.NONE);
    }

    private static Reports.Balance.Row row(String income, String expenses) {
        BigDecimal in = new BigDecimal(income);
        BigDecimal out = new BigDecimal(expenses);
        return new Reports.Balance.Row("p", LocalDate.of(2026, 1, 1), in, out, in.subtract(out), List.of(), List.of());
    }
}
