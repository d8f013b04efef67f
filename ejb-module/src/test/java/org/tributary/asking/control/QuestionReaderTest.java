package org.tributary.asking.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private final QuestionReader reader = new QuestionReader(
            List.of("Dog food"),
            List.of("Rewe", "Starbucks", "Amazon Mktplace", "Amazon Prime", "Пятёрочка", "Shell", "New Look"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How much did I spend on groceries last month?       | SPENT      | groceries     | 2026-11-01 | 2026-11-30
            Сколько я потратил на продукты в прошлом месяце?    | SPENT      | groceries     | 2026-11-01 | 2026-11-30
            how much on eating out this year                    | SPENT      | eating-out    | 2026-01-01 | 2026-12-31
            Сколько ушло на кафе за год?                        | SPENT      | eating-out    | 2025-12-04 | 2026-12-03
            What did I spend on transport in March?             | SPENT      | transport     | 2026-03-01 | 2026-03-31
            траты на такси в марте 2025 года                    | SPENT      | transport     | 2025-03-01 | 2025-03-31
            How much did I spend on travel since May?           | SPENT      | travel        | 2026-05-01 | 2026-12-03
            сколько на путешествия с мая                        | SPENT      | travel        | 2026-05-01 | 2026-12-03
            utilities from September to November                | SPENT      | utilities     | 2026-09-01 | 2026-11-30
            коммуналка с сентября по ноябрь                     | SPENT      | utilities     | 2026-09-01 | 2026-11-30
            How much did I spend in the last 3 months?          | SPENT      |               | 2026-09-04 | 2026-12-03
            сколько я потратил за последние три месяца          | SPENT      |               | 2026-09-04 | 2026-12-03
            what did I spend last week                          | SPENT      |               | 2026-11-23 | 2026-11-29
            сколько я потратил на прошлой неделе                | SPENT      |               | 2026-11-23 | 2026-11-29
            spent yesterday                                     | SPENT      |               | 2026-12-02 | 2026-12-02
            How much did I earn last year?                      | EARNED     |               | 2025-01-01 | 2025-12-31
            Сколько я заработал в 2025 году?                    | EARNED     |               | 2025-01-01 | 2025-12-31
            What was my biggest payment this month?             | BIGGEST    |               | 2026-12-01 | 2026-12-31
            Какой самый крупный платёж в ноябре?                | BIGGEST    |               | 2026-11-01 | 2026-11-30
            What grew last month?                               | GREW       |               | 2026-11-01 | 2026-11-30
            Что выросло в прошлом месяце?                       | GREW       |               | 2026-11-01 | 2026-11-30
            Which new places did I pay this month?              | NEW_PLACES |               | 2026-12-01 | 2026-12-31
            Какие новые магазины в этом месяце?                 | NEW_PLACES |               | 2026-12-01 | 2026-12-31
            Am I spending more than I earn this year?           | BALANCE    |               | 2026-01-01 | 2026-12-31
            Сколько денег осталось в прошлом месяце?            | BALANCE    |               | 2026-11-01 | 2026-11-30
            Average per month on groceries this year            | AVERAGE    | groceries     | 2026-01-01 | 2026-12-31
            Сколько в среднем в месяц уходит на продукты с января| AVERAGE   | groceries     | 2026-01-01 | 2026-12-03
            Where did my money go in October?                   | WHERE      |               | 2026-10-01 | 2026-10-31
            Куда ушли деньги в октябре?                         | WHERE      |               | 2026-10-01 | 2026-10-31
            What are my subscriptions?                          | REGULAR    | subscriptions |            |
            Какие у меня подписки?                              | REGULAR    | subscriptions |            |
            How much did I spend on dog food this year?         | SPENT      | Dog food      | 2026-01-01 | 2026-12-31
            How much on fast food last month?                   | SPENT      | eating-out    | 2026-11-01 | 2026-11-30
            """)
    void readsWhatIsAskedItsPeriodAndCategory(
            String text, Intent intent, String category, LocalDate from, LocalDate to) {
        Question question = reader.read(text, TODAY);
        assertThat(question).as(text).isNotNull();
        assertThat(question.intent()).as(text).isEqualTo(intent);
        assertThat(question.category()).as(text).isEqualTo(category);
        if (from == null) {
            assertThat(question.periods()).as(text).isEmpty();
        } else {
            assertThat(question.periods()).as(text).first().isEqualTo(new AskedPeriod(from, to));
        }
    }

    @Test
    void comparesTwoNamedMonthsOrOneWithTheMonthBefore() {
        Question two = reader.read("Compare groceries in March and April", TODAY);
        assertThat(two.intent()).isEqualTo(Intent.COMPARE);
        assertThat(two.periods())
                .containsExactly(
                        new AskedPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                        new AskedPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        Question russian = reader.read("Сравни расходы на кафе в октябре и ноябре", TODAY);
        assertThat(russian.intent()).isEqualTo(Intent.COMPARE);
        assertThat(russian.category()).isEqualTo("eating-out");
        assertThat(russian.periods()).hasSize(2);
        assertThat(new AskedPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).previous())
                .isEqualTo(new AskedPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
    }

    @Test
    void findsMerchantsAcrossScriptsInflectionsAndTypos() {
        assertThat(reader.read("How much at Starbucks last month?", TODAY).merchants())
                .containsExactly("Starbucks");
        assertThat(reader.read("сколько я потратил в Старбакс", TODAY).merchants())
                .containsExactly("Starbucks");
        assertThat(reader.read("сколько я потратил в Пятёрочке в ноябре", TODAY).merchants())
                .containsExactly("Пятёрочка");
        assertThat(reader.read("how much did I pay starbuks", TODAY).merchants())
                .containsExactly("Starbucks");
        assertThat(reader.read("How much did I spend at Amazon this year?", TODAY)
                        .merchants())
                .containsExactly("Amazon Mktplace", "Amazon Prime");
        assertThat(reader.read("what new places this month", TODAY).merchants())
                .as("'new' is a word of the question, not New Look")
                .isEmpty();
    }

    @Test
    void countsWhatIsAskedForButNotTheYear() {
        assertThat(reader.read("top 5 payments in 2025", TODAY).count()).isEqualTo(5);
        assertThat(reader.read("три самых крупных платежа", TODAY).count()).isEqualTo(3);
        assertThat(reader.read("biggest payment in 2025", TODAY).count()).isEqualTo(1);
    }

    @Test
    void saysNothingOfWhatItCannotAnswer() {
        assertThat(reader.read("What is the capital of France?", TODAY)).isNull();
        assertThat(reader.read("", TODAY)).isNull();
    }

    @Test
    void readsOnlyTheStartOfAnOverlongQuestion() {
        assertThat(QuestionWords.of("x ".repeat(1_000_000))).hasSize(QuestionWords.MAX_CHARS / 2);
        Question question = reader.read("ну ".repeat(100_000) + "сколько на продукты", TODAY);
        assertThat(question).as("the question word is past the part read").isNull();
    }
}
