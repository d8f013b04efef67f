package org.tributary.categorising.control.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.InlineCategoriser;
import org.tributary.categorising.control.LabelledDescriptor;
import org.tributary.categorising.control.MerchantName;
import org.tributary.categorising.control.Taxonomy;
import org.tributary.categorising.control.Taxonomy.Kind;

/**
 * How the model layer was tuned: leave-one-merchant-out over the shipped examples (the training part; each row
 * is compared only with the rows of other merchants and brands, as the held-out part shares none with them).
 * {@code sweep} tabulates what is embedded, k, the vote and the thresholds; {@code realLayerLeaveOneMerchantOut}
 * the layer as built, with its calibration. Writes target/model-tuning-*.txt. A tool, not a check: it runs
 * only when asked, {@code ./mvnw -pl ejb-module -am test -Dtest=ModelLayerTuningTest -Dtributary.tuning=true}.
 */
@EnabledIfSystemProperty(named = "tributary.tuning", matches = "true")
class ModelLayerTuningTest {

    record Row(LabelledDescriptor labelled, String merchant, Descriptor descriptor, String group) {}

    static final Transliterator LATIN = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");

    static final Map<Taxonomy, String> OLD = new LinkedHashMap<>();

    static {
        OLD.put(Taxonomy.SALARY, "salary wages payroll pay from employer");
        OLD.put(
                Taxonomy.OTHER_INCOME,
                "refund reimbursement interest earned dividend pension benefit child allowance tax refund cashback");
        OLD.put(
                Taxonomy.GROCERIES,
                "supermarket grocery store food market bakery butcher greengrocer discount food shop");
        OLD.put(Taxonomy.EATING_OUT, "restaurant cafe coffee shop fast food bar pub takeaway food delivery canteen");
        OLD.put(
                Taxonomy.TRANSPORT,
                "public transport train bus metro taxi ride hailing fuel petrol station parking car");
        OLD.put(Taxonomy.TRAVEL, "airline flight hotel hostel travel agency holiday booking");
        OLD.put(
                Taxonomy.SUBSCRIPTIONS,
                "streaming music video subscription software cloud storage app store membership");
        OLD.put(
                Taxonomy.SHOPPING,
                "clothes shoes electronics department store online shop furniture hardware diy books toys");
        OLD.put(Taxonomy.UTILITIES, "electricity gas water heating mobile phone internet broadband telecom operator");
        OLD.put(Taxonomy.RENT_AND_HOUSING, "rent landlord mortgage housing service charge");
        OLD.put(Taxonomy.HEALTH, "pharmacy chemist doctor dentist hospital clinic optician medicine");
        OLD.put(Taxonomy.PERSONAL_CARE, "hairdresser barber beauty salon cosmetics perfume drugstore spa");
        OLD.put(Taxonomy.ENTERTAINMENT, "cinema theatre concert tickets museum games sports club gym fitness leisure");
        OLD.put(Taxonomy.EDUCATION, "school university course tuition training books for study");
        OLD.put(Taxonomy.INSURANCE, "insurance premium health car home life insurance policy");
        OLD.put(Taxonomy.GIFTS_AND_CHARITY, "donation charity gift flowers florist");
        OLD.put(Taxonomy.TAXES, "tax authority government fine state fee");
        OLD.put(Taxonomy.CASH, "atm cash withdrawal");
        OLD.put(Taxonomy.FEES_AND_INTEREST, "bank fee account charge overdraft interest commission");
        OLD.put(Taxonomy.TRANSFERS, "transfer between own accounts savings top up");
    }

    static final MerchantEmbeddings E = new MerchantEmbeddings(100_000);

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (LabelledDescriptor l : LabelledDescriptor.shipped()) {
            String merchant = MerchantName.of(l.counterparty(), l.description());
            String group =
                    InlineCategoriser.brandOf(merchant).map(b -> "brand:" + b).orElse(MerchantText.prepare(merchant));
            rows.add(new Row(l, merchant, l.descriptor(merchant), group));
        }
        return rows;
    }

    static String translit(String s) {
        return LATIN.transliterate(s);
    }

    static final java.util.Set<String> BOOKING =
            new java.util.HashSet<>(Arrays.asList(("pos k at eftpos visa purchase card debit credit direct payment "
                            + "lastschrift abbuchung einzugsermachtigung einzugsermächtigung uberweisung überweisung gutschrift dauerauftrag "
                            + "kartenzahlung bezahlung sepa compra tarjeta pago recibo paiement carte cb prlv vir virement "
                            + "prelevement prélèvement acquisto pagamento addebito carta оплата товаров и услуг по за value date ref "
                            + "mandat gmbh ltd ag sa bv ab nv spa srl sas pty inc llc co the de la le du des del di da en och "
                            + "van het der die und www com ru rus aus usa gbr fra deu ita esp nld swe pol che aut bel can "
                            + "transaction trx txn card nr no rechnung facture fattura factura kundennummer iban bic "
                            + "onlinebanking online mc og bg eur sek pln chf gbp usd rub")
                    .split(" ")));

    static String words(String text) {
        StringBuilder out = new StringBuilder();
        for (String w : MerchantText.prepare(text).split(" ")) {
            if (w.length() > 2 && !BOOKING.contains(w)) {
                out.append(w).append(' ');
            }
        }
        return out.toString().strip();
    }

    static String merchantPlusWords(Row r) {
        String m = SimilarMerchants.textOf(r.descriptor());
        String mp = MerchantText.prepare(m);
        List<String> seen = Arrays.asList(mp.split(" "));
        StringBuilder out = new StringBuilder(mp);
        for (String w : words(r.labelled().counterparty() + " " + r.labelled().description())
                .split(" ")) {
            if (!w.isEmpty() && !seen.contains(w) && out.indexOf(" " + w + " ") < 0) {
                out.append(' ').append(w);
            }
        }
        return out.toString();
    }

    static final Map<String, Function<Row, String>> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put("merchant", r -> SimilarMerchants.textOf(r.descriptor()));
        TEXTS.put("merchant-booking", r -> words(SimilarMerchants.textOf(r.descriptor())));
        TEXTS.put(
                "words",
                r -> words(r.labelled().counterparty() + " " + r.labelled().description()));
        TEXTS.put("merchant+words", ModelLayerTuningTest::merchantPlusWords);
        TEXTS.put("merchant/latin", r -> translit(SimilarMerchants.textOf(r.descriptor())));
        TEXTS.put("merchant+words/latin", r -> translit(merchantPlusWords(r)));
    }

    /** Per row: kNN vote (category, top similarity of winner, share), leave-group-out. */
    record Knn(String category, double similarity, double share, double top) {}

    static Knn knn(List<Row> rows, List<float[]> vectors, int i, int k, double power, double refund) {
        Row q = rows.get(i);
        int sign = q.descriptor().sign();
        List<double[]> nearest = new ArrayList<>(); // [index, sim]
        for (int j = 0; j < rows.size(); j++) {
            if (j == i || rows.get(j).group().equals(q.group())) {
                continue;
            }
            double s = MerchantEmbeddings.cosine(vectors.get(i), vectors.get(j));
            if (s >= 0.97) {
                continue; // the same text: the same merchant
            }
            Kind kind = MoneyDirection.kindOf(rows.get(j).labelled().category());
            boolean allowed =
                    MoneyDirection.allows(kind, sign) || (MoneyDirection.mayBeRefund(kind, sign) && s >= refund);
            if (!allowed || s <= 0) {
                continue;
            }
            nearest.add(new double[] {j, s});
        }
        nearest.sort((a, b) -> Double.compare(b[1], a[1]));
        Map<String, Double> votes = new HashMap<>();
        Map<String, Double> best = new HashMap<>();
        double total = 0;
        for (double[] n : nearest.subList(0, Math.min(k, nearest.size()))) {
            String c = rows.get((int) n[0]).labelled().category();
            double w = Math.pow(n[1], power);
            votes.merge(c, w, Double::sum);
            best.merge(c, n[1], Math::max);
            total += w;
        }
        if (votes.isEmpty()) {
            return null;
        }
        String win = votes.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .get()
                .getKey();
        return new Knn(win, best.get(win), votes.get(win) / total, nearest.get(0)[1]);
    }

    record Zs(String category, double similarity, double margin) {}

    static Zs zeroShot(float[] v, int sign, Map<Taxonomy, List<float[]>> phrases) {
        Taxonomy bestC = null;
        double first = -1, second = -1;
        for (Map.Entry<Taxonomy, List<float[]>> e : phrases.entrySet()) {
            Kind kind = e.getKey().kind();
            boolean offered = sign < 0
                    ? kind == Kind.EXPENSE
                    : sign > 0 ? kind == Kind.INCOME : kind == Kind.EXPENSE || kind == Kind.INCOME;
            if (!offered) continue;
            double s = -1;
            for (float[] p : e.getValue()) s = Math.max(s, MerchantEmbeddings.cosine(v, p));
            if (s > first) {
                second = first;
                first = s;
                bestC = e.getKey();
            } else if (s > second) second = s;
        }
        return bestC == null ? null : new Zs(bestC.storedName(), first, first - Math.max(second, 0));
    }

    static Map<Taxonomy, List<float[]>> phrases(boolean old, Function<String, String> tr) {
        Map<Taxonomy, List<float[]>> out = new LinkedHashMap<>();
        for (Taxonomy t : Taxonomy.suggestible()) {
            List<String> ps = old
                    ? List.of(OLD.get(t))
                    : Arrays.stream(t.description().split(","))
                            .map(String::strip)
                            .toList();
            out.put(t, E.embedAll(ps.stream().map(tr).toList()));
        }
        return out;
    }

    static StringBuilder out = new StringBuilder();

    static void p(String f, Object... a) {
        out.append(String.format(Locale.ROOT, f, a)).append('\n');
    }

    @Test
    void sweep() throws Exception {
        List<Row> rows = rows();
        p(
                "rows %d, groups %d",
                rows.size(), rows.stream().map(Row::group).distinct().count());
        for (Map.Entry<String, Function<Row, String>> text : TEXTS.entrySet()) {
            boolean latin = text.getKey().endsWith("latin");
            List<float[]> vectors =
                    E.embedAll(rows.stream().map(text.getValue()).toList());
            p("%n=== text: %s", text.getKey());
            for (int k : new int[] {1, 3, 5, 10}) {
                for (double power : new double[] {1, 4}) {
                    StringBuilder line =
                            new StringBuilder(String.format(Locale.ROOT, "knn k=%-2d pow=%.0f ", k, power));
                    List<Knn> res = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) res.add(knn(rows, vectors, i, k, power, 0.88));
                    for (double t = 0.40; t <= 0.901; t += 0.05) {
                        int filed = 0, right = 0;
                        for (int i = 0; i < rows.size(); i++) {
                            Knn r = res.get(i);
                            if (r != null && r.similarity() >= t) {
                                filed++;
                                if (r.category().equals(rows.get(i).labelled().category())) right++;
                            }
                        }
                        line.append(String.format(Locale.ROOT, "| %.2f %3d/%3d ", t, right, filed));
                    }
                    p("%s", line);
                }
            }
            for (boolean old : new boolean[] {true, false}) {
                Map<Taxonomy, List<float[]>> ph = phrases(old, latin ? ModelLayerTuningTest::translit : s -> s);
                StringBuilder line = new StringBuilder("zeroshot " + (old ? "old " : "new "));
                List<Zs> res = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++)
                    res.add(zeroShot(vectors.get(i), rows.get(i).descriptor().sign(), ph));
                for (double m = 0; m <= 0.101; m += 0.01) {
                    int filed = 0, right = 0;
                    for (int i = 0; i < rows.size(); i++) {
                        Zs r = res.get(i);
                        if (r != null && r.margin() >= m && r.similarity() >= 0.15) {
                            filed++;
                            if (r.category().equals(rows.get(i).labelled().category())) right++;
                        }
                    }
                    line.append(String.format(Locale.ROOT, "| %.2f %3d/%3d ", m, right, filed));
                }
                p("%s", line);
            }
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/model-tuning-sweep.txt"), out);
        assertThat(rows).isNotEmpty();
    }

    @Test
    void realLayerLeaveOneMerchantOut() throws Exception {
        List<Row> rows = rows();
        StringBuilder o = new StringBuilder();
        ZeroShotCategories zs = new ZeroShotCategories(E);
        org.tributary.categorising.control.InlineCategoriser inline =
                new org.tributary.categorising.control.InlineCategoriser(
                        org.tributary.categorising.control.UserRules.NONE);
        int[] answered = new int[2], right = new int[2], leftAnswered = new int[2], leftRight = new int[2];
        int left = 0;
        int[] bucketN = new int[10], bucketR = new int[10];
        double[] bucketSum = new double[10];
        List<double[]> margins = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row q = rows.get(i);
            List<LabelledDescriptor> others = new ArrayList<>();
            for (Row r : rows) if (!r.group().equals(q.group())) others.add(r.labelled());
            SimilarMerchants similar = SimilarMerchants.of(E, others, MerchantName::of, Map.of());
            ModelLayer layer = new ModelLayer(E, similar, zs);
            var s = layer.suggest(q.descriptor());
            boolean leftByInline = inline.suggest(q.descriptor()).isEmpty();
            if (leftByInline) left++;
            zs.guess(q.descriptor())
                    .ifPresent(g -> margins.add(new double[] {
                        g.margin(),
                        g.similarity(),
                        g.category().storedName().equals(q.labelled().category()) ? 1 : 0
                    }));
            if (s.isPresent()) {
                int src = s.get().reason().startsWith("description") ? 1 : 0;
                boolean ok = s.get().category().equals(q.labelled().category());
                answered[src]++;
                if (ok) right[src]++;
                if (leftByInline) {
                    leftAnswered[src]++;
                    if (ok) leftRight[src]++;
                }
                int b = Math.min(9, (int) (s.get().confidence() * 10));
                bucketN[b]++;
                bucketSum[b] += s.get().confidence();
                if (ok) bucketR[b]++;
                if (src == 0)
                    o.append(String.format(
                            Locale.ROOT,
                            "  knn %s %s -> %s (%s) %.2f%n",
                            ok ? "ok " : "BAD",
                            q.merchant(),
                            s.get().category(),
                            s.get().reason(),
                            s.get().confidence()));
            }
        }
        o.append(String.format(
                Locale.ROOT,
                "all %d rows: examples %d/%d, descriptions %d/%d, none %d%n",
                rows.size(),
                right[0],
                answered[0],
                right[1],
                answered[1],
                rows.size() - answered[0] - answered[1]));
        o.append(String.format(
                Locale.ROOT,
                "left by inline %d rows: examples %d/%d, descriptions %d/%d, none %d%n",
                left,
                leftRight[0],
                leftAnswered[0],
                leftRight[1],
                leftAnswered[1],
                left - leftAnswered[0] - leftAnswered[1]));
        o.append("calibration (confidence bucket: right/answered, mean confidence)\n");
        for (int b = 0; b < 10; b++)
            if (bucketN[b] > 0)
                o.append(String.format(
                        Locale.ROOT,
                        "  %.1f-%.1f %3d/%3d = %.2f  mean %.2f%n",
                        b / 10.0,
                        (b + 1) / 10.0,
                        bucketR[b],
                        bucketN[b],
                        bucketR[b] / (double) bucketN[b],
                        bucketSum[b] / bucketN[b]));
        o.append("zero-shot margin buckets (all rows)\n");
        double[] edges = {0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.10, 0.12, 0.15, 0.20, 1};
        for (int e = 0; e + 1 < edges.length; e++) {
            int n = 0, r = 0;
            for (double[] m : margins)
                if (m[0] >= edges[e] && m[0] < edges[e + 1]) {
                    n++;
                    r += (int) m[2];
                }
            o.append(String.format(
                    Locale.ROOT,
                    "  %.2f-%.2f %3d/%3d = %.2f%n",
                    edges[e],
                    edges[e + 1],
                    r,
                    n,
                    n == 0 ? 0 : r / (double) n));
        }
        o.append("zero-shot similarity buckets (margin >= 0.03)\n");
        for (double lo = 0.1; lo < 0.9; lo += 0.1) {
            int n = 0, r = 0;
            for (double[] m : margins)
                if (m[0] >= 0.03 && m[1] >= lo && m[1] < lo + 0.1) {
                    n++;
                    r += (int) m[2];
                }
            o.append(String.format(Locale.ROOT, "  %.1f %3d/%3d%n", lo, r, n));
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/model-tuning-layer.txt"), o);
    }
}
