package org.tributary.importing.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.WordLists;

/**
 * Tells a card issuer's export, whose amounts are from the issuer's side (a charge positive, the holder's
 * payment negative), from a statement in the holder's terms (decision 34). Three signs, each weighed:
 *
 * <ul>
 *   <li>rows that pay the card off ("PAYMENT RECEIVED - THANK YOU"): negative is the issuer's side ({@link
 *       #PAYMENTS}), positive settles it the other way;
 *   <li>the balance of the signs: most rows positive and the few negative ones large, as charges and monthly
 *       payments are ({@link #BALANCE}) — but so is a savings account, so this alone only asks;
 *   <li>a column name that says "Charge" or "Credit card" ({@link #HEADER}).
 * </ul>
 *
 * Reads only the rows it is given (the first ones of a file), so a streamed import decides once, at upload.
 * The words are data: {@code card-statement-words.txt}.
 */
public final class SignConvention {

    static final double PAYMENTS = 0.6;
    static final double MORE_PAYMENTS = 0.7;
    static final double BALANCE = 0.3;
    static final double HEADER = 0.2;
    /** Below this, nothing is said: the file is read as it is. */
    static final double ASK = 0.3;

    private static final int FEWEST_ROWS_FOR_BALANCE = 5;
    private static final double MOSTLY_POSITIVE = 0.8;
    /** A payment is a month's charges: the negative rows' mean at least this many times the positive rows'. */
    private static final int PAYMENT_TO_CHARGE = 2;

    private static final int LONGEST_TEXT = 200;

    private static final Map<String, List<String>> WORDS =
            WordLists.load(SignConvention.class, "card-statement-words.txt");
    private static final List<String> HEADER_WORDS = WORDS.get("header");
    private static final List<String> PAYMENT_WORDS = WORDS.get("payment");

    private SignConvention() {}

    /**
     * @param columns the file's column names (a CSV's header), empty where there are none
     * @param rows the rows as read, with any signs the file spells out (debit/credit columns, indicators)
     *     already applied
     */
    public static SignGuess detect(List<String> columns, List<ParsedRow> rows) {
        Tally tally = new Tally();
        rows.forEach(tally::add);
        return tally.guess(columns);
    }

    /** The signs of rows met one at a time (a file streamed), weighed once all are met. */
    public static final class Tally {
        private int paymentsIn;
        private int paymentsOut;
        private int positive;
        private int negative;
        private BigDecimal positiveSum = BigDecimal.ZERO;
        private BigDecimal negativeSum = BigDecimal.ZERO;

        public void add(ParsedRow row) {
            int sign = row.amount().signum();
            if (sign > 0) {
                positive++;
                positiveSum = positiveSum.add(row.amount());
            } else if (sign < 0) {
                negative++;
                negativeSum = negativeSum.add(row.amount().negate());
            }
            if (sign != 0 && isPayment(row)) {
                if (sign < 0) {
                    paymentsOut++;
                } else {
                    paymentsIn++;
                }
            }
        }

        /** @param columns the file's column names (a CSV's header), empty where there are none */
        public SignGuess guess(List<String> columns) {
            if (paymentsIn > 0 && paymentsIn >= paymentsOut) {
                return SignGuess.AS_IS; // the card's payments come in: the holder's side
            }
            double score = 0;
            if (paymentsOut > 0) {
                score += paymentsOut >= 2 ? MORE_PAYMENTS : PAYMENTS;
            }
            int signed = positive + negative;
            if (signed >= FEWEST_ROWS_FOR_BALANCE
                    && negative > 0
                    && positive >= MOSTLY_POSITIVE * signed
                    && negativeSum
                                    .multiply(BigDecimal.valueOf(positive))
                                    .compareTo(positiveSum.multiply(
                                            BigDecimal.valueOf((long) PAYMENT_TO_CHARGE * negative)))
                            >= 0) {
                score += BALANCE;
            }
            if (columns.stream().anyMatch(SignConvention::isCardHeader)) {
                score += HEADER;
            }
            if (score < ASK) {
                return SignGuess.AS_IS;
            }
            return new SignGuess(true, Math.min(1.0, Math.round(score * 100) / 100.0));
        }
    }

    private static boolean isPayment(ParsedRow row) {
        String text = row.description() + " " + row.counterparty();
        return WordLists.containsAny(
                WordLists.words(text.length() > LONGEST_TEXT ? text.substring(0, LONGEST_TEXT) : text), PAYMENT_WORDS);
    }

    private static boolean isCardHeader(String column) {
        if (column == null || column.length() > LONGEST_TEXT) {
            return false;
        }
        return WordLists.containsAny(WordLists.words(column), HEADER_WORDS);
    }
}
