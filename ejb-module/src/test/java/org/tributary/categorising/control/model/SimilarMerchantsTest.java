package org.tributary.categorising.control.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tributary.categorising.control.CategorisedBy;
import org.tributary.categorising.control.CategoryReason;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.LabelledDescriptor;
import org.tributary.categorising.control.MerchantName;
import org.tributary.categorising.control.Suggestion;
import org.tributary.categorising.control.Taxonomy;

class SimilarMerchantsTest {

    private static final Map<String, String> HISTORY =
            Map.of("Starbucks", "eating-out", "Coop", "groceries", "Zalando", "shopping", "Acme Ltd", "salary");

    private final SimilarMerchants similar =
            SimilarMerchants.of(Examples.EMBEDDINGS, Examples.training(), MerchantName::of, HISTORY);

    @Test
    void filesAMerchantLikeTheUsersOwn() {
        Suggestion suggestion =
                similar.suggest(new Descriptor("STARBUCKS STORE 123", "", -1)).orElseThrow();
        System.out.println("STARBUCKS STORE 123 -> " + suggestion);
        assertThat(suggestion.category()).isEqualTo("eating-out");
        assertThat(suggestion.by()).isEqualTo(CategorisedBy.MODEL);
        assertThat(suggestion.reason()).isEqualTo(CategoryReason.code(CategoryReason.SIMILAR, "Starbucks"));

        assertThat(similar.suggest(new Descriptor("COOP PRONTO", "", -1)))
                .map(Suggestion::category)
                .contains("groceries");
    }

    @Test
    void filesAMerchantLikeAShippedExample() {
        Suggestion suggestion =
                similar.suggest(new Descriptor("NETFLIX", "", -1)).orElseThrow();
        assertThat(suggestion.category()).isEqualTo("subscriptions");
        assertThat(suggestion.reason()).startsWith(CategoryReason.EXAMPLE + ":");
    }

    @Test
    void theUsersOwnOutweighTheShipped() {
        SimilarMerchants mine = SimilarMerchants.of(
                Examples.EMBEDDINGS, Examples.training(), MerchantName::of, Map.of("Pret a Manger", "groceries"));
        assertThat(mine.suggest(new Descriptor("PRET A MANGER", "", -1)))
                .map(Suggestion::category)
                .contains("groceries");
    }

    @Test
    void moneyComingInIsIncomeOrARefundOfTheSameMerchant() {
        // A refund from a merchant the user files as shopping stays shopping...
        assertThat(similar.suggest(new Descriptor("ZALANDO", "ZALANDO RETOURE", 1)))
                .map(Suggestion::category)
                .contains("shopping");
        // ...but money in from a merchant merely like a shop is not spending,
        assertThat(similar.suggest(new Descriptor("STARBUCKS COFFEE COMPANY", "", 1)))
                .map(Suggestion::category)
                .isNotEqualTo(Optional.of("eating-out"));
        // and money out to an employer is not salary.
        assertThat(similar.suggest(new Descriptor("ACME LTD", "", -1)))
                .map(Suggestion::category)
                .isNotEqualTo(Optional.of("salary"));
        assertThat(similar.suggest(new Descriptor("ACME LTD", "SALARY", 1)))
                .map(Suggestion::category)
                .contains("salary");
    }

    @Test
    void aBillIsFiledAmongWhatPeoplePayAsBillsWhateverTheSimilarity() {
        Descriptor byCard = new Descriptor("Riverside Fish Market", "KARTENZAHLUNG Riverside Fish Market", -1);
        Descriptor byDirectDebit =
                new Descriptor("Riverside Fish Market", "SEPA-LASTSCHRIFT Riverside Fish Market", -1);

        SimilarMerchants shippedOnly =
                SimilarMerchants.of(Examples.EMBEDDINGS, Examples.training(), MerchantName::of, Map.of());

        assertThat(shippedOnly.vote(byCard).orElseThrow().category()).isNotIn(billed());
        Suggestion bill = shippedOnly.suggest(byDirectDebit).orElseThrow();
        assertThat(bill.category()).isIn(billed());
        assertThat(bill.confidence()).isLessThan(SimilarMerchants.THRESHOLD);
    }

    private static List<String> billed() {
        return Bills.BILLED.stream().map(Taxonomy::storedName).toList();
    }

    @Test
    void emptyGarbageAndHugeInputGiveNothingOrALowConfidence() {
        assertThat(similar.suggest(new Descriptor("", "", -1))).isEmpty();
        assertThat(similar.suggest(new Descriptor(null, null, 0))).isEmpty();
        assertThat(similar.suggest(new Descriptor("1234 **** 56", "", -1))).isEmpty();
        assertThat(similar.suggest(new Descriptor("xqzv kkjw", "", -1))).isEmpty();
        similar.suggest(new Descriptor("ab ".repeat(5_000), "", -1))
                .ifPresent(s -> assertThat(s.confidence()).isLessThan(0.8));
    }

    /** Not a test of accuracy, which needs the shipped set: what it does on a few merchants it never saw. */
    @Test
    void printsWhatItDoesWithTheHeldOutExamples() {
        SimilarMerchants shippedOnly =
                SimilarMerchants.of(Examples.EMBEDDINGS, Examples.training(), MerchantName::of, Map.of());
        List<LabelledDescriptor> heldOut = Examples.heldOut();
        int filed = 0;
        int right = 0;
        for (LabelledDescriptor labelled : heldOut) {
            Optional<Suggestion> suggestion = shippedOnly.suggest(Examples.descriptor(labelled));
            if (suggestion.isPresent()) {
                filed++;
                right += suggestion.get().category().equals(labelled.category()) ? 1 : 0;
            }
        }
        System.out.printf("held out, shipped examples only: %d filed, %d right, of %d%n", filed, right, heldOut.size());
        assertThat(filed).isLessThanOrEqualTo(heldOut.size());
    }
}
