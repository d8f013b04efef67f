package org.tributary.categorising.control.brands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tributary.categorising.control.CategorisedBy;
import org.tributary.categorising.control.CategoryLayer;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.InlineCategoriser;
import org.tributary.categorising.control.Suggestion;
import org.tributary.categorising.control.Taxonomy;
import org.tributary.categorising.control.UserRules;

class TradeWordLayerTest {

    /**
     * Independent shops whose name says their trade, made up for this test (none is taken from the labelled
     * evaluation files), four or so in each of ten languages: merchant | description | category.
     */
    static final String INDEPENDENT_SHOPS = """
            BAECKEREI SCHNEIDER           | KARTENZAHLUNG 12.03 BAECKEREI SCHNEIDER | GROCERIES
            Zahnarztpraxis Dr. Hofer      | Zahnarzt Dr. Hofer Rechnung 2211        | HEALTH
            Autowerkstatt Kaya            | EC 4711 Autowerkstatt Kaya              | TRANSPORT
            Tierarzt am Park              | Tierarzt am Park Behandlung             | HEALTH
            Metzgerei Huber               | GIROCARD Metzgerei Huber                | GROCERIES
            Optiker Lang                  | Optiker Lang Brille                     | HEALTH
            BOULANGERIE DU MOULIN         | CB BOULANGERIE DU MOULIN 14/03          | GROCERIES
            Fleuriste Les Pivoines        | CARTE 1234 FLEURISTE LES PIVOINES        | GIFTS_AND_CHARITY
            COIFFEUR STUDIO NADIA         | CB COIFFEUR STUDIO NADIA                | PERSONAL_CARE
            Pharmacie de la Gare          | CB PHARMACIE DE LA GARE                 | HEALTH
            PIEKARNIA U ZOSI              | ZAKUP PRZY UZYCIU KARTY PIEKARNIA U ZOSI | GROCERIES
            Kwiaciarnia Storczyk          | Kwiaciarnia Storczyk Gdansk             | GIFTS_AND_CHARITY
            Fryzjer Beata                 | Fryzjer Beata Lodz                      | PERSONAL_CARE
            Weterynarz Burek              | Weterynarz Burek Poznan                 | HEALTH
            Кафе Ромашка                  | Оплата Кафе Ромашка                     | EATING_OUT
            ПАРИКМАХЕРСКАЯ ЛОКОН          | ПАРИКМАХЕРСКАЯ ЛОКОН САМАРА             | PERSONAL_CARE
            Стоматология Улыбка           | Стоматология Улыбка Казань              | HEALTH
            Пекарня Колосок               | Пекарня Колосок Тверь                   | GROCERIES
            Tandarts Visser               | BEA Tandarts Visser                     | HEALTH
            Bakkerij de Korenaar          | BEA Bakkerij de Korenaar                | GROCERIES
            Bloemist Tulpje               | Bloemist Tulpje Haarlem                 | GIFTS_AND_CHARITY
            Kapper Ahmed                  | Kapper Ahmed Utrecht                    | PERSONAL_CARE
            Panetteria Rossi              | ACQUISTO POS Panetteria Rossi           | GROCERIES
            Fioraio Bianchi               | Fioraio Bianchi Torino                  | GIFTS_AND_CHARITY
            Parrucchiere Enzo             | Parrucchiere Enzo Bari                  | PERSONAL_CARE
            Macelleria Gallo              | Macelleria Gallo Verona                 | GROCERIES
            Panaderia La Espiga           | COMPRA TARJ. PANADERIA LA ESPIGA        | GROCERIES
            Floristeria Margarita         | Floristeria Margarita Sevilla           | GIFTS_AND_CHARITY
            Peluqueria Lola               | Peluqueria Lola Madrid                  | PERSONAL_CARE
            Veterinario San Anton         | Clinica Veterinaria San Anton           | HEALTH
            Bageri Solsidan               | Bageri Solsidan Uppsala                 | GROCERIES
            Tandlakare Berg               | Tandlakare Berg Lund                    | HEALTH
            Frisor Anna                   | Frisor Anna Malmo                       | PERSONAL_CARE
            Blomsterhandel Rosen          | Blomsterhandel Rosen Umea               | GIFTS_AND_CHARITY
            CORNER BAKERY ON MAIN         | CARD PAYMENT CORNER BAKERY ON MAIN      | GROCERIES
            SMITH FAMILY DENTIST          | SMITH FAMILY DENTIST PORTLAND OR        | HEALTH
            JOES BARBER SHOP              | JOES BARBER SHOP LEEDS                  | PERSONAL_CARE
            RIVERSIDE VETERINARY          | RIVERSIDE VETERINARY CLINIC             | HEALTH
            Padaria Estrela               | COMPRA Padaria Estrela Porto            | GROCERIES
            Pekarstvi U Mlyna             | Pekarstvi U Mlyna Brno                  | GROCERIES
            """;

    /**
     * Independent shops whose trade is the head or the tail of one longer word, as German, Dutch and the
     * Scandinavian and Finnish languages write it, made up for this test like the ones above (the category written
     * before looking at what the layer says): merchant | description | category.
     */
    static final String COMPOUND_SHOPS = """
            STADTBAECKEREI WEBER          | KARTENZAHLUNG STADTBAECKEREI WEBER      | GROCERIES
            Zahnarztpraxis Dr. Keller     | Zahnarztpraxis Dr Keller Rechnung 0412  | HEALTH
            Blumenhaus Rosengarten        | EC Blumenhaus Rosengarten               | GIFTS_AND_CHARITY
            Tierarztpraxis Sonnenhof      | Tierarztpraxis Sonnenhof Behandlung     | HEALTH
            Weinhandlung Kessler          | GIROCARD Weinhandlung Kessler           | GROCERIES
            Landmetzgerei Huber           | Landmetzgerei Huber Rosenheim           | GROCERIES
            Hofapotheke am Markt          | KARTENZAHLUNG Hofapotheke am Markt      | HEALTH
            Friseursalon Haarmonie        | Friseursalon Haarmonie Graz             | PERSONAL_CARE
            Dierenkliniek De Wei          | BEA Dierenkliniek De Wei                | HEALTH
            Tandartspraktijk Smit         | Tandartspraktijk Smit Zwolle            | HEALTH
            Dorpsbakkerij Visser          | BEA Dorpsbakkerij Visser                | GROCERIES
            Dierenartsenpraktijk Oost     | Dierenartsenpraktijk Oost Arnhem        | HEALTH
            Frisörsalong Lisa             | Frisörsalong Lisa Gävle                 | PERSONAL_CARE
            Stadsbageriet                 | Stadsbageriet Visby                     | GROCERIES
            Blomsterhandel Rosen          | Blomsterhandel Rosen Umea               | GIFTS_AND_CHARITY
            Tandlægehuset Vejle           | Tandlægehuset Vejle                     | HEALTH
            Blomsterbutikken Iris         | Blomsterbutikken Iris Odense            | GIFTS_AND_CHARITY
            Dyrlægeklinikken Fyn          | Dyrlægeklinikken Fyn                    | HEALTH
            Frisørsalongen Hårfin         | Frisørsalongen Hårfin Bergen            | PERSONAL_CARE
            Tannlegekontoret Bryggen      | Tannlegekontoret Bryggen Bergen         | HEALTH
            Eläinlääkäriasema Karhu       | Eläinlääkäriasema Karhu Tampere         | HEALTH
            Hammaslääkäriasema Hymy       | Hammaslääkäriasema Hymy Oulu            | HEALTH
            """;

    record Row(Descriptor descriptor, Taxonomy expected) {}

    static List<Row> rows() {
        return rows(INDEPENDENT_SHOPS);
    }

    static List<Row> rows(String table) {
        List<Row> rows = new ArrayList<>();
        table.lines().filter(line -> !line.isBlank()).forEach(line -> {
            String[] fields = line.split("\\|");
            rows.add(new Row(
                    new Descriptor(fields[0].strip(), fields[1].strip(), -1), Taxonomy.valueOf(fields[2].strip())));
        });
        return rows;
    }

    private final TradeWordLayer layer = new TradeWordLayer();

    @Test
    void namesTheTradeOfIndependentShopsInTenLanguages() {
        List<Row> rows = rows();
        int before = right(rows, new InlineCategoriser(UserRules.NONE, false));
        int after = right(rows, new InlineCategoriser(UserRules.NONE));
        int alone = right(rows, layer);
        System.out.printf(
                "trade words on %d made-up independent shops: the fast layers %d right without them, %d with them"
                        + " (the trade-word layer alone %d)%n",
                rows.size(), before, after, alone);
        for (Row row : rows) {
            Optional<Suggestion> got = layer.suggest(row.descriptor());
            if (got.map(s -> !s.category().equals(row.expected().storedName())).orElse(true)) {
                System.out.println("  trade words miss: " + row.descriptor() + " -> " + got);
            }
        }
        assertThat(alone).isGreaterThanOrEqualTo(rows.size() * 9 / 10);
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void findsTheTradeAtTheHeadOrTailOfACompound() {
        List<Row> rows = rows(COMPOUND_SHOPS);
        int before = right(rows, new InlineCategoriser(UserRules.NONE, false));
        int wholeWords = right(rows, new TradeWordLayer(TradeWords.shared(), false));
        int alone = right(rows, layer);
        int after = right(rows, new InlineCategoriser(UserRules.NONE));
        System.out.printf(
                "trade words on %d made-up compounds: the fast layers %d right without them, %d with them"
                        + " (the trade-word layer alone %d, %d on whole words only)%n",
                rows.size(), before, after, alone, wholeWords);
        for (Row row : rows) {
            Optional<Suggestion> got = layer.suggest(row.descriptor());
            if (got.map(s -> !s.category().equals(row.expected().storedName())).orElse(true)) {
                System.out.println("  compound miss: " + row.descriptor() + " -> " + got);
            }
        }
        assertThat(alone).isGreaterThanOrEqualTo(rows.size() * 3 / 4).isGreaterThan(wholeWords);
        assertThat(after).isGreaterThan(before);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "BARCLAYS BANK",
                "SPARKASSE KOELN BONN",
                "KARTENZAHLUNG 4711",
                "LASTSCHRIFT MITGLIEDSBEITRAG",
                "DAUERAUFTRAG MIETE",
                "UEBERWEISUNG",
                "VERWENDUNGSZWECK RECHNUNGSNUMMER 12",
                "BETALNINGSMOTTAGARE",
                "BETALINGSSERVICE"
            })
    void aShortOrBankingWordIsNoCompoundTrade(String merchant) {
        assertThat(layer.suggest(new Descriptor(merchant, "", -1))).isEmpty();
    }

    @Test
    void aCompoundIsLessSureThanAWholeWord() {
        Suggestion suggestion =
                layer.suggest(new Descriptor("STADTBAECKEREI WEBER", "", -1)).orElseThrow();
        assertThat(suggestion.category()).isEqualTo("groceries");
        assertThat(suggestion.confidence()).isEqualTo(TradeWordLayer.COMPOUND_CONFIDENCE);
    }

    private static int right(List<Row> rows, CategoryLayer layer) {
        int right = 0;
        for (Row row : rows) {
            if (layer.suggest(row.descriptor())
                    .map(s -> s.category().equals(row.expected().storedName()))
                    .orElse(false)) {
                right++;
            }
        }
        return right;
    }

    @Test
    void aSuggestionIsARuleNamingTheWord() {
        Suggestion suggestion =
                layer.suggest(new Descriptor("BACKEREI MUELLER", "", -1)).orElseThrow();
        assertThat(suggestion.category()).isEqualTo("groceries");
        assertThat(suggestion.by()).isEqualTo(CategorisedBy.RULE);
        assertThat(suggestion.confidence()).isEqualTo(TradeWordLayer.CONFIDENCE);
        assertThat(suggestion.reason()).startsWith("keyword:");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ONLINE SHOP 1234",
                "SERVICE CENTRE LTD",
                "MARKET STREET 12",
                "JOHN SMITH",
                "BAR 12",
                "REFERENCE 4711 INVOICE"
            })
    void genericWordsNameNoTrade(String merchant) {
        assertThat(layer.suggest(new Descriptor(merchant, "", -1))).isEmpty();
    }

    @Test
    void moneyComingInAndPayAreLeftAlone() {
        assertThat(layer.suggest(new Descriptor("Zahnarzt Dr. Hofer", "Erstattung", 1)))
                .isEmpty();
        assertThat(layer.suggest(new Descriptor("Baeckerei Schneider", "GEHALT 03/2026", -1)))
                .isEmpty();
    }

    @Test
    void theDictionaryIsBuiltFromTheSchemaAndFiltered() throws Exception {
        TradeWords.Counts counts = new TradeWords.Counts();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                TradeWords.class.getResourceAsStream(TradeWords.RESOURCE), StandardCharsets.UTF_8))) {
            long start = System.nanoTime();
            TradeWords words = TradeWords.read(lines, counts);
            System.out.printf("trade words: %s; read in %d ms%n", counts, (System.nanoTime() - start) / 1_000_000);
            assertThat(words.size()).isEqualTo(counts.kept).isGreaterThan(5_000);
            assertThat(words.get("BACKEREI").map(TradeWords.TradeWord::category))
                    .contains(Taxonomy.GROCERIES);
            assertThat(words.get("BAECKEREI").map(TradeWords.TradeWord::category))
                    .contains(Taxonomy.GROCERIES);
            assertThat(words.get("SHOP")).isEmpty();
        }
    }
}
