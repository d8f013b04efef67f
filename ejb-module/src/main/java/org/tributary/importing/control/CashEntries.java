package org.tributary.importing.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.categorising.control.CategorisationQueue;
import org.tributary.categorising.control.CategorisedBy;
import org.tributary.categorising.control.CategoryNames;
import org.tributary.categorising.control.CategoryReason;
import org.tributary.categorising.control.Rules;
import org.tributary.categorising.control.Suggestion;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.platform.control.Money;
import org.tributary.platform.control.Resources;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;
import org.tributary.transactions.control.Ledger;
import org.tributary.transactions.control.LedgerWrites;
import org.tributary.transactions.control.TransactionView;

/**
 * Cash spending typed in by hand. The entry is kept as entered (raw_cash), goes into the ledger at once so
 * the person sees it, and is queued on {@code etl-draft} for the rest of the pipeline (ClickHouse).
 */
@Stateless
public class CashEntries {

    public record CashEntry(String date, String amount, String currency, String description, String category) {}

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    Sources sources;

    @Inject
    Ledger ledgerReader;

    @Inject
    JMSContext jms;

    @Inject
    Rules rules;

    @Inject
    CategorisationQueue categorisation;

    @Resource(lookup = Resources.QUEUE_ETL_DRAFT)
    Queue etlDraft;

    public TransactionView record(UUID userId, CashEntry entry, String baseCurrency) {
        List<InvalidInputException.FieldError> problems = new ArrayList<>();
        LocalDate date = date(entry.date(), problems);
        BigDecimal amount = Money.parse(entry.amount()).orElse(null);
        if (amount == null || amount.signum() == 0) {
            problems.add(new InvalidInputException.FieldError(
                    "amount", "Enter an amount such as -12.50 (negative: money out)."));
        }
        String currency = currency(entry.currency(), baseCurrency, problems);
        String description =
                entry.description() == null ? "" : entry.description().strip();
        if (description.isEmpty() || description.length() > 500) {
            problems.add(new InvalidInputException.FieldError(
                    "description", "Say what it was for (at most 500 characters)."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Source cash = sources.cashSource(userId);
        UUID entryId = UUID.randomUUID();
        UUID transactionId = UUID.randomUUID();
        RowClassifier.Classified classified =
                new RowClassifier(rules.of(userId)).classify(null, description, amount.signum());
        String merchant = classified.merchant();
        boolean chosen = entry.category() != null && !entry.category().isBlank();
        Suggestion found = classified.category();
        String category = chosen ? CategoryNames.key(entry.category()) : found.category();
        String categorisedBy = chosen ? CategorisedBy.USER.name() : found.by().name();
        String reason = chosen ? CategoryReason.USER : found.reason();
        try (Connection connection = ledger.getConnection();
                PreparedStatement raw = connection.prepareStatement(
                        "insert into raw_cash.entries (id, user_id, payload) values (?, ?, ?::jsonb)")) {
            raw.setObject(1, entryId);
            raw.setObject(2, userId);
            raw.setString(
                    3,
                    Json.createObjectBuilder()
                            .add("date", String.valueOf(entry.date()))
                            .add("amount", String.valueOf(entry.amount()))
                            .add("currency", String.valueOf(entry.currency()))
                            .add("description", description)
                            .add("category", String.valueOf(entry.category()))
                            .build()
                            .toString());
            raw.executeUpdate();
            LedgerWrites.write(
                    connection,
                    List.of(new LedgerWrites.NewTransaction(
                            transactionId,
                            userId,
                            cash.getId(),
                            null,
                            date,
                            null,
                            amount,
                            currency,
                            description,
                            merchant,
                            null,
                            null,
                            false,
                            amount.signum() < 0 ? "EXPENSE" : "INCOME",
                            category,
                            categorisedBy,
                            entryId,
                            chosen || found.by() == CategorisedBy.NONE ? null : found.confidence(),
                            reason)));
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the cash entry", e);
        }
        if (!chosen && found.by() == CategorisedBy.NONE) {
            categorisation.requestForUser(userId);
        }
        jms.createProducer()
                .send(
                        etlDraft,
                        Json.createObjectBuilder()
                                .add("transactionId", transactionId.toString())
                                .build()
                                .toString());
        return ledgerReader.find(userId, transactionId);
    }

    private static LocalDate date(String text, List<InvalidInputException.FieldError> problems) {
        if (text == null || text.isBlank()) {
            return LocalDate.now();
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 1900 || date.isAfter(LocalDate.now().plusYears(1))) {
                problems.add(new InvalidInputException.FieldError("date", "Use a date between 1900 and next year."));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new InvalidInputException.FieldError("date", "Use a date such as 2024-03-31."));
            return null;
        }
    }

    private static String currency(String code, String fallback, List<InvalidInputException.FieldError> problems) {
        if (code == null || code.isBlank()) {
            return fallback;
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidInputException.FieldError("currency", "Use a three-letter code such as EUR."));
            return fallback;
        }
    }
}
