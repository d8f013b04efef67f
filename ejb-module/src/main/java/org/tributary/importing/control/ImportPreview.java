package org.tributary.importing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tributary.categorising.control.UserRules;
import org.tributary.importing.control.csv.CsvLayout;
import org.tributary.importing.control.csv.CsvMapping;
import org.tributary.importing.control.csv.CsvStatementReader;
import org.tributary.importing.control.csv.CsvStream;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Statement;
import org.tributary.platform.control.Money;

/**
 * What the importer would do with a file, without storing anything: the format and, for CSV, the layout it
 * detected (encoding, separator, header line, the column of each role, date order, decimal separator), and
 * the first rows as they would enter the ledger; how many rows the bank says never happened, and whether the
 * amounts look upside down (decision 34).
 */
public record ImportPreview(
        String format,
        String encoding,
        String delimiter,
        Integer headerLine,
        List<String> columns,
        Map<String, Object> mapping,
        List<Map<String, Object>> sample,
        List<RowError> errors,
        int rows,
        AccountProposal account,
        int notHappened,
        Signs signs) {

    /**
     * What the file's signs look like and how they are read: {@code upsideDown} with its {@code confidence} is
     * the guess; {@code flipped} whether the rows shown (and imported) are turned round — the guess when it is
     * {@code sure}, else as the person said.
     */
    /** @param confidence from 0.00 to 1.00, a decimal as the API sends every decimal (a string) */
    public record Signs(boolean upsideDown, BigDecimal confidence, boolean sure, boolean flipped) {

        static Signs of(SignGuess guess, Boolean flipSigns) {
            return new Signs(
                    guess.upsideDown(),
                    BigDecimal.valueOf(guess.confidence()).setScale(2, RoundingMode.HALF_UP),
                    guess.sure(),
                    flipSigns == null ? guess.flip() : flipSigns);
        }
    }

    private static final int SAMPLE_ROWS = 10;

    /** @param mappingJson a CSV mapping to try (the preview then shows the rows as read with it), or null */
    public static ImportPreview of(byte[] content, String declaredFormat, String mappingJson) {
        return of(content, declaredFormat, mappingJson, null);
    }

    /**
     * @param flipSigns whether to show the amounts turned round, as the person said; null: as the file's signs
     *     suggest when that is sure
     */
    public static ImportPreview of(byte[] content, String declaredFormat, String mappingJson, Boolean flipSigns) {
        StatementFormat format = StatementFormat.detect(declaredFormat, content);
        if (format == StatementFormat.CSV) {
            // Streamed: only the rows shown are held, the others are counted (a large file is never held whole).
            CsvMapping mapping = mappingJson == null ? null : CsvMapping.parse(mappingJson);
            try (CsvStream csv = CsvStatementReader.stream(content, "EUR", mapping)) {
                List<ParsedRow> first = new ArrayList<>(SAMPLE_ROWS);
                int rows = 0;
                for (ParsedRow row = csv.next(); row != null; row = csv.next()) {
                    if (rows++ < SAMPLE_ROWS) {
                        first.add(row);
                    }
                }
                CsvLayout layout = csv.layout();
                // the signs are judged on the same first part of the file as at upload
                byte[] start = UploadSample.of(content);
                List<ParsedRow> judged = CsvStatementReader.read(start, "EUR", mapping, start.length == content.length)
                        .rows();
                Signs signs = Signs.of(SignConvention.detect(layout.columns(), judged), flipSigns);
                return new ImportPreview(
                        "csv",
                        layout.encoding(),
                        String.valueOf(layout.delimiter()),
                        layout.headerLine(),
                        layout.columns(),
                        mapping(layout),
                        sample(first, signs.flipped()),
                        firstErrors(csv.errors()),
                        rows,
                        null,
                        csv.notHappenedCount(),
                        signs);
            }
        }
        Statement statement = StatementReaders.read(format, content, "EUR");
        Signs signs = Signs.of(SignConvention.detect(List.of(), statement.rows()), flipSigns);
        return new ImportPreview(
                statement.format(),
                statement.encoding(),
                null,
                null,
                List.of(),
                Map.of(),
                sample(statement.rows(), signs.flipped()),
                firstErrors(statement.errors()),
                statement.rows().size(),
                null,
                statement.notHappened().size(),
                signs);
    }

    /** The same preview with the answer proposed to "which account is this?". */
    public ImportPreview withAccount(AccountProposal proposal) {
        return new ImportPreview(
                format,
                encoding,
                delimiter,
                headerLine,
                columns,
                mapping,
                sample,
                errors,
                rows,
                proposal,
                notHappened,
                signs);
    }

    private static Map<String, Object> mapping(CsvLayout layout) {
        Map<String, Object> mapping = new LinkedHashMap<>();
        mapping.put("date", name(layout, layout.date()));
        if (layout.amount() >= 0) {
            mapping.put("amount", name(layout, layout.amount()));
        } else {
            mapping.put(
                    "amount", Map.of("debit", name(layout, layout.debit()), "credit", name(layout, layout.credit())));
        }
        if (layout.direction() >= 0) {
            mapping.put("direction", name(layout, layout.direction()));
        }
        mapping.put("description", name(layout, layout.description()));
        if (layout.currency() >= 0) {
            mapping.put("currency", name(layout, layout.currency()));
        }
        mapping.put("dateFormat", layout.dateFormat().order().name());
        mapping.put("decimalSeparator", String.valueOf(layout.amountFormat().decimalSeparator()));
        mapping.put("invertSign", layout.invertSign());
        mapping.put("skipLines", layout.headerLine());
        return mapping;
    }

    private static CsvMapping mapping(String json) {
        return json == null ? null : CsvMapping.parse(json);
    }

    private static String name(CsvLayout layout, int column) {
        return column >= 0 && column < layout.columns().size()
                ? layout.columns().get(column)
                : null;
    }

    private static List<Map<String, Object>> sample(List<ParsedRow> rows, boolean flipSigns) {
        Normaliser.ImportContext preview = new Normaliser.ImportContext(
                UUID.randomUUID(), UUID.randomUUID(), null, "EUR", UserRules.NONE, flipSigns);
        List<Map<String, Object>> sample = new ArrayList<>();
        for (ParsedRow row : rows.subList(0, Math.min(SAMPLE_ROWS, rows.size()))) {
            LedgerEntry entry = Normaliser.normalise(preview, row, 0);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("line", entry.line());
            item.put("date", entry.bookedDate().toString());
            item.put("amount", Money.format(entry.amount()));
            item.put("currency", entry.currency());
            item.put("description", entry.description());
            item.put("merchant", entry.merchant());
            item.put("category", entry.category());
            item.put("type", entry.type());
            item.put("pending", entry.pending());
            sample.add(item);
        }
        return sample;
    }

    private static List<RowError> firstErrors(List<RowError> errors) {
        return errors.subList(0, Math.min(errors.size(), 100));
    }
}
