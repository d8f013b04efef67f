package org.tributary.categorising.control.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Why {@link CloseMerchants#SAME_MERCHANT} is where it is: the pairs a correction should carry over to sit above
 * it, a brand's other business (a different category) and a rival in the same trade sit below. Printed as measured.
 */
class CloseMerchantsTest {

    private static final List<String[]> SAME = List.of(
            new String[] {"Coop", "Coop Pronto"},
            new String[] {"Starbucks", "STARBUCKS STORE 123"},
            new String[] {"Tesco", "Tesco Stores"},
            new String[] {"McDonald's", "MCDONALDS"});
    /** One merchant, but below the threshold: the misses a conservative threshold accepts. */
    private static final List<String[]> MISSED =
            List.of(new String[] {"Lidl", "LIDL SAGT DANKE"}, new String[] {"Migros", "MIGROS M ZUERICH"});

    private static final List<String[]> DIFFERENT = List.of(
            new String[] {"Uber", "Uber Eats"},
            new String[] {"Amazon", "Amazon Prime"},
            new String[] {"Coop", "Migros"},
            new String[] {"Tesco", "Sainsburys"},
            new String[] {"Starbucks", "Costa Coffee"},
            new String[] {"Shell", "BP"},
            new String[] {"Netflix", "Spotify"});

    private final CloseMerchants close = new CloseMerchants(Examples.EMBEDDINGS);

    @Test
    void nearIdenticalMerchantsAreAboveTheThresholdAndOtherBusinessesBelow() {
        for (String[] pair : SAME) {
            System.out.printf("same       %.3f  %s ~ %s%n", similarity(pair), pair[0], pair[1]);
        }
        for (String[] pair : MISSED) {
            System.out.printf("missed     %.3f  %s ~ %s%n", similarity(pair), pair[0], pair[1]);
        }
        for (String[] pair : DIFFERENT) {
            System.out.printf("different  %.3f  %s ~ %s%n", similarity(pair), pair[0], pair[1]);
        }
        assertThat(SAME)
                .allSatisfy(pair -> assertThat(similarity(pair)).isGreaterThanOrEqualTo(CloseMerchants.SAME_MERCHANT));
        assertThat(DIFFERENT).allSatisfy(pair -> assertThat(similarity(pair)).isLessThan(CloseMerchants.SAME_MERCHANT));
        assertThat(close.closeNeighbours("Coop", List.of("Coop Pronto", "Migros", "Denner")))
                .contains("Coop Pronto")
                .doesNotContain("Migros", "Denner");
        assertThat(close.closeNeighbours("Uber", List.of("Uber Eats", "UBER TRIP")))
                .doesNotContain("Uber Eats");
        assertThat(close.closeNeighbours("Amazon", List.of("Amazon Prime", "AMAZON MARKETPLACE")))
                .doesNotContain("Amazon Prime");
    }

    @Test
    void nothingIsCloseToNothing() {
        assertThat(close.closeNeighbours("", List.of("", "1234", "Coop"))).isEmpty();
        assertThat(SAME)
                .allSatisfy(pair -> assertThat(similarity(pair)).isGreaterThanOrEqualTo(CloseMerchants.SAME_MERCHANT));
        assertThat(DIFFERENT).allSatisfy(pair -> assertThat(similarity(pair)).isLessThan(CloseMerchants.SAME_MERCHANT));
        assertThat(close.closeNeighbours("Coop", List.of("", "***"))).isEmpty();
    }

    private double similarity(String[] pair) {
        return MerchantEmbeddings.cosine(Examples.EMBEDDINGS.embed(pair[0]), Examples.EMBEDDINGS.embed(pair[1]));
    }
}
