package org.tributary.reporting.control;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ECB's euro foreign exchange reference rates in each form the ECB publishes them: the XML of
 * {@code eurofxref-daily.xml}, {@code eurofxref-hist-90d.xml} and {@code eurofxref-hist.xml} (a {@code Cube}
 * per day with a {@code Cube} per currency), the CSV of {@code eurofxref-hist.csv} / {@code eurofxref.csv}
 * (a column per currency, {@code N/A} where none) and either inside a ZIP ({@code eurofxref-hist.zip}). One
 * pass, rates handed on as they are read; the XML reader takes no DTD and no external entity.
 */
final class EcbRatesFile {

    private EcbRatesFile() {}

    /**
     * @return how many rates were read
     * @throws IllegalArgumentException when the content is none of the ECB's forms
     */
    static int read(InputStream content, Consumer<ReferenceRate> rates) throws IOException {
        BufferedInputStream in = new BufferedInputStream(content);
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            return readZip(in, rates);
        }
        return firstNonBlank(in) == '<' ? readXml(in, rates) : readCsv(in, rates);
    }

    private static int readZip(InputStream in, Consumer<ReferenceRate> rates) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (!entry.isDirectory() && (name.endsWith(".csv") || name.endsWith(".xml"))) {
                return read(zip, rates);
            }
        }
        throw new IllegalArgumentException("the ZIP holds no CSV or XML of exchange rates");
    }

    private static int firstNonBlank(BufferedInputStream in) throws IOException {
        in.mark(1024);
        try {
            for (int i = 0; i < 1024; i++) {
                int b = in.read();
                if (b == -1 || !(Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF)) {
                    return b;
                }
            }
            return -1;
        } finally {
            in.reset();
        }
    }

    private static int readXml(InputStream in, Consumer<ReferenceRate> rates) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        int read = 0;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            LocalDate day = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT
                        || !xml.getLocalName().equals("Cube")) {
                    continue;
                }
                String time = xml.getAttributeValue(null, "time");
                String currency = xml.getAttributeValue(null, "currency");
                String rate = xml.getAttributeValue(null, "rate");
                if (time != null) {
                    day = LocalDate.parse(time.strip());
                } else if (currency != null && rate != null) {
                    if (day == null) {
                        throw new IllegalArgumentException("a rate before its day");
                    }
                    rates.accept(new ReferenceRate(currency.strip(), day, new BigDecimal(rate.strip())));
                    read++;
                }
            }
        } catch (XMLStreamException | DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not the ECB's XML of exchange rates: " + e.getMessage(), e);
        }
        return read;
    }

    private static int readCsv(InputStream in, Consumer<ReferenceRate> rates) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int read = 0;
        try {
            String header = lines.readLine();
            String[] currencies = header == null
                    ? new String[0]
                    : header.replace("\uFEFF", "").split(",");
            if (currencies.length < 2 || !currencies[0].strip().equalsIgnoreCase("Date")) {
                throw new IllegalArgumentException("not the ECB's CSV of exchange rates: the first column is Date");
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                LocalDate day = date(cells[0].strip());
                for (int i = 1; i < cells.length && i < currencies.length; i++) {
                    String cell = cells[i].strip();
                    if (!cell.isEmpty() && !cell.equals("N/A")) {
                        rates.accept(new ReferenceRate(currencies[i].strip(), day, new BigDecimal(cell)));
                        read++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not the ECB's CSV of exchange rates: " + e.getMessage(), e);
        }
        return read;
    }

    /** The history's ISO dates, or the daily file's "13 April 2026". */
    private static LocalDate date(String text) {
        try {
            return text.matches("\\d{4}-\\d{2}-\\d{2}")
                    ? LocalDate.parse(text)
                    : LocalDate.parse(
                            text, java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date of the ECB's CSV: " + text, e);
        }
    }
}
