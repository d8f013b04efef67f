package org.tributary.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The ECB's forms of its reference rates, as published (values of the ECB's files of April 2026). */
class EcbRatesFileTest {

    private static final String DAILY_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
            \t<gesmes:subject>Reference rates</gesmes:subject>
            \t<gesmes:Sender>
            \t\t<gesmes:name>European Central Bank</gesmes:name>
            \t</gesmes:Sender>
            \t<Cube>
            \t\t<Cube time='2026-04-13'>
            \t\t\t<Cube currency='USD' rate='1.1684'/>
            \t\t\t<Cube currency='JPY' rate='186.75'/>
            \t\t\t<Cube currency='CHF' rate='0.9242'/>
            \t\t</Cube>
            \t\t<Cube time='2026-04-10'>
            \t\t\t<Cube currency='USD' rate='1.1711'/>
            \t\t</Cube>
            \t</Cube>
            </gesmes:Envelope>
            """;

    private static final String HIST_CSV = """
            Date,USD,JPY,BGN,CYP,CZK,DKK,EEK,GBP,HUF,LTL,LVL,MTL,PLN,ROL,RON,SEK,SIT,SKK,CHF,
            2026-04-13,1.1684,186.75,N/A,N/A,24.378,7.4727,N/A,0.87058,366.9,N/A,N/A,N/A,4.2543,N/A,5.092,10.892,N/A,N/A,0.9242,
            1999-01-04,1.1789,133.73,N/A,0.58231,35.107,7.4501,15.6466,0.7111,251.48,4.717,0.6668,0.4432,4.0712,13111,N/A,9.4696,189.045,42.991,1.6168,
            """;

    private static final String DAILY_CSV = """
            Date, USD, JPY, CZK, CHF,
            13 April 2026, 1.1684, 186.75, 24.378, 0.9242,
            """;

    @Test
    void readsTheDailyAndHistoricalXml() throws IOException {
        List<ReferenceRate> rates = read(bytes(DAILY_XML));

        assertThat(rates)
                .containsExactly(
                        rate("USD", "2026-04-13", "1.1684"),
                        rate("JPY", "2026-04-13", "186.75"),
                        rate("CHF", "2026-04-13", "0.9242"),
                        rate("USD", "2026-04-10", "1.1711"));
    }

    @Test
    void readsTheHistoricalCsvLeavingOutNotAvailable() throws IOException {
        List<ReferenceRate> rates = read(bytes(HIST_CSV));

        assertThat(rates)
                .hasSize(10 + 17)
                .contains(rate("CHF", "2026-04-13", "0.9242"), rate("ROL", "1999-01-04", "13111"));
        assertThat(rates).noneMatch(r -> r.currency().equals("BGN") && r.day().getYear() == 2026);
    }

    @Test
    void readsTheDailyCsvWithItsSpelledOutDate() throws IOException {
        assertThat(read(bytes(DAILY_CSV)))
                .contains(rate("CZK", "2026-04-13", "24.378"))
                .hasSize(4);
    }

    @Test
    void readsTheZipTheEcbPublishes() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("eurofxref-hist.csv"));
            out.write(bytes(HIST_CSV));
            out.closeEntry();
        }
        assertThat(read(zip.toByteArray())).hasSize(27);
    }

    @Test
    void refusesWhatIsNotAFileOfRatesAndAnyDtd() {
        assertThatThrownBy(() -> read(bytes("Datum;Kurs\n2026-01-01;1\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first column is Date");
        assertThatThrownBy(() ->
                        read(bytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                + "<Cube><Cube time='2026-04-13'><Cube currency='USD' rate='&e;'/></Cube></Cube>")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<ReferenceRate> read(byte[] content) throws IOException {
        List<ReferenceRate> rates = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(content)) {
            EcbRatesFile.read(in, rates::add);
        }
        return rates;
    }

    static ReferenceRate rate(String currency, String day, String rate) {
        return new ReferenceRate(currency, LocalDate.parse(day), new BigDecimal(rate));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
