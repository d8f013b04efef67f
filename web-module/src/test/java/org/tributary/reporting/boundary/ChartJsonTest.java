package org.tributary.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    private static final String HOSTILE = "</script><script>alert(1)</script> & \u2028\u2029";

    @Test
    void aCategoryNameCannotEndTheInlineScript() {
        String chart = ChartJson.stackedBars(
                List.of("2026-01"), List.of(HOSTILE), List.of("#000000"), List.of(List.of(BigDecimal.ONE)));

        assertThat(chart).doesNotContain("<", ">", "&", "\u2028", "\u2029").contains("\\u003c/script\\u003e");
        String label = Json.createReader(new StringReader(chart))
                .readObject()
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getString("label");
        assertThat(label).isEqualTo(HOSTILE);
    }

    @Test
    void everyChartIsEscaped() {
        assertThat(ChartJson.bars(List.of(HOSTILE), List.of(HOSTILE), List.of(List.of(BigDecimal.TEN))))
                .doesNotContain("<", ">", "&");
        assertThat(ChartJson.balanceLines(
                        List.of(HOSTILE),
                        HOSTILE,
                        List.of(BigDecimal.ONE),
                        HOSTILE,
                        List.of(BigDecimal.ONE),
                        HOSTILE,
                        List.of(BigDecimal.ZERO)))
                .doesNotContain("<", ">", "&");
    }
}
