package org.tributary.importing.control.csv;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tributary.importing.control.statement.RowStatus;

/**
 * The names banks give their columns, in the languages of the exports we have seen. A header cell is
 * compared without case, accents or punctuation, and without a trailing currency such as "(EUR)".
 */
final class ColumnNames {

    static final Set<String> DATE = Set.of(
            "date",
            "datum",
            "transaction date",
            "posting date",
            "booking date",
            "buchungstag",
            "buchungsdatum",
            "fecha",
            "data",
            "date operation",
            "date de l operation",
            "fecha operacion",
            "completed date",
            "date completed",
            "trans date",
            "transaction posted date",
            "post date",
            "posted date",
            "booked",
            "datum transactie",
            "boekdatum",
            "transactiedatum",
            "datum boeking",
            "dato",
            "bokforingsdag");
    static final Set<String> VALUE_DATE = Set.of(
            "value date",
            "valuta",
            "valutadatum",
            "wertstellung",
            "date de valeur",
            "fecha valor",
            "valuedate",
            "settle date",
            "settlement date",
            "rentedatum");
    static final Set<String> AMOUNT = Set.of(
            "amount",
            "betrag",
            "bedrag",
            "montant",
            "importe",
            "valor",
            "mutatie",
            "transaction amount",
            "umsatz",
            "net",
            "netto",
            "amount eur",
            "beløb",
            "belopp",
            "summa",
            "kwota",
            "sum",
            "montant eur",
            "gross",
            "brutto");
    static final Set<String> DEBIT = Set.of(
            "debit",
            "debit amount",
            "paid out",
            "withdrawal",
            "withdrawals",
            "soll",
            "money out",
            "net debit",
            "debet",
            "uitgaven",
            "cargo",
            "debito",
            "ausgang",
            "outflow",
            "spent");
    static final Set<String> CREDIT = Set.of(
            "credit",
            "credit amount",
            "paid in",
            "deposit",
            "deposits",
            "haben",
            "money in",
            "net credit",
            "bij bedrag",
            "inkomsten",
            "abono",
            "credito",
            "eingang",
            "inflow",
            "received");
    static final Set<String> DIRECTION = Set.of(
            "af bij",
            "creditdebet",
            "credit debit",
            "debit credit",
            "cd",
            "dc",
            "soll haben",
            "indicator",
            "debit credit indicator",
            "credit debit indicator",
            "umsatztyp",
            "direction");
    static final Set<String> DESCRIPTION = Set.of(
            "description",
            "details",
            "memo",
            "omschrijving",
            "mededelingen",
            "verwendungszweck",
            "buchungstext",
            "libelle",
            "concepto",
            "transaction description",
            "narrative",
            "description 1",
            "transaction details",
            "reference",
            "remittance information",
            "purpose",
            "text",
            "notes",
            "note",
            "buchungsdetails",
            "vorgang verwendungszweck",
            "naam omschrijving",
            "name description");
    static final Set<String> COUNTERPARTY = Set.of(
            "payee",
            "name",
            "merchant",
            "counterparty",
            "naam",
            "beguenstigter zahlungspflichtiger",
            "auftraggeber empfaenger",
            "auftraggeber empfanger",
            "zahlungsempfaenger in",
            "zahlungspflichtige r",
            "payee name",
            "merchant name",
            "to from",
            "beneficiary",
            "tegenpartij",
            "nom",
            "auftraggeber beguenstigter",
            "description 2");
    /** Who paid: the account holder when money goes out, the other party when it comes in. */
    static final Set<String> PAYER = Set.of(
            "auftraggeber begunstigter",
            "begunstigter zahlungspflichtiger",
            "zahlungspflichtige r",
            "zahlungspflichtiger",
            "auftraggeber",
            "auftraggebername",
            "auftraggeber name",
            "payer",
            "payer name",
            "debtor",
            "debtor name",
            "betaler",
            "naam betaler",
            "donneur d ordre",
            "emetteur",
            "плательщик",
            "наименование плательщика",
            "nadawca",
            "ordenante",
            "ordinante");
    /** Who was paid: the other party when money goes out, the account holder when it comes in. */
    static final Set<String> PAYEE = Set.of(
            "auftraggeber begunstigter",
            "begunstigter zahlungspflichtiger",
            "zahlungsempfaenger in",
            "zahlungsempfanger in",
            "zahlungsempfaenger",
            "zahlungsempfanger",
            "empfaenger",
            "empfanger",
            "empfaengername",
            "empfangername",
            "empfanger name",
            "beguenstigter",
            "begunstigter",
            "payee",
            "payee name",
            "creditor",
            "creditor name",
            "begunstigde",
            "ontvanger",
            "beneficiaire",
            "получатель",
            "наименование получателя",
            "odbiorca",
            "beneficiario");

    static final Set<String> CURRENCY = Set.of(
            "currency", "wahrung", "waehrung", "munt", "devise", "moneda", "ccy", "currency code", "valuta code");
    /** The words are data, beside the status values they go with (decision 34). */
    static final Set<String> STATUS = RowStatus.columnNames().stream()
            .map(ColumnNames::normalise)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    static final Set<String> EXTERNAL_ID = Set.of(
            "id",
            "transaction id",
            "transaktions id",
            "transaction reference",
            "reference number",
            "ref",
            "referenz",
            "transaction number",
            "fitid",
            "unique id");
    static final Set<String> BALANCE = Set.of(
            "balance",
            "saldo",
            "kontostand",
            "running balance",
            "solde",
            "current balance",
            "balance eur",
            "saldo na mutatie",
            "saldo voor mutatie",
            "runningbalance");

    private ColumnNames() {}

    static String normalise(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        plain = plain.replaceAll("\\((eur|usd|gbp|chf|€|\\$|£)\\)", " ").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return plain.strip();
    }

    /** Running balances go by many names ("Boeksaldo", "Saldo na mutatie", "Balance (EUR)"). */
    static boolean isBalance(String header) {
        return BALANCE.contains(header)
                || header.contains("saldo")
                || header.contains("balance")
                || header.contains("kontostand")
                || header.contains("solde");
    }

    static int find(List<String> headers, Set<String> names) {
        for (int i = 0; i < headers.size(); i++) {
            if (names.contains(headers.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
