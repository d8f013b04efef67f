package org.tributary.reporting.control.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Reads the written documents back with PDFBox's text extraction. */
class PdfReportWriterTest {

    @Test
    void showsTheTitleFiltersAndFiguresInCyrillicAndEuro() throws IOException {
        try (PDDocument pdf = write(SampleReports.transactions("EUR"))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(text)
                    .contains("Transactions January")
                    .contains("Period: 2026-01-01 – 2026-01-31")
                    .contains("Currency: EUR")
                    .contains("Пятёрочка, магазин №5")
                    .contains("Продукты")
                    .contains("1,234.56 €")
                    .contains("-45.10 €")
                    .contains("Rent January flat 2")
                    .contains("Total")
                    .contains("1,189.50 €")
                    .contains("Page 1 of 1");
        }
    }

    @Test
    void marksMoneyWithPoundAndRouble() throws IOException {
        try (PDDocument gbp = write(SampleReports.transactions("GBP"));
                PDDocument rub = write(SampleReports.transactions("RUB"))) {
            assertThat(new PDFTextStripper().getText(gbp)).contains("£1,234.56").contains("-£45.10");
            assertThat(new PDFTextStripper().getText(rub)).contains("1,234.56 ₽");
        }
    }

    @Test
    void embedsItsFont() throws IOException {
        try (PDDocument pdf = write(SampleReports.transactions("EUR"))) {
            PDPage page = pdf.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
    }

    @Test
    void repeatsTheHeaderAndNumbersEveryPageOfALongTable() throws IOException {
        ReportTable table = new ReportTable(
                "Transactions 2026",
                SampleReports.PERIOD,
                "EUR",
                SampleReports.TRANSACTION_COLUMNS,
                SampleReports.generated(5_000, SampleReports::transaction));

        try (PDDocument pdf = write(table)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(50);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd("\f");
            String[] texts = stripper.getText(pdf).split("\f");
            assertThat(texts).hasSize(pages);
            for (int page = 1; page <= pages; page++) {
                assertThat(texts[page - 1])
                        .as("page %d", page)
                        .contains("Date Description Category Amount")
                        .contains("Page " + page + " of " + pages);
            }
            assertThat(texts[pages - 1]).contains("Payment 4999 at shop").contains("Total");
        }
    }

    @Test
    void drawsTheChartAboveTheTable() throws IOException {
        ChartSpec spec = ChartSpec.of(ChartKind.DOUGHNUT, "Where the money went", 0, 2);

        try (PDDocument pdf = write(SampleReports.byCategory("RUB", spec))) {
            PDFTextStripper inReadingOrder = new PDFTextStripper();
            inReadingOrder.setSortByPosition(true);
            String text = inReadingOrder.getText(pdf);

            assertThat(text).contains("Where the money went");
            assertThat(text.indexOf("Where the money went")).isLessThan(text.indexOf("Category"));
            assertThat(text).as("the legend").contains("Продукты (61.7%)");
            assertThat(text).contains("2,000.00 ₽").contains("59");
        }
    }

    @Test
    void drawsABarChartWithALegendPerSeries() throws IOException {
        ChartSpec spec = ChartSpec.of(ChartKind.BAR, "Spent and budget", 0, 2, 3);

        try (PDDocument pdf = write(SampleReports.byCategory("EUR", spec))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text)
                    .contains("Spent and budget")
                    .contains("Spent Budget")
                    .contains("1,500");
        }
    }

    @Test
    void printsCharactersTheFontLacksAsQuestionMarks() throws IOException {
        ReportTable table = new ReportTable(
                "Emoji",
                List.of(),
                "EUR",
                List.of(ReportColumn.text("Description"), ReportColumn.money("Amount")),
                List.of(SampleReports.row("Pizza \uD83C\uDF55 night", new BigDecimal("12.00")))
                        .iterator());

        try (PDDocument pdf = write(table)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Pizza ? night");
        }
    }

    static PDDocument write(ReportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(table, out);
        return Loader.loadPDF(out.toByteArray());
    }
}
