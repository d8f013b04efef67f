package org.tributary.reporting.control.export;

import java.util.Map;

/** How money in a currency is marked: "£1,234.56", "1,234.56 €", "1,234.56 CHF". */
record CurrencySymbol(String symbol, boolean before) {

    private static final Map<String, CurrencySymbol> KNOWN = Map.of(
            "EUR", new CurrencySymbol("€", false),
            "RUB", new CurrencySymbol("₽", false),
            "GBP", new CurrencySymbol("£", true),
            "USD", new CurrencySymbol("$", true));

    static CurrencySymbol of(String isoCode) {
        return KNOWN.getOrDefault(isoCode, new CurrencySymbol(isoCode, false));
    }

    /** @param amount a formatted amount, with its minus sign if any */
    String mark(String amount) {
        if (!before) {
            return amount + " " + symbol;
        }
        return amount.startsWith("-") ? "-" + symbol + amount.substring(1) : symbol + amount;
    }

    /** @return an Excel number format that shows the symbol whatever the reader's locale */
    String excelFormat() {
        String quoted = "\"" + symbol + "\"";
        return before ? quoted + "#,##0.00" : "#,##0.00 " + quoted;
    }
}
