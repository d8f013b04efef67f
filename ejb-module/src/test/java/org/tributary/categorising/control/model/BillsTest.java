package org.tributary.categorising.control.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.Taxonomy;

class BillsTest {

    @Test
    void directDebitsBillServicesAndInvoicesAreBills() {
        for (String description : List.of(
                "SEPA-BASISLASTSCHRIFT Stadtwerke Musterstadt",
                "Lastschrift FIT INN Trainings GmbH Mitgliedsbeitrag 03/2026",
                "Abbuchung Einzugsermächtigung OG/000002451 ÖAMTC Schutzbrief",
                "DOMICILIERING ENGIE ELECTRABEL VOORSCHOT",
                "PRLV SEPA MAAF ASSURANCES",
                "ADDEBITO SDD ENEL ENERGIA",
                "RECIBO IBERDROLA CLIENTES SAU",
                "/TRTP/SEPA Incasso algemeen doorlopend/NAME/Vattenfall",
                "POLECENIE ZAPŁATY UPC POLSKA FAKTURA 03/2026",
                "Autogiro FORTUM MARKETS ELAVTAL",
                "HASTINGS DIRECT DD",
                "PGANDE DES:WEB ONLINE ID:1234567890",
                "Pre-Authorized Debit SUN LIFE",
                "BPAY ORIGIN ENERGY",
                "BG 5050-1055 FOLKSAM",
                "Kundennr 123456789 Rechnung 03/2026",
                "Оплата услуг Мосэнергосбыт лицевой счет 12345678")) {
            assertThat(Bills.isBill(new Descriptor("", description, -1)))
                    .as(description)
                    .isTrue();
        }
    }

    @Test
    void cardPaymentsCountryCodesAndMoneyComingInAreNot() {
        for (String description : List.of(
                "KARTENZAHLUNG REWE 4471//BERLIN/DE",
                "Оплата товаров и услуг. WINK.RU MOSCOW RUS",
                "CARD PAYMENT TO ADDBIKES LTD",
                "POS 12,40 BG K1 12.03. SOFIA BG",
                "COMPRA TARJ. RECIBOS Y MAS MADRID",
                "")) {
            assertThat(Bills.isBill(new Descriptor("", description, -1)))
                    .as(description)
                    .isFalse();
        }
        assertThat(Bills.isBill(new Descriptor("", "SEPA-LASTSCHRIFT RUECKGABE", 1)))
                .isFalse();
    }

    @Test
    void billsMayBeWhatPeoplePayAsBillsAndTheUsersOwnCategories() {
        assertThat(Bills.mayBe(Taxonomy.UTILITIES.storedName())).isTrue();
        assertThat(Bills.mayBe(Taxonomy.TRANSFERS.storedName())).isTrue();
        assertThat(Bills.mayBe(Taxonomy.GROCERIES.storedName())).isFalse();
        assertThat(Bills.mayBe(Taxonomy.EATING_OUT.storedName())).isFalse();
        assertThat(Bills.mayBe("Allotment")).isTrue();
    }

    @Test
    void aHugeDescriptionIsReadOnlyAsFarAsItsStart() {
        assertThat(Bills.isBill(new Descriptor("", "x".repeat(5_000_000) + " LASTSCHRIFT", -1)))
                .isFalse();
    }
}
