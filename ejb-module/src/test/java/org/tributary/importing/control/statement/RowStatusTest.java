package org.tributary.importing.control.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RowStatusTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DECLINED",
                "REVERTED",
                "FAILED",
                "Denied",
                "Reversed",
                "Canceled",
                "CANCELLED",
                "Отклонено",
                "Отменена",
                "ОТМЕНЕНО",
                "storniert",
                "abgelehnt",
                "Zurückgewiesen",
                "Refusé",
                "rechazada",
                "Payment failed",
                "не выполнено"
            })
    void aRowTheBankSaysNeverMovedMoneyIsNotHappened(String status) {
        assertThat(RowStatus.of(status)).isEqualTo(RowStatus.Kind.NOT_HAPPENED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PENDING", "Pending", "Umsatz vorgemerkt", "В обработке", "Authorised", "en attente"})
    void aRowNotBookedYetIsPending(String status) {
        assertThat(RowStatus.of(status)).isEqualTo(RowStatus.Kind.PENDING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMPLETED", "Completed", "Posted", "Gebucht", "Umsatz gebucht", "Выполнено", "OK", ""})
    void everyOtherValueIsBooked(String status) {
        assertThat(RowStatus.of(status)).isEqualTo(RowStatus.Kind.BOOKED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Unfailed", "Faileds", "Pendingham Ltd"})
    void aWordCountsOnlyWhole(String status) {
        assertThat(RowStatus.of(status)).isEqualTo(RowStatus.Kind.BOOKED);
    }

    @org.junit.jupiter.api.Test
    void aLongFreeTextIsNoStatusEvenWithAStatusWordInIt() {
        assertThat(RowStatus.of("declined ".repeat(20))).isEqualTo(RowStatus.Kind.BOOKED);
    }

    @org.junit.jupiter.api.Test
    void theColumnIsFoundByItsNameInEnglishAndRussian() {
        assertThat(RowStatus.columnNames()).contains("status", "state", "статус");
    }
}
