package org.tributary.categorising.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tributary.categorising.control.model.CloseMerchants;
import org.tributary.categorising.control.model.MerchantEmbeddings;
import org.tributary.categorising.control.model.ModelLayer;
import org.tributary.categorising.control.model.SimilarMerchants;
import org.tributary.categorising.control.model.ZeroShotCategories;

/**
 * The categorisation evaluation ({@code bench/categorise-eval}): top-1 accuracy of the layers, as a new user
 * with no rules gets them, on the test part of the labelled set (no merchant of which is among the shipped
 * examples), then again after the user corrected ten transactions with "apply to similar", as the product does
 * it: a rule for the merchant and its brand, the merchant's close neighbours among the user's transactions
 * recategorised, and the corrections in the model's history. The language model is not asked (it is optional
 * and off by default). Prints per layer and per country; bench/categorise-eval/run shows it.
 */
class CategorisationEvaluationTest {

    private static final Path TEST_SET =
            Path.of(System.getProperty("tributary.categorise-eval", "../bench/categorise-eval/test.tsv"));
    private static final Path DEV_SET =
            Path.of(System.getProperty("tributary.categorise-dev", "../bench/categorise-eval/dev.tsv"));
    private static final int CORRECTIONS = 10;

    record Outcome(LabelledDescriptor row, String merchant, Suggestion suggestion) {
        boolean right() {
            return suggestion != null && suggestion.category().equals(row.category());
        }

        String layer() {
            return suggestion == null ? "NONE" : suggestion.by().name();
        }
    }

    /** Where the test part stood when this floor was last raised: a regression guard, not the target. */
    private static final double FLOOR_FRESH = 0.86;

    private static final double FLOOR_CORRECTED = 0.885;

    @Test
    void theTestPartAsANewUserAndAfterTenCorrections() throws IOException {
        List<LabelledDescriptor> test = read(TEST_SET);

        List<Outcome> fresh = evaluate(test, UserRules.NONE, Map.of(), true);
        report("test part, zero user rules", fresh, false);
        List<Outcome> corrected = afterCorrections(test, fresh);
        report("test part, after " + CORRECTIONS + " corrections", corrected, false);

        assertThat(accuracy(fresh)).as("top-1, no user rules").isGreaterThanOrEqualTo(FLOOR_FRESH);
        assertThat(accuracy(corrected)).as("top-1 after ten corrections").isGreaterThanOrEqualTo(FLOOR_CORRECTED);
    }

    /**
     * The development part: merchants in neither the training nor the test part, the view to find what the layers
     * get wrong and to tune them on, with every miss listed, as a new user and after ten corrections.
     */
    @Test
    void theDevelopmentPart() throws IOException {
        List<LabelledDescriptor> dev = read(DEV_SET);
        List<Outcome> fresh = evaluate(dev, UserRules.NONE, Map.of(), true);
        report("development part, zero user rules", fresh, true);
        report("development part, after " + CORRECTIONS + " corrections", afterCorrections(dev, fresh), false);
    }

    /**
     * The training part (the shipped examples), with the model not comparing them with themselves: the view to
     * tune the layers on, with every miss listed. The test part lists no misses, so that nothing is tuned on it.
     */
    @Test
    void theTrainingPartWithoutItsOwnExamples() {
        List<Outcome> train = evaluate(LabelledDescriptor.shipped(), UserRules.NONE, Map.of(), false);
        report("training part, without its own examples", train, true);
    }

    private static List<Outcome> evaluate(
            List<LabelledDescriptor> rows, UserRules rules, Map<String, String> history, boolean shippedExamples) {
        MerchantEmbeddings embeddings = MerchantEmbeddings.shared();
        ModelLayer model = shippedExamples
                ? ModelLayer.forUser(history, MerchantName::of)
                : new ModelLayer(
                        embeddings,
                        SimilarMerchants.of(embeddings, List.of(), MerchantName::of, history),
                        new ZeroShotCategories(embeddings));
        LayeredCategoriser categoriser = new LayeredCategoriser(new InlineCategoriser(rules), model, null);
        List<Descriptor> descriptors = new ArrayList<>();
        List<String> merchants = new ArrayList<>();
        for (LabelledDescriptor row : rows) {
            String merchant = MerchantName.of(row.counterparty(), row.description());
            merchants.add(merchant);
            descriptors.add(row.descriptor(merchant));
        }
        Map<Descriptor, Suggestion> found = categoriser.suggestAll(descriptors);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            outcomes.add(new Outcome(rows.get(i), merchants.get(i), found.get(descriptors.get(i))));
        }
        return outcomes;
    }

    /** The user corrects the first ten wrong rows, in the order they appear, each with "apply to similar". */
    private static List<Outcome> afterCorrections(List<LabelledDescriptor> rows, List<Outcome> fresh) {
        List<Outcome> wrong =
                fresh.stream().filter(o -> !o.right()).limit(CORRECTIONS).toList();
        Map<String, String> byMerchant = new HashMap<>();
        Map<String, String> byBrand = new HashMap<>();
        Map<String, String> history = new LinkedHashMap<>();
        for (Outcome correction : wrong) {
            String category = correction.row().category();
            byMerchant.put(UserRules.key(correction.merchant()), category);
            InlineCategoriser.brandOf(correction.merchant()).ifPresent(b -> byBrand.put(UserRules.key(b), category));
            history.put(correction.merchant(), category);
        }
        // The user's existing transactions that "apply to similar" recategorises, as Recategorisation does.
        CloseMerchants close = new CloseMerchants(MerchantEmbeddings.shared());
        List<String> extendable = fresh.stream()
                .filter(o -> List.of("NONE", "BRAND", "MODEL", "LLM").contains(o.layer())
                        || o.suggestion().reason().startsWith(CategoryReason.KEYWORD))
                .map(Outcome::merchant)
                .distinct()
                .toList();
        Map<String, String> recategorised = new HashMap<>();
        for (Outcome correction : wrong) {
            Optional<String> brand = InlineCategoriser.brandOf(correction.merchant());
            for (String candidate : extendable) {
                if (brand.isPresent() && InlineCategoriser.brandOf(candidate).equals(brand)) {
                    recategorised.putIfAbsent(candidate, correction.row().category());
                }
            }
            close.closeNeighbours(correction.merchant(), extendable)
                    .forEach(m -> recategorised.putIfAbsent(m, correction.row().category()));
        }
        List<Outcome> again = evaluate(rows, new UserRules(byMerchant, byBrand), history, true);
        List<Outcome> outcomes = new ArrayList<>();
        for (Outcome outcome : again) {
            String extended = recategorised.get(outcome.merchant());
            boolean ruled = outcome.suggestion() != null
                    && outcome.suggestion().reason().startsWith("rule:");
            outcomes.add(
                    extended != null && !ruled
                            ? new Outcome(
                                    outcome.row(),
                                    outcome.merchant(),
                                    new Suggestion(extended, CategorisedBy.RULE, 1, "rule:similar"))
                            : outcome);
        }
        return outcomes;
    }

    private static double accuracy(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::right).count() / (double) outcomes.size();
    }

    private static void report(String title, List<Outcome> outcomes, boolean misses) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT, "%n== %s: top-1 %.1f%% of %d%n", title, 100 * accuracy(outcomes), outcomes.size()));
        out.append("   by layer (answered: right / all):\n");
        group(outcomes, Outcome::layer)
                .forEach((layer, part) -> out.append(String.format(
                        Locale.ROOT,
                        "     %-6s %4d / %4d  (%.1f%%)%n",
                        layer,
                        right(part),
                        part.size(),
                        100.0 * right(part) / part.size())));
        out.append("   by country:\n");
        group(outcomes, o -> o.row().country())
                .forEach((country, part) -> out.append(String.format(
                        Locale.ROOT,
                        "     %-3s %4d / %4d  (%.1f%%)%n",
                        country,
                        right(part),
                        part.size(),
                        100.0 * right(part) / part.size())));
        if (misses) {
            out.append("   wrong:\n");
        }
        outcomes.stream()
                .filter(o -> misses && !o.right())
                .forEach(o -> out.append(String.format(
                        Locale.ROOT,
                        "     %s | %s -> %s (%s, %s) expected %s%n",
                        o.row().country(),
                        o.row().description(),
                        o.merchant(),
                        o.suggestion() == null ? "-" : o.suggestion().category(),
                        o.layer(),
                        o.row().category())));
        System.out.print(out);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(
                    Path.of("target", "categorise-eval.txt"),
                    out,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long right(List<Outcome> part) {
        return part.stream().filter(Outcome::right).count();
    }

    private static Map<String, List<Outcome>> group(
            List<Outcome> outcomes, java.util.function.Function<Outcome, String> key) {
        return outcomes.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static List<LabelledDescriptor> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return LabelledDescriptor.read(in);
        }
    }
}
