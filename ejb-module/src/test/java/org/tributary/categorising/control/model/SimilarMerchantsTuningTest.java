package org.tributary.categorising.control.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.LabelledDescriptor;
import org.tributary.categorising.control.MerchantName;

/**
 * How {@link SimilarMerchants#THRESHOLD} was chosen: leave-one-out on the training examples only — each example
 * is filed by all the others — printing, per threshold, how many were filed and how many of those as labelled,
 * once embedding the merchant and once the merchant with the description. Re-run it on the shipped set.
 */
class SimilarMerchantsTuningTest {

    @Test
    void leaveOneOutOnTheTrainingExamples() {
        List<LabelledDescriptor> training = Examples.training();
        List<double[]> merchantOnly = leaveOneOut(training, false);
        List<double[]> withDescription = leaveOneOut(training, true);
        System.out.println("threshold  merchant: filed right/filed  | merchant+description: filed right/filed");
        for (double threshold = 0.40; threshold <= 0.951; threshold += 0.05) {
            System.out.printf(
                    "%.2f       %s | %s%n",
                    threshold, tally(merchantOnly, threshold), tally(withDescription, threshold));
        }
        assertThat(merchantOnly).hasSize(training.size());
    }

    /** Per example: its best neighbour's similarity (from the suggestion) and 1 if filed as labelled. */
    private static List<double[]> leaveOneOut(List<LabelledDescriptor> training, boolean withDescription) {
        List<double[]> outcomes = new ArrayList<>();
        for (int i = 0; i < training.size(); i++) {
            List<LabelledDescriptor> others = new ArrayList<>(training);
            LabelledDescriptor left = others.remove(i);
            SimilarMerchants similar = SimilarMerchants.of(
                    Examples.EMBEDDINGS,
                    others,
                    (c, d) -> withDescription ? MerchantName.of(c, d) + " " + d : MerchantName.of(c, d),
                    Map.of());
            Descriptor descriptor = Examples.descriptor(left);
            if (withDescription) {
                descriptor =
                        new Descriptor(descriptor.merchant() + " " + descriptor.description(), "", descriptor.sign());
            }
            Optional<SimilarMerchants.Vote> vote = similar.vote(descriptor);
            outcomes.add(vote.map(v ->
                            new double[] {v.similarity(), v.category().equals(left.category()) ? 1 : 0})
                    .orElse(new double[] {0, 0}));
        }
        return outcomes;
    }

    private static String tally(List<double[]> outcomes, double threshold) {
        int filed = 0;
        int right = 0;
        for (double[] outcome : outcomes) {
            if (outcome[0] >= threshold) {
                filed++;
                right += (int) outcome[1];
            }
        }
        return String.format("%2d/%2d (%3.0f%%)", right, filed, filed == 0 ? 0 : 100.0 * right / filed);
    }
}
