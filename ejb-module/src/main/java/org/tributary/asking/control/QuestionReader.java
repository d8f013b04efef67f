package org.tributary.asking.control;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Understands a question about one's own money, offline: what it asks ({@link Intent}), its periods
 * ({@link PeriodWords}), a category ({@link CategoryWords}) and merchants of the person's ({@link MerchantWords}).
 * Null when it asks none of the things an answer can be given for.
 */
final class QuestionReader {

    private static final int MOST_ROWS = 10;

    private final CategoryWords categories;
    private final MerchantWords merchants;

    QuestionReader(Collection<String> ownCategories, List<String> merchantNames) {
        this.categories = new CategoryWords(ownCategories);
        this.merchants = new MerchantWords(merchantNames);
    }

    Question read(String text, LocalDate today) {
        List<String> words = QuestionWords.of(text);
        PeriodWords.Found periods = PeriodWords.in(words, today);
        BitSet taken = (BitSet) periods.used().clone();
        CategoryWords.Found category = categories.in(words, taken);
        if (category != null) {
            taken.or(category.used());
        }
        MerchantWords.Found merchant = merchants.in(words, taken);
        Intent intent = intent(words, periods.periods().size());
        if (intent == null) {
            intent = category != null || merchant != null ? Intent.SPENT : null;
        }
        if (intent == null) {
            return null;
        }
        if (intent == Intent.REGULAR && category != null && !periods.periods().isEmpty()) {
            intent = Intent.SPENT; // "what did I spend on subscriptions last month" asks for a total
        }
        return new Question(
                intent,
                periods.periods(),
                category == null ? null : category.category(),
                merchant == null ? List.of() : merchant.merchants(),
                count(words, periods.used()));
    }

    private static Intent intent(List<String> words, int periods) {
        for (Intent intent : Intent.values()) {
            if (intent.isIn(words)) {
                return intent;
            }
        }
        // "March or April?", "март и апрель": two periods side by side are a comparison.
        return periods >= 2 ? Intent.COMPARE : null;
    }

    /** "top 5", "3 biggest", "пять самых крупных": a count not part of a period, at most ten; else one. */
    private static int count(List<String> words, BitSet periodWords) {
        for (int i = 0; i < words.size(); i++) {
            if (periodWords.get(i)) {
                continue;
            }
            Integer n = QuestionWords.number(words.get(i));
            if (n != null && n >= 1 && n <= 100) {
                return Math.min(n, MOST_ROWS);
            }
        }
        return 1;
    }
}
