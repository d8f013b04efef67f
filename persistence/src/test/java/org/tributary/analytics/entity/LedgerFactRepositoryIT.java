package org.tributary.analytics.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.yandex.clickhouse.ClickHouseDataSource;

/** The repository against the real ClickHouse, through the same driver and URL settings the server uses. */
class LedgerFactRepositoryIT {

    private static ClickHouseSchema schema;
    private static LedgerFactRepository repository;

    @BeforeAll
    static void createSchema() throws Exception {
        DataSource dataSource = new ClickHouseDataSource(System.getProperty("it.clickhouse.url"));
        schema = new ClickHouseSchema(dataSource, System.getProperty("it.clickhouse.database"));
        schema.create();
        schema.create(); // idempotent: a second deploy must not fail
        repository = new LedgerFactRepository(dataSource, schema);
    }

    @Test
    void rowsWrittenInABatchAreReadBackExactly() throws Exception {
        UUID user = UUID.randomUUID();
        LedgerFact coffee = fact(user, LocalDate.of(2024, 2, 29), "-3.40", "Кофе ☕ Café", 1);
        LedgerFact salary = fact(user, LocalDate.of(2024, 3, 1), "2500.00", "Salary", 1);

        repository.insert(List.of(coffee, salary));

        assertThat(repository.findByUser(user, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31)))
                .containsExactly(coffee, salary);
    }

    @Test
    void aNewerVersionOfATransactionReplacesTheOlderOne() throws Exception {
        UUID user = UUID.randomUUID();
        LedgerFact first = fact(user, LocalDate.of(2024, 5, 5), "-12.50", "Groceries", 1);
        LedgerFact recategorised = new LedgerFact(
                first.userId(),
                first.transactionId(),
                first.sourceId(),
                first.sourceKind(),
                first.sourceName(),
                first.bookedDate(),
                first.amount(),
                first.currency(),
                first.description(),
                first.merchant(),
                "Eating out",
                first.type(),
                2,
                false);

        repository.insert(List.of(first));
        repository.insert(List.of(recategorised));

        assertThat(repository.findByUser(user, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)))
                .containsExactly(recategorised);
    }

    @Test
    void anotherUsersRowsAreNeverReturned() throws Exception {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        repository.insert(List.of(
                fact(alice, LocalDate.of(2024, 1, 10), "-1.00", "Alice's", 1),
                fact(bob, LocalDate.of(2024, 1, 10), "-2.00", "Bob's", 1)));

        assertThat(repository.findByUser(alice, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))
                .extracting(LedgerFact::userId)
                .containsOnly(alice);
    }

    private static LedgerFact fact(UUID user, LocalDate date, String amount, String description, long version) {
        return new LedgerFact(
                user,
                UUID.randomUUID(),
                UUID.randomUUID(),
                "FILE",
                "Checking",
                date,
                new BigDecimal(amount),
                "EUR",
                description,
                description,
                "Groceries",
                amount.startsWith("-") ? "EXPENSE" : "INCOME",
                version,
                false);
    }
}
