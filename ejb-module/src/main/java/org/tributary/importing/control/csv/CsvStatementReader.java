package org.tributary.importing.control.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tributary.importing.control.statement.NotHappenedRow;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.RowStatus;
import org.tributary.importing.control.statement.Spaces;
import org.tributary.importing.control.statement.UnreadableRowException;
import org.tributary.importing.control.statement.UnreadableStatementException;

/**
 * Reads a bank's CSV export without being told its layout: encoding, separator, the header after any junk
 * lines, the role of each column (from its name, or from its content when there is no header), the date
 * order and decimal separator of the whole column, and the sign convention (one signed column, debit and
 * credit columns, or an amount with a debit/credit indicator). Rows whose status says they never happened are
 * set aside with it ({@link RowStatus}), pending rows are marked, opening or closing balance rows are skipped; a row that looks like a transaction but cannot be read is reported with
 * its line number and the reason.
 */
public final class CsvStatementReader {

    private static final Set<String> DEBIT_MARKS =
            Set.of("d", "debit", "dbit", "af", "s", "soll", "ausgang", "dr", "out", "withdrawal", "debet", "uitgave");
    private static final Set<String> CREDIT_MARKS =
            Set.of("c", "credit", "crdt", "bij", "h", "haben", "eingang", "cr", "in", "deposit", "inkomst");
    /** Distinct status values remembered per file; a file with more is still read, just without the memory. */
    private static final int REMEMBERED_STATUSES = 64;

    private static final Pattern BALANCE_ROW = Pattern.compile("(?i)\\b(saldo anterior|saldo inicial|saldo final"
            + "|opening balance|closing balance|balance at (start|end)|beginning balance|ending balance|anfangssaldo"
            + "|endsaldo|schlusssaldo|solde (initial|final|pr[eé]c[eé]dent))\\b");
    /** A sum line, when the row has no date: with one it may be a real payment (TOTAL is a fuel chain). */
    private static final Pattern TOTAL_ROW = Pattern.compile("(?i)\\b(total|totaal|summe)\\b");

    private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Za-z]{3}");

    private CsvStatementReader() {}

    /** @throws UnreadableStatementException when the bytes hold no table of transactions at all */
    public static CsvStatement read(byte[] bytes, String defaultCurrency) {
        return read(bytes, defaultCurrency, null);
    }

    /**
     * @param mapping what the user said about the columns, overriding what was detected; null for none
     * @throws UnreadableStatementException when the bytes hold no table of transactions at all
     */
    public static CsvStatement read(byte[] bytes, String defaultCurrency, CsvMapping mapping) {
        return read(bytes, defaultCurrency, mapping, true);
    }

    /**
     * @param whole whether the bytes are the whole file, or only its first part (then a quote left open at
     *     their end is a cell cut there, not a fault)
     */
    public static CsvStatement read(byte[] bytes, String defaultCurrency, CsvMapping mapping, boolean whole) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        CsvTable table = CsvTable.detect(decoded.text(), whole);
        CsvLayout layout = layout(decoded.charset().name(), table, mapping, CsvStatementReader::inMemory);
        return rows(table, layout, currency(mapping, defaultCurrency));
    }

    /**
     * Reads a file of any size one row at a time, with the layout {@link #read} would find: a file of a few
     * megabytes is held as {@code read} holds it; a larger one is never held as text or as rows, and its
     * layout is found from a sample and one pass that keeps only the columns' counters ({@link CsvStream}).
     */
    public static CsvStream stream(byte[] bytes, String defaultCurrency, CsvMapping mapping) {
        return CsvStream.open(bytes, defaultCurrency, mapping);
    }

    static String currency(CsvMapping mapping, String defaultCurrency) {
        return mapping == null ? defaultCurrency : mapping.fixedCurrency().orElse(defaultCurrency);
    }

    /** The detected layout with what the user said about the columns (null: nothing) laid over it. */
    static CsvLayout layout(String encoding, CsvTable table, CsvMapping mapping, WholeColumns wholeColumns) {
        if (table.modalWidth() < 2) {
            throw UnreadableStatementException.noColumns();
        }
        if (mapping == null) {
            return layout(encoding, table, wholeColumns);
        }
        CsvLayout detected;
        try {
            detected = layout(encoding, table, wholeColumns);
        } catch (UnreadableStatementException e) {
            detected = bareLayout(encoding, table); // the mapping says what detection could not find
        }
        return mapping.applyTo(detected);
    }

    /** The first non-blank record as the header, no roles: the starting point for a mapping. */
    private static CsvLayout bareLayout(String encoding, CsvTable table) {
        CsvTable.Record header = table.records().stream()
                .filter(r -> r.nonBlank() >= 2)
                .findFirst()
                .orElseThrow(UnreadableStatementException::noRows);
        return new CsvLayout(
                encoding,
                table.separator(),
                header.line(),
                header.cells(),
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                AmountFormat.POINT,
                new DateFormat(DateFormat.Order.YMD),
                false);
    }

    static CsvLayout layout(String encoding, CsvTable table) {
        return layout(encoding, table, CsvStatementReader::inMemory);
    }

    /**
     * What the layout's whole-file decisions rest on: every date of the date columns, the decimal-separator
     * votes of every amount, and whether the id column repeats a value. Found in the records held, or by a
     * pass over a file too large to hold ({@link CsvStream}).
     */
    interface WholeColumns {
        ColumnFacts of(List<CsvTable.Record> data, int firstDataLine, int[] dates, int[] amounts, int id);
    }

    record ColumnFacts(java.util.Collection<String> dates, AmountFormat amountFormat, boolean idUnique) {}

    static ColumnFacts inMemory(List<CsvTable.Record> data, int firstDataLine, int[] dates, int[] amounts, int id) {
        return new ColumnFacts(
                cells(data, dates), AmountFormat.detect(cells(data, amounts)), id < 0 || unique(data, id));
    }

    static CsvLayout layout(String encoding, CsvTable table, WholeColumns wholeColumns) {
        List<CsvTable.Record> records = table.records();
        int header = knownHeader(records);
        int firstData = firstDataRecord(records, header + 1);
        if (firstData < 0) {
            throw UnreadableStatementException.noDatedAmounts();
        }
        if (header < 0) {
            header = headerBefore(records, firstData);
        }
        List<String> names = header < 0
                ? List.of()
                : records.get(header).cells().stream()
                        .map(ColumnNames::normalise)
                        .toList();
        List<CsvTable.Record> data = records.subList(firstData, records.size()).stream()
                .filter(r -> r.nonBlank() >= 2)
                .toList();
        int width = data.stream().mapToInt(r -> r.cells().size()).max().orElse(0);

        // The role of each column is judged on an even sample; the date order and the decimal separator are
        // decided on the whole column below.
        List<CsvTable.Record> sample = evenSample(data);
        int date = ColumnNames.find(names, ColumnNames.DATE);
        int namedValueDate = ColumnNames.find(names, ColumnNames.VALUE_DATE);
        int valueDate = namedValueDate;
        List<Integer> dateColumns = columnsWhere(sample, width, CsvStatementReader::dateRatio, 0.8);
        if (date < 0 || dateRatio(sample, date) < 0.5) {
            date = dateColumns.stream()
                    .filter(c -> c != namedValueDate)
                    .findFirst()
                    .orElse(dateColumns.isEmpty() ? -1 : dateColumns.get(0));
        }
        if (valueDate < 0) {
            int booked = date;
            valueDate =
                    dateColumns.stream().filter(c -> c != booked).findFirst().orElse(-1);
        }
        int amount = ColumnNames.find(names, ColumnNames.AMOUNT);
        int debit = ColumnNames.find(names, ColumnNames.DEBIT);
        int credit = ColumnNames.find(names, ColumnNames.CREDIT);
        int direction = ColumnNames.find(names, ColumnNames.DIRECTION);
        Set<Integer> taken = columns(date, valueDate);
        for (int c = 0; c < names.size(); c++) {
            if (ColumnNames.isBalance(names.get(c))) {
                taken.add(c);
            }
        }
        if (amount >= 0
                && numericRatio(sample, amount) < 0.5
                && amount + 1 < width
                && names.size() > amount + 1
                && names.get(amount + 1).isEmpty()
                && numericRatio(sample, amount + 1) >= 0.9) {
            amount++; // "Mutatie" over two columns: currency, then amount
        }
        if (debit >= 0 && credit >= 0 && (amount < 0 || numericRatio(sample, amount) < 0.5)) {
            amount = -1;
        } else if (amount < 0 || numericRatio(sample, amount) < 0.5) {
            debit = -1;
            credit = -1;
            List<Integer> numeric = columnsWhere(sample, width, CsvStatementReader::numericRatio, 0.9).stream()
                    .filter(c -> !taken.contains(c) && !looksLikeIdentifier(sample, c))
                    .toList();
            List<Integer> money =
                    numeric.stream().filter(c -> moneyRatio(sample, c) >= 0.5).toList();
            if (!money.isEmpty()) {
                numeric = money;
            }
            numeric = mostFilledFirstPair(sample, numeric);
            if (numeric.size() >= 2 && complementary(sample, numeric.get(0), numeric.get(1))) {
                debit = numeric.get(0);
                credit = numeric.get(1);
            } else if (!numeric.isEmpty()) {
                amount = numeric.get(0);
            }
        }
        if (amount < 0 && (debit < 0 || credit < 0)) {
            throw UnreadableStatementException.noAmountColumn();
        }
        taken.addAll(columns(amount, debit, credit));
        if (direction < 0 || !isDirection(sample, direction)) {
            direction = -1;
            for (int c = 0; c < width && amount >= 0; c++) {
                if (!taken.contains(c) && isDirection(sample, c)) {
                    direction = c;
                    break;
                }
            }
        }
        taken.add(direction);
        int currency = ColumnNames.find(names, ColumnNames.CURRENCY);
        if (currency < 0) {
            currency = firstColumn(
                    width,
                    taken,
                    c -> allMatch(
                            sample,
                            c,
                            v -> ISO_CURRENCY.matcher(v).matches()
                                    && java.util.Currency.getAvailableCurrencies().stream()
                                            .anyMatch(x -> x.getCurrencyCode().equalsIgnoreCase(v))));
        }
        taken.add(currency);
        int status = ColumnNames.find(names, ColumnNames.STATUS);
        int externalId = ColumnNames.find(names, ColumnNames.EXTERNAL_ID);
        ColumnFacts facts = wholeColumns.of(
                data,
                records.get(firstData).line(),
                new int[] {date, valueDate},
                new int[] {amount, debit, credit},
                externalId);
        if (externalId >= 0 && !facts.idUnique()) {
            externalId = -1;
        }
        int description = ColumnNames.find(names, ColumnNames.DESCRIPTION);
        int counterparty = ColumnNames.find(names, ColumnNames.COUNTERPARTY);
        int payer = ColumnNames.find(names, ColumnNames.PAYER);
        int payee = ColumnNames.find(names, ColumnNames.PAYEE);
        if (payer < 0 || payee < 0) { // one column for both (DKB's "Auftraggeber / Begünstigter") is fine
            payer = -1;
            payee = -1;
        }
        taken.addAll(columns(status, externalId, counterparty, payer, payee));
        if (description < 0) {
            description = longestText(sample, width, taken);
        }
        List<String> columnValues = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            int column = c;
            columnValues.add(
                    header >= 0 && c < records.get(header).cells().size()
                            ? records.get(header).cells().get(c)
                            : "column " + (column + 1));
        }
        AmountFormat amountFormat = facts.amountFormat();
        boolean usStyle = table.separator() == ',' && amountFormat.decimalSeparator() == '.';
        DateFormat dateFormat = DateFormat.detect(facts.dates(), usStyle);
        return new CsvLayout(
                encoding,
                table.separator(),
                header < 0 ? 0 : records.get(header).line(),
                columnValues,
                date,
                valueDate,
                amount,
                debit,
                credit,
                direction,
                description,
                counterparty,
                currency,
                status,
                externalId,
                amountFormat,
                dateFormat,
                false,
                payer,
                payee);
    }

    static CsvStatement rows(CsvTable table, CsvLayout layout, String defaultCurrency) {
        List<ParsedRow> rows = new ArrayList<>();
        RowInterpreter interpreter = new RowInterpreter(layout, defaultCurrency, Integer.MAX_VALUE);
        for (CsvTable.Record record : table.records()) {
            ParsedRow row = interpreter.interpret(record);
            if (row != null) {
                rows.add(row);
            }
        }
        return new CsvStatement(layout, rows, interpreter.errors(), interpreter.skipped(), interpreter.notHappened());
    }

    /**
     * The one place that decides what a record of the file is: a transaction, a row in error, or a line
     * skipped on purpose. It keeps only what the next record needs (whether the transactions have begun, the
     * dates met so far) and the errors up to a bound, so a file of any length is read in bounded memory.
     */
    static final class RowInterpreter {

        private static final int DATE_CACHE = 4096;
        /** Rows the bank says never happened kept with their cells for the raw data; more are only counted. */
        static final int NOT_HAPPENED_KEPT = 10_000;

        private final CsvLayout layout;
        private final String defaultCurrency;
        private final int maxErrors;
        private final List<RowError> errors = new ArrayList<>();
        private final Map<String, Optional<LocalDate>> dates = new HashMap<>(); // a file repeats its few dates
        private final Map<String, RowStatus.Kind> statuses = new HashMap<>();
        private final List<NotHappenedRow> notHappened = new ArrayList<>();
        private int notHappenedCount;
        private int errorCount;
        private int skipped;
        private boolean started;

        RowInterpreter(CsvLayout layout, String defaultCurrency, int maxErrors) {
            this.layout = layout;
            this.defaultCurrency = defaultCurrency;
            this.maxErrors = maxErrors;
        }

        List<RowError> errors() {
            return errors;
        }

        int errorCount() {
            return errorCount;
        }

        int skipped() {
            return skipped;
        }

        /** The first rows the bank says never happened, up to a bound. */
        List<NotHappenedRow> notHappened() {
            return notHappened;
        }

        int notHappenedCount() {
            return notHappenedCount;
        }

        /** @return the transaction the record holds, or null when it holds none (skipped or in error) */
        ParsedRow interpret(CsvTable.Record record) {
            if (record.line() <= layout.headerLine() || record.nonBlank() < 2) {
                return null;
            }
            List<String> cells = record.cells();
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).length() > CsvLimits.MAX_CELL) {
                    return error(
                            RowError.of(record.line(), UnreadableRowException.cellTooLong(c + 1, CsvLimits.MAX_CELL)));
                }
            }
            Optional<LocalDate> date = date(cell(cells, layout.date())).or(() -> date(cell(cells, layout.valueDate())));
            Optional<BigDecimal> amount = amount(cells, layout).map(a -> layout.invertSign() ? a.negate() : a);
            String description = text(cells, layout.description());
            String counterparty =
                    text(cells, amount.map(layout::counterpartyFor).orElse(layout.counterparty()));
            if (date.isEmpty() && amount.isEmpty()) {
                return skip();
            }
            if (BALANCE_ROW.matcher(description + " " + counterparty).find() || !started && date.isEmpty()) {
                return skip();
            }
            String status = cell(cells, layout.status());
            RowStatus.Kind kind = status(status);
            if (kind == RowStatus.Kind.NOT_HAPPENED) {
                return notHappened(new NotHappenedRow(
                        record.line(), Spaces.collapse(status).strip(), cells));
            }
            if (date.isEmpty() && isSumLine(String.join(" ", cells))) {
                return skip(); // a footer such as "Balance at start of period" standing in the date column
            }
            if (date.isEmpty()) {
                return error(RowError.unreadableDate(record.line(), cell(cells, layout.date())));
            }
            if (amount.isEmpty() && amountCells(cells, layout).replace("/", "").isBlank()) {
                return skip(); // a dated line that moved no money (an informational or conversion line)
            }
            if (amount.isEmpty()) {
                return error(RowError.unreadableAmount(record.line(), amountCells(cells, layout)));
            }
            if (date.get().getYear() < 1900 || date.get().getYear() > 2200) {
                return error(RowError.dateOutOfRange(record.line(), date.get()));
            }
            started = true;
            String currency = currency(cell(cells, layout.currency()), defaultCurrency);
            try {
                return new ParsedRow(
                        record.line(),
                        date.get(),
                        date(cell(cells, layout.valueDate())).orElse(null),
                        amount.get(),
                        currency,
                        description,
                        counterparty,
                        layout.externalId() < 0 ? null : cell(cells, layout.externalId()),
                        kind == RowStatus.Kind.PENDING,
                        cells,
                        text(cells, layout.counterparty()));
            } catch (IllegalArgumentException e) {
                return error(RowError.of(record.line(), e)); // a currency that is no ISO code, an amount too large
            }
        }

        private Optional<LocalDate> date(String cell) {
            Optional<LocalDate> known = dates.get(cell);
            if (known == null) {
                if (dates.size() >= DATE_CACHE) {
                    dates.clear(); // a column of timestamps, each once: the cache would only grow
                }
                known = layout.dateFormat().parse(cell);
                dates.put(cell, known);
            }
            return known;
        }

        private RowStatus.Kind status(String value) {
            if (value.isEmpty()) {
                return RowStatus.Kind.BOOKED;
            }
            RowStatus.Kind kind = statuses.get(value);
            if (kind == null) {
                kind = RowStatus.of(value);
                if (statuses.size() < REMEMBERED_STATUSES) {
                    statuses.put(value, kind);
                }
            }
            return kind;
        }

        private ParsedRow notHappened(NotHappenedRow row) {
            notHappenedCount++;
            if (notHappened.size() < NOT_HAPPENED_KEPT) {
                notHappened.add(row);
            }
            return null;
        }

        private ParsedRow skip() {
            skipped++;
            return null;
        }

        private ParsedRow error(RowError error) {
            errorCount++;
            if (errors.size() < maxErrors) {
                errors.add(error);
            }
            return null;
        }
    }

    private static Optional<BigDecimal> amount(List<String> cells, CsvLayout layout) {
        AmountFormat format = layout.amountFormat();
        if (layout.amount() >= 0) {
            Optional<BigDecimal> value = format.parse(cell(cells, layout.amount()));
            if (value.isEmpty() || layout.direction() < 0) {
                return value;
            }
            String mark = cell(cells, layout.direction()).toLowerCase(Locale.ROOT);
            if (DEBIT_MARKS.contains(mark)) {
                return Optional.of(value.get().abs().negate());
            }
            return CREDIT_MARKS.contains(mark) ? Optional.of(value.get().abs()) : value;
        }
        Optional<BigDecimal> debit = format.parse(cell(cells, layout.debit()));
        Optional<BigDecimal> credit = format.parse(cell(cells, layout.credit()));
        if (debit.isEmpty() && credit.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal in = credit.orElse(BigDecimal.ZERO);
        BigDecimal out = debit.orElse(BigDecimal.ZERO).abs();
        return Optional.of(in.subtract(out));
    }

    private static String amountCells(List<String> cells, CsvLayout layout) {
        return layout.amount() >= 0
                ? cell(cells, layout.amount())
                : cell(cells, layout.debit()) + " / " + cell(cells, layout.credit());
    }

    private static boolean isSumLine(String row) {
        return BALANCE_ROW.matcher(row).find() || TOTAL_ROW.matcher(row).find();
    }

    private static String currency(String cell, String fallback) {
        return ISO_CURRENCY.matcher(cell).matches() ? cell.toUpperCase(Locale.ROOT) : fallback;
    }

    /** A row, among the first ones, that names at least two columns the way banks name them. */
    private static int knownHeader(List<CsvTable.Record> records) {
        List<Set<String>> roles = List.of(
                ColumnNames.DATE,
                ColumnNames.VALUE_DATE,
                ColumnNames.AMOUNT,
                ColumnNames.DEBIT,
                ColumnNames.CREDIT,
                ColumnNames.DESCRIPTION,
                ColumnNames.COUNTERPARTY,
                ColumnNames.CURRENCY,
                ColumnNames.BALANCE,
                ColumnNames.DIRECTION);
        for (int i = 0; i < Math.min(records.size(), 40); i++) {
            List<String> names =
                    records.get(i).cells().stream().map(ColumnNames::normalise).toList();
            long known = names.stream()
                    .filter(n -> roles.stream().anyMatch(r -> r.contains(n)))
                    .count();
            boolean hasDateOrAmount =
                    ColumnNames.find(names, ColumnNames.DATE) >= 0 || ColumnNames.find(names, ColumnNames.AMOUNT) >= 0;
            if (known >= 2 && hasDateOrAmount) {
                return i;
            }
        }
        return -1;
    }

    private static int firstDataRecord(List<CsvTable.Record> records, int from) {
        for (int i = Math.max(0, from); i < records.size(); i++) {
            List<String> cells = records.get(i).cells();
            for (int d = 0; d < cells.size(); d++) {
                if (DateFormat.looksLikeDate(cells.get(d)) && hasAmountBesides(cells, d)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean hasAmountBesides(List<String> cells, int dateColumn) {
        for (int c = 0; c < cells.size(); c++) {
            if (c != dateColumn
                    && !DateFormat.looksLikeDate(cells.get(c))
                    && (AmountFormat.POINT.parse(cells.get(c)).isPresent()
                            || AmountFormat.COMMA.parse(cells.get(c)).isPresent())) {
                return true;
            }
        }
        return false;
    }

    private static int headerBefore(List<CsvTable.Record> records, int firstData) {
        int dataWidth = CsvTable.trimmedWidth(records.get(firstData).cells());
        for (int i = firstData - 1; i >= 0 && i >= firstData - 3; i--) {
            CsvTable.Record candidate = records.get(i);
            if (candidate.nonBlank() == 0) {
                continue;
            }
            boolean textual = candidate.cells().stream().noneMatch(DateFormat::looksLikeDate)
                    && candidate.cells().stream()
                            .filter(c -> !c.isBlank())
                            .allMatch(c -> AmountFormat.POINT.parse(c).isEmpty());
            int width = CsvTable.trimmedWidth(candidate.cells());
            if (textual && candidate.nonBlank() >= 2 && width >= dataWidth - 1) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    interface Ratio {
        double of(List<CsvTable.Record> data, int column);
    }

    private static final int ROLE_SAMPLE = 2_000;

    private static List<CsvTable.Record> evenSample(List<CsvTable.Record> data) {
        if (data.size() <= ROLE_SAMPLE) {
            return data;
        }
        List<CsvTable.Record> sample = new ArrayList<>(ROLE_SAMPLE);
        double step = (double) data.size() / ROLE_SAMPLE;
        for (int i = 0; i < ROLE_SAMPLE; i++) {
            sample.add(data.get((int) (i * step)));
        }
        return sample;
    }

    private static List<Integer> columnsWhere(List<CsvTable.Record> data, int width, Ratio ratio, double threshold) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (ratio.of(data, c) >= threshold) {
                columns.add(c);
            }
        }
        return columns;
    }

    static double dateRatio(List<CsvTable.Record> data, int column) {
        return ratio(data, column, DateFormat::looksLikeDate);
    }

    /**
     * Keeps the column order when the first two are a debit/credit pair; otherwise puts the most filled
     * column first, since a statement's amount column has a value on every row.
     */
    private static List<Integer> mostFilledFirstPair(List<CsvTable.Record> data, List<Integer> numeric) {
        if (numeric.size() >= 2 && complementary(data, numeric.get(0), numeric.get(1))) {
            return numeric;
        }
        List<Integer> sorted = new ArrayList<>(numeric);
        sorted.sort(java.util.Comparator.comparingLong((Integer c) ->
                -data.stream().filter(r -> !cell(r.cells(), c).isBlank()).count()));
        return sorted;
    }

    /** Values written like money: two decimals or a currency sign. Tells amounts from counts and check numbers. */
    static double moneyRatio(List<CsvTable.Record> data, int column) {
        return ratio(data, column, v -> v.matches(".*\\d[.,]\\d{2}\\)?$") || v.matches(".*[$€£¥₽].*"));
    }

    static double numericRatio(List<CsvTable.Record> data, int column) {
        return ratio(
                data,
                column,
                v -> !DateFormat.looksLikeDate(v)
                        && (AmountFormat.POINT.parse(v).isPresent()
                                || AmountFormat.COMMA.parse(v).isPresent()));
    }

    private static double ratio(List<CsvTable.Record> data, int column, java.util.function.Predicate<String> test) {
        if (column < 0) {
            return 0;
        }
        int nonBlank = 0;
        int matching = 0;
        for (CsvTable.Record record : data) {
            String value = cell(record.cells(), column);
            if (!value.isBlank()) {
                nonBlank++;
                if (test.test(value)) {
                    matching++;
                }
            }
        }
        return nonBlank == 0 ? 0 : (double) matching / nonBlank;
    }

    /** Account numbers and reference numbers: long whole numbers, or the same value on every row. */
    private static boolean looksLikeIdentifier(List<CsvTable.Record> data, int column) {
        Set<String> values = data.stream()
                .map(r -> cell(r.cells(), column))
                .filter(v -> !v.isBlank())
                .collect(Collectors.toSet());
        long filled =
                data.stream().filter(r -> !cell(r.cells(), column).isBlank()).count();
        boolean longIntegers = values.stream().allMatch(v -> v.matches("\\d{7,}"));
        return longIntegers || values.size() == 1 && filled == data.size() && data.size() > 2;
    }

    /** Two columns of which each row fills exactly one (the other blank or zero): debit and credit. */
    private static boolean complementary(List<CsvTable.Record> data, int a, int b) {
        int rows = 0;
        for (CsvTable.Record record : data) {
            boolean hasA = nonZero(cell(record.cells(), a));
            boolean hasB = nonZero(cell(record.cells(), b));
            if (hasA && hasB) {
                return false;
            }
            if (hasA || hasB) {
                rows++;
            }
        }
        return rows > 0;
    }

    private static boolean nonZero(String cell) {
        Optional<BigDecimal> value = AmountFormat.POINT.parse(cell).or(() -> AmountFormat.COMMA.parse(cell));
        return value.isPresent() && value.get().signum() != 0;
    }

    private static boolean isDirection(List<CsvTable.Record> data, int column) {
        Set<String> values = data.stream()
                .map(r -> cell(r.cells(), column).toLowerCase(Locale.ROOT))
                .filter(v -> !v.isBlank())
                .collect(Collectors.toSet());
        return !values.isEmpty() && values.stream().allMatch(v -> DEBIT_MARKS.contains(v) || CREDIT_MARKS.contains(v));
    }

    private static boolean allMatch(List<CsvTable.Record> data, int column, java.util.function.Predicate<String> test) {
        return ratio(data, column, test) >= 0.999;
    }

    static boolean unique(List<CsvTable.Record> data, int column) {
        Set<String> seen = new HashSet<>();
        for (CsvTable.Record record : data) {
            String value = cell(record.cells(), column);
            if (value.isBlank() || !seen.add(value)) {
                return false;
            }
        }
        return true;
    }

    private static int firstColumn(int width, Set<Integer> taken, java.util.function.IntPredicate test) {
        for (int c = 0; c < width; c++) {
            if (!taken.contains(c) && test.test(c)) {
                return c;
            }
        }
        return -1;
    }

    private static int longestText(List<CsvTable.Record> data, int width, Set<Integer> taken) {
        int best = -1;
        double bestLength = 0;
        for (int c = 0; c < width; c++) {
            if (taken.contains(c) || numericRatio(data, c) > 0.5 || dateRatio(data, c) > 0.5) {
                continue;
            }
            int column = c;
            double length = data.stream()
                    .mapToInt(r -> cell(r.cells(), column).length())
                    .average()
                    .orElse(0);
            if (length > bestLength) {
                best = c;
                bestLength = length;
            }
        }
        return best;
    }

    static List<String> cells(List<CsvTable.Record> data, int... columns) {
        List<String> values = new ArrayList<>();
        for (CsvTable.Record record : data) {
            for (int column : columns) {
                String value = cell(record.cells(), column);
                if (!value.isBlank()) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    private static Set<Integer> columns(int... indexes) {
        Set<Integer> set = new HashSet<>();
        for (int index : indexes) {
            if (index >= 0) {
                set.add(index);
            }
        }
        return set;
    }

    static String cell(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    private static String text(List<String> cells, int column) {
        return Spaces.collapse(cell(cells, column)).strip();
    }
}
