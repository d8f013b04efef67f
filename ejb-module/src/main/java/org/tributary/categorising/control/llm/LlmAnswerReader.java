package org.tributary.categorising.control.llm;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tributary.categorising.control.CategorisedBy;
import org.tributary.categorising.control.CategoryReason;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.Suggestion;
import org.tributary.categorising.control.Taxonomy;

/**
 * Reads the model's answer, trusting none of it. Each result is checked on its own: its id must be one that was
 * asked, answered once; its category one of the allowed names and of a kind that fits the direction of the money
 * (an income category only for money in, an expense category only for money out); its confidence a number from 0
 * to 1. A result that fails any check is not an answer, and the others stand. Text that is not the expected JSON
 * answers nothing. Nothing here throws for what the model wrote: a bad answer is the model's mistake, not a
 * failure to retry.
 */
final class LlmAnswerReader {

    private LlmAnswerReader() {}

    /** @return the suggestions by the descriptor's position in {@code asked} */
    static Map<Integer, Suggestion> read(String content, List<Descriptor> asked) {
        Optional<JsonArray> results = results(content);
        if (results.isEmpty()) {
            return Map.of();
        }
        Map<Integer, Suggestion> answers = new HashMap<>();
        Set<Integer> answeredTwice = new HashSet<>();
        for (JsonValue value : results.get()) {
            Optional<Answer> answer = answer(value, asked);
            if (answer.isEmpty()) {
                continue;
            }
            int position = answer.get().position();
            if (answers.putIfAbsent(position, answer.get().suggestion()) != null) {
                answeredTwice.add(position);
            }
        }
        answeredTwice.forEach(answers::remove);
        return Map.copyOf(answers);
    }

    private record Answer(int position, Suggestion suggestion) {}

    private static Optional<JsonArray> results(String content) {
        if (content == null) {
            return Optional.empty();
        }
        // Some models wrap JSON in a Markdown fence or a sentence despite being told not to.
        int start = content.indexOf('{');
        int end = content.lastIndexOf('}');
        if (start < 0 || end <= start) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(content.substring(start, end + 1)))) {
            JsonValue results = reader.readObject().get("results");
            return results != null && results.getValueType() == JsonValue.ValueType.ARRAY
                    ? Optional.of(results.asJsonArray())
                    : Optional.empty();
        } catch (RuntimeException notTheJsonAskedFor) {
            return Optional.empty();
        }
    }

    private static Optional<Answer> answer(JsonValue value, List<Descriptor> asked) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.empty();
        }
        JsonObject result = value.asJsonObject();
        if (!(result.get("id") instanceof JsonNumber id)
                || !id.isIntegral()
                || !(result.get("category") instanceof JsonString category)
                || !(result.get("confidence") instanceof JsonNumber confidence)) {
            return Optional.empty();
        }
        long position = id.longValue() - 1;
        double sure = confidence.doubleValue();
        if (position < 0 || position >= asked.size() || !(sure >= 0 && sure <= 1)) {
            return Optional.empty();
        }
        return Taxonomy.byStoredName(category.getString().strip())
                .filter(c -> c != Taxonomy.UNCATEGORISED)
                .filter(c -> fitsDirection(c, asked.get((int) position).sign()))
                .map(c -> new Answer(
                        (int) position, new Suggestion(c.storedName(), CategorisedBy.LLM, sure, CategoryReason.LLM)));
    }

    private static boolean fitsDirection(Taxonomy category, int sign) {
        return switch (category.kind()) {
            case INCOME -> sign >= 0;
            case EXPENSE -> sign <= 0;
            case TRANSFER -> true;
            case NONE -> false;
        };
    }
}
