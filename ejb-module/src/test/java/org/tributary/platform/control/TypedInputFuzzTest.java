package org.tributary.platform.control;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tributary.fuzz.FuzzBudget;
import org.tributary.importing.control.csv.AmountFormat;
import org.tributary.importing.control.csv.DateFormat;

/**
 * The parsers of amounts and dates, as people type them and as statements write them (decision 43,
 * docs/fuzzing.md): they answer a value or none, and never throw. The input's lines are the cells of one column:
 * each is parsed on its own, and the column as a whole decides its date order and decimal separator, as a CSV's
 * does.
 */
class TypedInputFuzzTest {

    @FuzzTest
    void amountsAndDates(byte[] input) {
        List<String> cells = new String(input, StandardCharsets.UTF_8).lines().toList();
        FuzzBudget.check("amounts-and-dates", input.length, () -> {
            AmountFormat amounts = AmountFormat.detect(cells);
            DateFormat dates = DateFormat.detect(cells, false);
            DateFormat usDates = DateFormat.detect(cells, true);
            for (String cell : cells) {
                TypedAmount.read(cell);
                Money.parse(cell);
                amounts.parse(cell);
                AmountFormat.POINT.parse(cell);
                AmountFormat.COMMA.parse(cell);
                dates.parse(cell);
                usDates.parse(cell);
                for (DateFormat.Order order : DateFormat.Order.values()) {
                    new DateFormat(order).parse(cell);
                }
            }
        });
    }
}
