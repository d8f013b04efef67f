package org.tributary.asking.control;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.tributary.categorising.control.CategoryNames;
import org.tributary.categorising.control.Taxonomy;

/**
 * The reports a language model may call while answering a question, as tools: what was spent (in all, on a
 * category, at a merchant), income, the largest payments, where the money went, the balance and the regular
 * payments. Each runs through the same answers as the offline path, for the one person whose question it is: the
 * person is fixed when the tools are made, and no argument can name another. Arguments are checked (dates, at most
 * five years, known categories, merchants matched among the person's own); a call that fails says why, as data.
 */
final class AskTools {

    static final int MOST_ARGUMENT_CHARS = 2_000;
    private static final int MOST_DAYS = 5 * 366;
    private static final Jsonb JSON = JsonbBuilder.create();

    private static final JsonObjectSchema PERIOD = JsonObjectSchema.builder()
            .addStringProperty("from", "first day, YYYY-MM-DD")
            .addStringProperty("to", "last day, YYYY-MM-DD")
            .required("from", "to")
            .build();

    static final List<ToolSpecification> SPECIFICATIONS = List.of(
            ToolSpecification.builder()
                    .name("spending")
                    .description("Money spent from one day to another, in all, on one category, or at one merchant;"
                            + " in the person's base currency, with the number of payments")
                    .parameters(JsonObjectSchema.builder()
                            .addProperties(PERIOD.properties())
                            .addStringProperty("category", "a category's English name, e.g. Groceries (optional)")
                            .addStringProperty("merchant", "a merchant's name as the person says it (optional)")
                            .required("from", "to")
                            .build())
                    .build(),
            ToolSpecification.builder()
                    .name("income")
                    .description("Money received from one day to another")
                    .parameters(PERIOD)
                    .build(),
            ToolSpecification.builder()
                    .name("largest_payments")
                    .description("The largest payments from one day to another, the largest first")
                    .parameters(JsonObjectSchema.builder()
                            .addProperties(PERIOD.properties())
                            .addIntegerProperty("count", "how many, 1 to 10")
                            .required("from", "to")
                            .build())
                    .build(),
            ToolSpecification.builder()
                    .name("spending_by_category")
                    .description("Where the money went from one day to another: spending per category, the most first")
                    .parameters(PERIOD)
                    .build(),
            ToolSpecification.builder()
                    .name("balance")
                    .description("Income, expenses and what was left over from one day to another")
                    .parameters(PERIOD)
                    .build(),
            ToolSpecification.builder()
                    .name("regular_payments")
                    .description("The payments the person makes regularly (subscriptions, rent, insurance) and what a"
                            + " year of them costs")
                    .parameters(JsonObjectSchema.builder().build())
                    .build());

    private final Function<Question, Answer> answers;
    private final Collection<String> ownCategories;
    private final MerchantWords merchants;
    private final List<Answer.Source> sources = new ArrayList<>();

    /** @param answers the person's offline answers to a question already understood */
    AskTools(Function<Question, Answer> answers, Collection<String> ownCategories, List<String> merchantNames) {
        this.answers = answers;
        this.ownCategories = ownCategories;
        this.merchants = new MerchantWords(merchantNames);
    }

    /** Forgets the calls of an earlier attempt. */
    void reset() {
        sources.clear();
    }

    /** The reports the calls so far used, each as the offline answer names it. */
    List<Answer.Source> sources() {
        return List.copyOf(sources);
    }

    /** Runs one call; its result (the figures, or what was wrong) as JSON text for the model. */
    String run(ToolExecutionRequest request) {
        try {
            JsonObject arguments = arguments(request.arguments());
            Answer answer = answers.apply(question(request.name(), arguments));
            sources.addAll(answer.sources());
            return JSON.toJson(
                    answer.sources().stream().map(Answer.Source::figures).toList());
        } catch (IllegalArgumentException wrong) {
            return Json.createObjectBuilder()
                    .add("error", wrong.getMessage())
                    .build()
                    .toString();
        }
    }

    private Question question(String tool, JsonObject arguments) {
        if (tool == null) {
            throw new IllegalArgumentException("no tool named");
        }
        return switch (tool) {
            case "spending" ->
                new Question(Intent.SPENT, List.of(period(arguments)), category(arguments), merchants(arguments), 1);
            case "income" -> new Question(Intent.EARNED, List.of(period(arguments)), null, List.of(), 1);
            case "largest_payments" ->
                new Question(Intent.BIGGEST, List.of(period(arguments)), null, List.of(), count(arguments));
            case "spending_by_category" -> new Question(Intent.WHERE, List.of(period(arguments)), null, List.of(), 5);
            case "balance" -> new Question(Intent.BALANCE, List.of(period(arguments)), null, List.of(), 1);
            case "regular_payments" -> new Question(Intent.REGULAR, List.of(), null, List.of(), 1);
            default ->
                throw new IllegalArgumentException("no such tool: " + tool.substring(0, Math.min(40, tool.length())));
        };
    }

    private static JsonObject arguments(String text) {
        if (text == null || text.isBlank()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        if (text.length() > MOST_ARGUMENT_CHARS) {
            throw new IllegalArgumentException("arguments too long");
        }
        try {
            return Json.createReader(new StringReader(text)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("arguments are not a JSON object");
        }
    }

    private static AskedPeriod period(JsonObject arguments) {
        LocalDate from = date(arguments, "from");
        LocalDate to = date(arguments, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
        if (to.toEpochDay() - from.toEpochDay() > MOST_DAYS) {
            throw new IllegalArgumentException("at most five years at a time");
        }
        return new AskedPeriod(from, to);
    }

    private static LocalDate date(JsonObject arguments, String name) {
        if (!(arguments.get(name) instanceof JsonString value)) {
            throw new IllegalArgumentException(name + " is needed, as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.getString());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " is not a date as YYYY-MM-DD");
        }
    }

    private String category(JsonObject arguments) {
        if (!(arguments.get("category") instanceof JsonString value)
                || value.getString().isBlank()) {
            return null;
        }
        String key = CategoryNames.key(value.getString());
        if (Taxonomy.byStoredName(key).isEmpty() && !ownCategories.contains(key)) {
            throw new IllegalArgumentException("no such category");
        }
        return key;
    }

    private List<String> merchants(JsonObject arguments) {
        if (!(arguments.get("merchant") instanceof JsonString value)
                || value.getString().isBlank()) {
            return List.of();
        }
        List<String> words = QuestionWords.of(value.getString());
        MerchantWords.Found found = merchants.in(words, new java.util.BitSet());
        if (found == null) {
            throw new IllegalArgumentException("no merchant of that name");
        }
        return found.merchants();
    }

    private static int count(JsonObject arguments) {
        if (arguments.get("count") instanceof jakarta.json.JsonNumber number) {
            return Math.max(1, Math.min(10, number.intValue()));
        }
        return 5;
    }
}
