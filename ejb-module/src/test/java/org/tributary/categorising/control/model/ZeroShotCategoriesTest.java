package org.tributary.categorising.control.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tributary.categorising.control.CategoryReason;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.LabelledDescriptor;
import org.tributary.categorising.control.Suggestion;
import org.tributary.categorising.control.Taxonomy;

class ZeroShotCategoriesTest {

    private final ZeroShotCategories zeroShot = new ZeroShotCategories(Examples.EMBEDDINGS);

    @Test
    void knowsPlainMerchants() {
        assertThat(category("Pharmacy", -1)).contains("health");
        assertThat(category("Hotel Ibis", -1)).contains("travel");
        for (String merchant : List.of("Pharmacy", "Hotel Ibis", "Pizzeria Napoli", "Shell", "Vodafone", "Kino")) {
            System.out.println(merchant + " -> "
                    + zeroShot.guess(new Descriptor(merchant, "", -1)).orElseThrow());
        }
        Suggestion pharmacy =
                zeroShot.suggest(new Descriptor("Pharmacy", "", -1)).orElseThrow();
        assertThat(pharmacy.confidence()).isLessThanOrEqualTo(ZeroShotCategories.MAX_CONFIDENCE);
        assertThat(pharmacy.reason()).isEqualTo(CategoryReason.DESCRIPTION);
    }

    @Test
    void offersOnlyWhatTheDirectionOfTheMoneyAllows() {
        for (String merchant : List.of("Pharmacy", "Payroll Acme", "Hotel Ibis", "Dividend")) {
            zeroShot.suggest(new Descriptor(merchant, "", 1))
                    .ifPresent(s -> assertThat(Taxonomy.byStoredName(s.category())
                                    .orElseThrow()
                                    .kind())
                            .isEqualTo(Taxonomy.Kind.INCOME));
            zeroShot.suggest(new Descriptor(merchant, "", -1))
                    .ifPresent(s -> assertThat(Taxonomy.byStoredName(s.category())
                                    .orElseThrow()
                                    .kind())
                            .isEqualTo(Taxonomy.Kind.EXPENSE));
        }
        assertThat(category("Payroll Acme", 1)).contains("salary");
    }

    @Test
    void aBillIsOfferedOnlyWhatPeoplePayAsBills() {
        assertThat(category("Pizzeria Napoli", -1)).contains("eating-out");
        zeroShot.suggest(new Descriptor("Pizzeria Napoli", "LASTSCHRIFT Pizzeria Napoli", -1))
                .ifPresent(s -> assertThat(Bills.BILLED)
                        .contains(Taxonomy.byStoredName(s.category()).orElseThrow()));
    }

    @Test
    void emptyGarbageAndHugeInputGiveNothingOrALowConfidence() {
        assertThat(zeroShot.suggest(new Descriptor("", "", -1))).isEmpty();
        assertThat(zeroShot.suggest(new Descriptor("#### 99", "", 1))).isEmpty();
        for (String text : List.of("xqzv kkjw", "lorem ipsum ".repeat(1_000))) {
            zeroShot.suggest(new Descriptor(text, "", -1))
                    .ifPresent(s -> assertThat(s.confidence()).isLessThanOrEqualTo(ZeroShotCategories.MAX_CONFIDENCE));
        }
    }

    /** How {@link ZeroShotCategories#MARGIN} was chosen: on the training examples only. */
    @Test
    void printsPrecisionByMarginOnTheTrainingExamples() {
        List<double[]> outcomes = new ArrayList<>();
        for (LabelledDescriptor labelled : Examples.training()) {
            zeroShot.guess(Examples.descriptor(labelled))
                    .ifPresent(guess -> outcomes.add(new double[] {
                        guess.margin(), guess.category().storedName().equals(labelled.category()) ? 1 : 0
                    }));
        }
        System.out.println("margin  right/offered (of " + Examples.training().size() + ")");
        for (double margin = 0; margin <= 0.101; margin += 0.01) {
            int offered = 0;
            int right = 0;
            for (double[] outcome : outcomes) {
                if (outcome[0] >= margin) {
                    offered++;
                    right += (int) outcome[1];
                }
            }
            System.out.printf("%.2f    %d/%d%n", margin, right, offered);
        }
        assertThat(outcomes).isNotEmpty();
    }

    private Optional<String> category(String merchant, int sign) {
        return zeroShot.suggest(new Descriptor(merchant, "", sign)).map(Suggestion::category);
    }
}
