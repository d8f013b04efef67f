package org.tributary.categorising.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MerchantNameTest {

    @Test
    void aProcessorPrefixAWebAddressAndAnAmountAreNotTheMerchant() {
        assertThat(MerchantName.of("", "UBER *TRIP 8.99 HELP.UBER.COM")).isEqualTo(MerchantName.of("", "UBER TRIP"));
        assertThat(MerchantName.of(null, "SQ *BLUE BOTTLE COFFEE")).isEqualTo("Blue Bottle Coffee");
        assertThat(MerchantName.of(null, "TST* SHAKE SHACK")).isEqualTo("Shake Shack");
        assertThat(MerchantName.of(null, "PAYPAL *NETFLIX")).isEqualTo("Netflix");
        assertThat(MerchantName.of(null, "SUMUP *BAECKEREI SCHMIDT")).isEqualTo("Baeckerei Schmidt");
        assertThat(MerchantName.of(null, "ZTL*CAFE CENTRAL")).isEqualTo("Cafe Central");
        assertThat(MerchantName.of(null, "GOOGLE *YOUTUBE")).isEqualTo("YouTube");
        assertThat(MerchantName.of(null, "APPLE.COM/BILL")).isEqualTo("Apple");
    }

    @Test
    void storeNumbersReferencesAndDatesGo() {
        assertThat(MerchantName.of("", "REWE SAGT DANKE 4265799 22.02")).isEqualTo("Rewe Sagt Danke");
        assertThat(MerchantName.of("", "IKEA DEUTSCHLAND #0423")).isEqualTo("IKEA");
        assertThat(MerchantName.of("", "ACME STORE CD 1417    14JAN24")).isEqualTo("Acme Store");
        assertThat(MerchantName.of("", "HHHHH LTD RP555000111222333 207348     10 01DEC23 16:05"))
                .isEqualTo("Hhhhh Ltd");
    }

    @Test
    void aNameThatIsAllWebAddressAndNumbersIsTheSiteName() {
        assertThat(MerchantName.of("", "NETFLIX.COM")).isEqualTo("Netflix");
        assertThat(MerchantName.of("", "NETFLIX.COM 866-579-7172")).isEqualTo("Netflix");
        assertThat(MerchantName.of("", "NETFLIX.COM 866-579-7172 CA")).isEqualTo("Netflix");
    }

    @Test
    void punctuationLeftOverIsNoWord() {
        assertThat(MerchantName.of("", "AMAZON - 123456 - MARKETPLACE EU")).isEqualTo("Amazon Marketplace EU");
    }

    @Test
    void theCounterpartyComesBeforeTheDescriptionAndKeepsItsCase() {
        assertThat(MerchantName.of("Stadtwerke München", "Abschlag 11/2026")).isEqualTo("Stadtwerke München");
        assertThat(MerchantName.of(" ", "")).isEqualTo("Unknown");
    }

    @Test
    void aPlaceholderIsNoName() {
        assertThat(MerchantName.of("ISSUER", "EDEKA SAGT DANKE")).isEqualTo("Edeka Sagt Danke");
        assertThat(MerchantName.of("NOTPROVIDED", "")).isEqualTo("Unknown");
        assertThat(MerchantName.of("N/A", "Spotify")).isEqualTo("Spotify");
    }

    @Test
    void theThreeMigrosRowsAreOneMerchant() {
        // /work/shared/corpus/camt053/ofxstatement-iso20022/davider80.xml
        assertThat(MerchantName.of(null, "Acquisto MIGROS M ARBEDO-CAST")).isEqualTo("Migros");
        assertThat(MerchantName.of(null, "Acquisto MIGROS MM BELLINZONA")).isEqualTo("Migros");
    }

    @Test
    void bookingTextsInOurUsersLanguagesGo() {
        assertThat(MerchantName.of(null, "Kartenzahlung REWE Markt GmbH")).isEqualTo("REWE Markt GmbH");
        assertThat(MerchantName.of(null, "KARTENZAHLUNG/-ABRECHNUNG ALDI SUED")).isEqualTo("Aldi Sued");
        assertThat(MerchantName.of(null, "FOLGELASTSCHRIFT VODAFONE")).isEqualTo("Vodafone");
        assertThat(MerchantName.of(null, "SEPA-Lastschrift Telekom Deutschland"))
                .isEqualTo("Telekom Deutschland");
        assertThat(MerchantName.of(null, "Überweisung Erika Mustermann")).isEqualTo("Erika Mustermann");
        assertThat(MerchantName.of(null, "GUTSCHRIFT ARBEITGEBER AG")).isEqualTo("Arbeitgeber AG");
        assertThat(MerchantName.of(null, "COMPRA TARJETA MERCADONA VALENCIA")).isEqualTo("Mercadona");
        assertThat(MerchantName.of(null, "PAGO BIZUM")).isEqualTo("Bizum");
        assertThat(MerchantName.of(null, "PAIEMENT PAR CARTE MONOPRIX")).isEqualTo("Monoprix");
        assertThat(MerchantName.of(null, "PAIEMENT CB 2601 CARREFOUR PARIS")).isEqualTo("Carrefour");
        assertThat(MerchantName.of(null, "CARTE X1234 26/01 FNAC")).isEqualTo("Fnac");
        assertThat(MerchantName.of(null, "PRLV SEPA FREE MOBILE")).isEqualTo("Free Mobile");
        assertThat(MerchantName.of(null, "Оплата товаров и услуг ПЯТЁРОЧКА МОСКВА RUS"))
                .isEqualTo("Пятёрочка");
        assertThat(MerchantName.of(null, "Покупка МАГНИТ")).isEqualTo("Магнит");
        assertThat(MerchantName.of(null, "Списание МТС")).isEqualTo("МТС");
        assertThat(MerchantName.of(null, "Płatność kartą BIEDRONKA WARSZAWA POL"))
                .isEqualTo("Biedronka");
        assertThat(MerchantName.of(null, "ZAKUP ŻABKA KRAKÓW")).isEqualTo("Żabka");
        assertThat(MerchantName.of(null, "BETAALAUTOMAAT ALBERT HEIJN AMSTERDAM NLD"))
                .isEqualTo("Albert Heijn");
        assertThat(MerchantName.of(null, "Betaling Jumbo")).isEqualTo("Jumbo");
        assertThat(MerchantName.of(null, "POS TESCO STORES")).isEqualTo("Tesco Stores");
        assertThat(MerchantName.of(null, "Card payment to PRET A MANGER")).isEqualTo("Pret A Manger");
        assertThat(MerchantName.of(null, "Debit card payment Sainsburys")).isEqualTo("Sainsburys");
        assertThat(MerchantName.of(null, "Deposit from BEAN COUNTERS PAYROLL")).isEqualTo("Bean Counters Payroll");
        assertThat(MerchantName.of(null, "Withdrawal from SAVINGS")).isEqualTo("Savings");
        assertThat(MerchantName.of(null, "Direct debit BRITISH GAS")).isEqualTo("British Gas");
        assertThat(MerchantName.of(null, "DD THAMES WATER")).isEqualTo("Thames Water");
        assertThat(MerchantName.of(null, "SO LANDLORD RENT")).isEqualTo("Landlord Rent");
        assertThat(MerchantName.of(null, "BGC ACME LTD")).isEqualTo("Acme Ltd");
        assertThat(MerchantName.of(null, "FPO JOHN SMITH")).isEqualTo("John Smith");
        assertThat(MerchantName.of(null, "CHECKCARD 0123 STARBUCKS SEATTLE WA")).isEqualTo("Starbucks");
        assertThat(MerchantName.of(null, "PURCHASE AUTHORIZED ON 01/02 PANERA BREAD #204 CHICAGO IL"))
                .isEqualTo("Panera Bread");
        assertThat(MerchantName.of(null, "POS PURCHASE WALMART")).isEqualTo("Walmart");
        assertThat(MerchantName.of(null, "ACH DEBIT COMCAST")).isEqualTo("Comcast");
        assertThat(MerchantName.of(null, "Recurring payment SPOTIFY")).isEqualTo("Spotify");
        assertThat(MerchantName.of(null, "Point of Sale Transaction  FRY'S")).isEqualTo("Fry's");
    }

    @Test
    void theNumbersBetweenABookingTextAndTheNameGo() {
        assertThat(MerchantName.of(null, "POS 24,00 AT K1 14.03. 20:05 CINEPLEXX DONAU ZENTRUM"))
                .isEqualTo("Cineplexx Donau Zentrum");
        assertThat(MerchantName.of(null, "Bezahlung Bankomat MC/000002457 0001 K1 02.03.UM 10.33 HOFER GRAZ 8020"))
                .isEqualTo("Hofer");
        assertThat(MerchantName.of(
                        null, "BETALING MET DEBETKAART NUMMER 4871 04XX XXXX 1234 DELHAIZE GENT 12/03 14:22"))
                .isEqualTo("Delhaize Gent");
        assertThat(MerchantName.of(null, "Płatność kartą 08.03.2026 Nr karty 4246xx1234 KWIACIARNIA ROZA"))
                .isEqualTo("Kwiaciarnia Roza");
        assertThat(MerchantName.of(
                        null, "Abbuchung Onlinebanking FE/000002450 BKAUATWWXXX AT553200000012345678 Wien Energie"))
                .isEqualTo("Wien Energie");
        assertThat(MerchantName.of(null, "Kortköp 260307 MAX HAMBURGARE")).isEqualTo("Max Hamburgare");
    }

    @Test
    void moreBanksBookingTexts() {
        assertThat(MerchantName.of(null, "E-Banking Auftrag (QR-Rechnung) Zahnarztzentrum Zuerich"))
                .isEqualTo("Zahnarztzentrum Zuerich");
        assertThat(MerchantName.of(null, "KAUF/DIENSTLEISTUNG VOM 11.03.2026 KARTEN NR. XXXX1234 SWISS AIR"))
                .isEqualTo("Swiss Air");
        assertThat(MerchantName.of(null, "OVERSCHRIJVING FOD FINANCIEN")).isEqualTo("Fod Financien");
        assertThat(MerchantName.of(null, "PAIEMENT BANCONTACT 04/03 SNCB NMBS")).isEqualTo("Sncb Nmbs");
        assertThat(MerchantName.of(null, "VIR DE M ROUSSEL")).isEqualTo("M Roussel");
        assertThat(MerchantName.of(null, "BONIFICO CONDOMINIO VIA GARIBALDI")).isEqualTo("Condominio Via Garibaldi");
        assertThat(MerchantName.of(null, "TRANSFERENCIA A FAVOR DE CARMEN VIDAL"))
                .isEqualTo("Carmen Vidal");
        assertThat(MerchantName.of(null, "Przelew wychodzący BENEFIT SYSTEMS SA"))
                .isEqualTo("Benefit Systems SA");
        assertThat(MerchantName.of(null, "Отели OSTROVOK.RU MOSCOW RUS")).isEqualTo("Ostrovok");
        assertThat(MerchantName.of(null, "Visa Purchase JETSTAR")).isEqualTo("Jetstar");
        assertThat(MerchantName.of(null, "Bill Payment HYDRO ONE NETWORKS")).isEqualTo("Hydro One Networks");
        assertThat(MerchantName.of(null, ")))  WM MORRISON STORE")).isEqualTo("WM Morrison Store");
    }

    @Test
    void bookingTextsOfDecision32() {
        assertThat(MerchantName.of(null, "BEA NR:XY7Z21 05.03.26/11.20 ZUIVELHOEVE EDE,PAS123"))
                .isEqualTo("Zuivelhoeve Ede");
        assertThat(MerchantName.of(null, "Point of Sale - Interac RETAIL PURCHASE 000001234567 BULK BARN 123"))
                .isEqualTo("Bulk Barn");
        assertThat(MerchantName.of(null, "Swish betalning STADSMISSIONEN")).isEqualTo("Stadsmissionen");
        assertThat(MerchantName.of(null, "Одежда и обувь BEFREE 312 ROSTOV RUS"))
                .isEqualTo("Befree");
        assertThat(MerchantName.of(null, "BONIFICO A VOSTRO FAVORE ALFA SRL STIPENDIO"))
                .isEqualTo("Alfa SRL Stipendio");
    }

    @Test
    void referencesAfterAMarkerGo() {
        assertThat(MerchantName.of(null, "PGANDE DES:WEB ONLINE ID:1234567890 INDN:K ABERNATHY CO ID:9123456789 WEB"))
                .isEqualTo("Pgande");
        assertThat(MerchantName.of(null, "IRS TREAS 310 TAX REF PPD ID: 9111036000"))
                .isEqualTo("Irs Treas Tax Ref");
        assertThat(MerchantName.of(null, "CARD PAYMENT TO WM MORRISON STORE,34.18 GBP, RATE 1.00/GBP ON 04-02-2026"))
                .isEqualTo("WM Morrison Store");
        assertThat(MerchantName.of(null, "PRZELEW PRZYCHODZĄCY; OD: POLKOM SA; TYT.: WYNAGRODZENIE"))
                .isEqualTo("Polkom SA");
        assertThat(MerchantName.of(
                        null, "SEPA-LASTSCHRIFT ALLIANZ VERSICHERUNG MANDAT M48213 GLAEUBIGER-ID DE98ZZZ0123456789"))
                .isEqualTo("Allianz Versicherung");
        assertThat(MerchantName.of(null, "Stadtwerke Kiel Gläubiger-ID DE12ZZZ00000012345 Mandatsref. 77"))
                .isEqualTo("Stadtwerke Kiel");
        assertThat(MerchantName.of(null, "VATTENFALL EUROPE SALES EREF+4711 MREF+K-99 CRED+DE33ZZZ SVWZ+Strom 05"))
                .isEqualTo("Vattenfall Europe Sales");
        assertThat(MerchantName.of(null, "MANDARIN ORIENTAL MUNICH")).isEqualTo("Mandarin Oriental");
        assertThat(MerchantName.of(null, "SPOTIFY P1A2B3C4D5")).isEqualTo("Spotify");
        assertThat(MerchantName.of(null, "B2B HANDEL 7ELEVEN")).isEqualTo("B2b Handel 7eleven");
    }

    @Test
    void aDutchSepaLineIsNamedByItsNameField() {
        assertThat(MerchantName.of(
                        null,
                        "/TRTP/SEPA Incasso algemeen doorlopend/CSID/NL74ZZZ330371970000/NAME/Vattenfall"
                                + " Klantenservice N.V./MARF/000012345678/REMI/Termijnbedrag"))
                .isEqualTo("Vattenfall Klantenservice N V");
    }

    @Test
    void aGermanCardPaymentNamesThePlaceAfterTwoSlashes() {
        assertThat(MerchantName.of("EDEKA//MUENCHEN/DE", "EDEKA SAGT DANKE")).isEqualTo("Edeka");
        assertThat(MerchantName.of("EDEKA DÜBEL//THOMASINGEN/DE", "")).isEqualTo("Edeka Dübel");
    }

    @Test
    void trailingPlacesOfCardDescriptorsGo() {
        assertThat(MerchantName.of("", "TAKAHACHI RESTAURANTNEW YORK   ")).isEqualTo("Takahachi Restaurant");
        assertThat(MerchantName.of("", "CAFE MOGADOR 0048   NEW YORK   ")).isEqualTo("Cafe Mogador");
        assertThat(MerchantName.of("", "STARBUCKS STORE 07604 01/21 PURC")).isEqualTo("Starbucks Store");
        assertThat(MerchantName.of("", "LIDL DIENSTLEISTUNG DEU")).isEqualTo("Lidl Dienstleistung");
        assertThat(MerchantName.of("", "TESCO LONDON GBR")).isEqualTo("Tesco");
        assertThat(MerchantName.of("", "YANDEX.TAXI SANKT-PETERBU RUS")).isEqualTo("Yandex Taxi");
        assertThat(MerchantName.of("Gert Janssen (FR)", "")).isEqualTo("Gert Janssen");
    }

    @Test
    void titleCaseKeepsAcronymsAndNamesAsWritten() {
        assertThat(MerchantName.of("", "PANERA BREAD")).isEqualTo("Panera Bread");
        assertThat(MerchantName.of("", "DM DROGERIE MARKT")).isEqualTo("DM Drogerie Markt");
        assertThat(MerchantName.of("", "BP")).isEqualTo("BP");
        assertThat(MerchantName.of("", "KFC")).isEqualTo("KFC");
        assertThat(MerchantName.of("", "H&M")).isEqualTo("H&M");
        assertThat(MerchantName.of("", "MCDONALD'S")).isEqualTo("McDonald's");
        assertThat(MerchantName.of("", "T-MOBILE")).isEqualTo("T-Mobile");
        assertThat(MerchantName.of("", "ПЯТЁРОЧКА")).isEqualTo("Пятёрочка");
        assertThat(MerchantName.of("", "rimi")).isEqualTo("Rimi");
        assertThat(MerchantName.of("", "eBay Marketplace")).isEqualTo("eBay Marketplace");
    }

    @Test
    void hostileInputEndsQuicklyWithAShortName() {
        assertThat(MerchantName.of("", "X".repeat(10_000))).hasSizeLessThanOrEqualTo(MerchantName.MAX_INPUT);
        assertThat(MerchantName.of("", "A".repeat(1_000_000) + ".COM"))
                .hasSizeLessThanOrEqualTo(MerchantName.MAX_INPUT);
        assertThat(MerchantName.of("", "X*".repeat(500_000))).isNotNull();
        assertThat(MerchantName.of("", "1".repeat(1_000_000))).isEqualTo("Unknown");
        assertThat(MerchantName.of("", "0123456789")).isEqualTo("Unknown");
        assertThat(MerchantName.of("", "")).isEqualTo("Unknown");
        assertThat(MerchantName.of("", "\u0000\u0001\uD800\uFFFF")).isEqualTo("Unknown");
        byte[] bytes = new byte[1_000_000];
        new Random(7).nextBytes(bytes);
        assertThat(MerchantName.of(null, new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)))
                .isNotBlank()
                .hasSizeLessThanOrEqualTo(MerchantName.MAX_INPUT);
        assertThat(MerchantName.of("Lastschrift", "")).isEqualTo("Lastschrift");
    }

    @org.junit.jupiter.api.Test
    void aWordTooLongForANameIsNoPartOfIt() {
        org.assertj.core.api.Assertions.assertThat(
                        MerchantName.of("", "X".repeat(4_000) + " PAYMENT " + "Y".repeat(6_000)))
                .hasSizeLessThanOrEqualTo(40);
    }

    /**
     * The doubling test's operation count: past {@link MerchantName#MAX_INPUT} characters the text is not
     * looked at by any expression, so a description of a megabyte costs what its first characters cost; the
     * patterns themselves are possessive or single-pass (timed in bench/adversarial-inputs).
     */
    @Test
    void whatFollowsTheFirstCharactersChangesNothing() {
        for (String filler : List.of("X", "XXXX1", "a.", "*1", "1 ", "a-", "WWW.A", " ")) {
            String start = "REWE SAGT DANKE " + filler.repeat(MerchantName.MAX_INPUT / filler.length());
            String cut = start.substring(0, MerchantName.MAX_INPUT);
            for (int length = 1_000; length <= 1_024_000; length *= 4) {
                String hostile = start + filler.repeat(length / filler.length());
                assertThat(MerchantName.of(null, hostile)).as(filler).isEqualTo(MerchantName.of(null, cut));
            }
        }
    }
}
