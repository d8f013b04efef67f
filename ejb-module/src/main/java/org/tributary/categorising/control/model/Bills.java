package org.tributary.categorising.control.model;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.Taxonomy;

/**
 * Payments the bank marks as a bill: collected by the payee (a direct debit: "Lastschrift", "Autogiro",
 * "Domiciliering", "PRLV", "Addebito SDD", "Polecenie zapłaty", "DES:" of an ACH debit, …), paid through a bill
 * service (BPAY, "Bill Payment", Swedish bankgiro) or against an invoice ("Rechnung", "Faktura", "лицевой счет", …).
 * People pay utilities, insurance, taxes, rent, subscriptions, memberships, tuition and donations that way, and
 * almost never groceries, meals, fares or shop purchases, which go on a card: in the shipped examples and the
 * development part, none of the 134 money-out rows with these words is. So for a bill the model offers only the
 * {@link #BILLED} categories (decision 60), where the English-only embeddings would otherwise file an unknown
 * energy or telecom company under whatever its name sounds like ("Engie Electrabel" under Transport).
 */
final class Bills {

    /** The categories people pay by direct debit or against a bill; a credit card's bill is a transfer. */
    static final Set<Taxonomy> BILLED = EnumSet.of(
            Taxonomy.UTILITIES,
            Taxonomy.INSURANCE,
            Taxonomy.SUBSCRIPTIONS,
            Taxonomy.ENTERTAINMENT,
            Taxonomy.TAXES,
            Taxonomy.EDUCATION,
            Taxonomy.RENT_AND_HOUSING,
            Taxonomy.HEALTH,
            Taxonomy.FEES_AND_INTEREST,
            Taxonomy.GIFTS_AND_CHARITY,
            Taxonomy.TRANSFERS);

    /** Read this far at most: the bank puts these words at the start or in a short field. */
    private static final int MAX_READ = 800;

    /** Literal words only, so matching stays linear in what is read. */
    private static final Pattern MARKS = Pattern.compile(
            "\\b(?:(?:sepa-)?(?:basis|firmen|erst|folge)?lastschrift|einzugserm[aä]chtigung|mref|domiciliering"
                    + "|domiciliation|prlv|pr[ée]l[èe]vement|addebito sdd|addebito diretto|sepa incasso"
                    + "|polecenie zap[łl]aty|autogiro|avtalegiro|betalingsservice|direct debit|dd"
                    + "|pre-authori[sz]ed debit|bpay|bill payment|rechnung|faktura|factuur|facture|fattura"
                    + "|factura|invoice|оплата услуг|оплата жку|лицевой сч[её]т)(?=\\W|$)"
                    + "|\\bdes:|^recibo\\b|^bg \\d",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private Bills() {}

    /** Whether the bank says this money going out was a bill. */
    static boolean isBill(Descriptor descriptor) {
        if (descriptor.sign() > 0) {
            return false;
        }
        String description = descriptor.description();
        return MARKS.matcher(description.length() > MAX_READ ? description.substring(0, MAX_READ) : description)
                .find();
    }

    /** Whether a bill may be filed under this category; a user's own category (not built in) always may. */
    static boolean mayBe(String category) {
        return Taxonomy.byStoredName(category).map(BILLED::contains).orElse(true);
    }
}
