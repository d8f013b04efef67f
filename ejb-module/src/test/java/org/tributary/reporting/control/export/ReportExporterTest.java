package org.tributary.reporting.control.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportExporterTest {

    @Test
    void namesEachFormatForHttp() {
        assertThat(ExportFormat.CSV.mediaType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(ExportFormat.XLSX.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ExportFormat.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(ExportFormat.XLSX.fileExtension()).isEqualTo("xlsx");
        assertThat(ExportFormat.fromString(" pdf ")).isEqualTo(ExportFormat.PDF);
        assertThatThrownBy(() -> ExportFormat.fromString("docx")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void writesEachFormatAndLeavesTheStreamOpen(ExportFormat format) throws IOException {
        OpenStream out = new OpenStream();

        new ReportExporter()
                .write(SampleReports.byCategory("EUR", ChartSpec.of(ChartKind.BAR, "Spent", 0, 2)), format, out);

        assertThat(out.closed).isFalse();
        byte[] bytes = out.toByteArray();
        String start = new String(bytes, 0, 4, StandardCharsets.ISO_8859_1);
        switch (format) {
            case CSV -> assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            case XLSX -> assertThat(start).isEqualTo("PK\u0003\u0004");
            case PDF -> assertThat(start).isEqualTo("%PDF");
        }
    }

    @Test
    void refusesAChartOverATextColumn() {
        assertThatThrownBy(() -> new ReportTable(
                        "Bad chart",
                        List.of(),
                        "EUR",
                        SampleReports.TRANSACTION_COLUMNS,
                        SampleReports.transactionRows().iterator(),
                        ChartSpec.of(ChartKind.PIE, "x", 0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Chart value column 'Description' is not a number");
    }

    @Test
    void refusesATotalOfText() {
        assertThatThrownBy(() -> ReportColumn.text("Category").withTotal())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesACurrencyThatIsNoIsoCode() {
        assertThatThrownBy(() -> SampleReports.transactions("€"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO 4217");
    }

    private static final class OpenStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
