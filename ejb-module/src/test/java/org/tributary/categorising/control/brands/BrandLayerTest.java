package org.tributary.categorising.control.brands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tributary.categorising.control.CategorisedBy;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.Taxonomy;

class BrandLayerTest {

    private final BrandLayer layer = new BrandLayer();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TESCO STORES 3217 LONDON GB     | GROCERIES
            SAINSBURYS S/MKTS               | GROCERIES
            PRET A MANGER LONDON            | EATING_OUT
            BOOTS 1234 MANCHESTER           | HEALTH
            NEXT RETAIL LTD LEEDS           | SHOPPING
            CARD PAYMENT TO GREGGS PLC      | EATING_OUT
            VODAFONE LTD                    | UTILITIES
            M&S SIMPLY FOOD                 | GROCERIES
            BP 1234                         | TRANSPORT
            WALMART SUPERCENTER #1234       | GROCERIES
            TARGET T-1234 CHICAGO IL        | SHOPPING
            CVS/PHARMACY #04567             | HEALTH
            CHEVRON 0091234                 | TRANSPORT
            SQ *BLUE BOTTLE COFFEE          | EATING_OUT
            THE HOME DEPOT #6543            | SHOPPING
            WHOLE FOODS MARKET #10234       | GROCERIES
            REWE SAGT DANKE 1234            | GROCERIES
            ALDI SUED 1234                  | GROCERIES
            ROSSMANN 1234 HAMBURG           | PERSONAL_CARE
            ARAL STATION 1234               | TRANSPORT
            KARTENZAHLUNG EDEKA CENTER      | GROCERIES
            IKEA BERLIN                     | SHOPPING
            BEA KRUIDVAT 1234               | PERSONAL_CARE
            HEMA AMSTERDAM                  | SHOPPING
            CB CARREFOUR CITY PARIS 15      | GROCERIES
            CB DECATHLON 1234               | SHOPPING
            MONOPRIX PARIS                  | GROCERIES
            ZABKA Z1234 K.1 WARSZAWA        | GROCERIES
            ORLEN STACJA NR 123             | TRANSPORT
            MAGNIT MM 1234                  | GROCERIES
            ПЕРЕКРЁСТОК                     | GROCERIES
            VKUSVILL 1234 MOSKVA            | GROCERIES
            ВКУСНО — И ТОЧКА                | EATING_OUT
            DNS 1234 MOSKVA                 | SHOPPING
            MIGROS M ZUERICH                | GROCERIES
            SBB CFF FFS                     | TRANSPORT
            MERCADONA VALENCIA              | GROCERIES
            REPSOL 1234                     | TRANSPORT
            EL CORTE INGLES                 | SHOPPING
            ESSELUNGA MILANO                | GROCERIES
            ENI STATION 1234                | TRANSPORT
            AUTOGRILL                       | EATING_OUT
            MCDONALDS 1234                  | EATING_OUT
            """)
    void suggestsTheCategoryOfTheBrandInTheDescription(String description, Taxonomy category) {
        assertThat(layer.suggest(new Descriptor("", description, -1))).hasValueSatisfying(suggestion -> {
            assertThat(suggestion.category()).isEqualTo(category.storedName());
            assertThat(suggestion.by()).isEqualTo(CategorisedBy.BRAND);
            assertThat(suggestion.reason()).startsWith("brand:");
        });
    }

    /** Classes of false match seen in the categorisation evaluation, each closed in the index or the matching. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                // a country code and a card fragment (Austrian POS lines), no Auckland Transport
                "POS 42,60 AT K1 07.03. 19:55 HEURIGER ZUM WEINBERG WIEN 1190",
                "AT K1 HEURIGER ZUM",
                // one letter ("E-Banking" is no e&)
                "E-BANKING DAUERAUFTRAG AN RETO MEIER MIETE ZIMMER",
                // a first name and a surname: a person, not George at Asda
                "BILL PAYMENT GEORGE BROWN",
                // generic words of our languages, not at the start or not alone
                "THE HAIR LOFT",
                "VIR SEPA LOYER AVRIL APPT 3B VERS M. ROUSSEL",
                "INTEREST INTEREST PAID GROSS",
                "PAGAMENTO POS PARRUCCHIERE STILE LIBERO PALERMO",
                // a town that names its transit network
                "SKLEP WROCLAW",
                // the field names of a SEPA description
                "/TRTP/SEPA INCASSO ALGEMEEN/REMI/TERMIJNBEDRAG MAART"
            })
    void takesNoFragmentOrWordOfBookingTextForABrand(String text) {
        assertThat(layer.suggest(new Descriptor(text, text, -1))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ABBUCHUNG WIEN ENERGIE GMBH TEILBETRAG 03/26",
                "DOMICILIATION EUROPEENNE LUMINUS SA ACOMPTE ENERGIE",
                "AUTOGIRO VATTENFALL KUNDSERVICE AB",
                "ABBUCHUNG OAMTC SCHUTZBRIEF MITGLIEDSBEITRAG",
                "NAAM: GEMEENTE UTRECHT",
                "CARITAS"
            })
    void knowsAnOperatorOfChargersForNoChargingNetwork(String text) {
        assertThat(layer.suggest(new Descriptor(text, text, -1)).map(found -> found.category()))
                .isNotEqualTo(Optional.of(Taxonomy.TRANSPORT.storedName()));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            LUKOIL 1234                          | TRANSPORT
            TOTALENERGIES 1234 PARIS             | TRANSPORT
            VISA PURCHASE AMPOL FOODARY 123      | TRANSPORT
            CB E.LECLERC 14/03 RENNES            | GROCERIES
            TESCO STORES 3217                    | GROCERIES
            AMERICAN RED CROSS WASHINGTON DC     | GIFTS_AND_CHARITY
            POS 9,50 AT K1 12.03. CINEPLEXX WIEN | ENTERTAINMENT
            BP 1234                              | TRANSPORT
            EE LIMITED                           | UTILITIES
            B & Q 1234 CROYDON                   | SHOPPING
            LIBERO                               | TRANSPORT
            """)
    void putsAFillingStationsShopWithFuelAndASupermarketsStationWithGroceries(String text, Taxonomy category) {
        assertThat(layer.suggest(new Descriptor(text, text, -1)))
                .hasValueSatisfying(found -> assertThat(found.category()).isEqualTo(category.storedName()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ACME GMBH                      | GEHALT 11/2026 ACME GMBH PERS.NR. 0815
            GEMEENTE UTRECHT               | NAAM: GEMEENTE UTRECHT OMSCHRIJVING: SALARIS MAART 2026
            ZAKLAD UBEZPIECZEN SPOLECZNYCH | ŚWIADCZENIE 800 PLUS 03/2026
            """)
    void knowsNoBrandInAMerchantWhenTheDescriptionSaysPayOrABenefit(String merchant, String description) {
        assertThat(layer.suggest(new Descriptor(merchant, description, 1))).isEmpty();
    }

    @Test
    void triesTheCleanedMerchantBeforeTheDescription() {
        var suggestion = layer.suggest(new Descriptor("PANERA BREAD", "TST* PANERA BREAD 441 KAUFLAND", -1));

        assertThat(suggestion).hasValueSatisfying(found -> {
            assertThat(found.category()).isEqualTo(Taxonomy.EATING_OUT.storedName());
            assertThat(found.reason()).isEqualTo("brand:Panera Bread");
            assertThat(found.confidence()).isEqualTo(BrandLayer.AT_START);
        });
    }

    @Test
    void isLessSureOfACommonWordThanOfADistinctName() {
        double next =
                layer.suggest(new Descriptor("NEXT", "", -1)).orElseThrow().confidence();
        double kaufland =
                layer.suggest(new Descriptor("KAUFLAND", "", -1)).orElseThrow().confidence();

        assertThat(next).isLessThan(kaufland);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "JOHN SMITH",
                "MARIA GARCIA LOPEZ",
                "IVANOV IVAN IVANOVICH",
                "Перевод Иванову И.",
                "SALARY ACME LTD",
                "PAYMENT TO JOHN NEXT DOOR",
                "TRANSFER TO SAVINGS",
                "RENT MAY 2025",
                "1234567890",
                "0000 1234 5678 9012"
            })
    void knowsNoBrandInPaymentsToPeopleOrInNoise(String text) {
        assertThat(layer.suggest(new Descriptor(text, text, 1))).isEmpty();
    }

    @Test
    void readsOnlyTheStartOfAVeryLongDescription() {
        String text = "X".repeat(10_000) + " KAUFLAND";

        assertThat(layer.suggest(new Descriptor(text, text, -1))).isEmpty();
    }

    @Test
    void knowsNoBrandInBinaryGarbage() {
        byte[] bytes = new byte[5_000];
        new Random(21).nextBytes(bytes);

        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1)) {
            String text = new String(bytes, charset);
            assertThat(layer.suggest(new Descriptor(text, text, -1))).isEmpty();
        }
    }

    @Test
    void knowsNoBrandInScriptsItDoesNotIndex() {
        String chinese = "支付宝 上海 浦东 1234";

        assertThat(layer.suggest(new Descriptor(chinese, chinese, -1))).isEmpty();
    }
}
