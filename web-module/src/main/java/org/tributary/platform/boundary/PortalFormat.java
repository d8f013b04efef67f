package org.tributary.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts in the page's language, in the currency of each row. Faces' own converter cannot do this inside a
 * repeated row: its attributes are read once, before the row's variable exists.
 */
@Named("format")
@RequestScoped
public class PortalFormat {

    public String money(Object amount, String currency) {
        if (amount == null) {
            return "";
        }
        BigDecimal value = amount instanceof BigDecimal number ? number : new BigDecimal(amount.toString());
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            if (currency != null) {
                format.setCurrency(Currency.getInstance(currency));
            }
        } catch (IllegalArgumentException unknownCode) {
            return NumberFormat.getNumberInstance(locale).format(value) + " " + currency;
        }
        return format.format(value);
    }
}
