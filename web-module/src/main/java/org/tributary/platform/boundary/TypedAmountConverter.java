package org.tributary.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import org.tributary.platform.control.TypedAmount;

/**
 * An amount field of the portal: reads what was typed by {@link TypedAmount}'s rule (the same in every
 * language) and refuses, at the field, what it cannot read or what could mean two amounts.
 */
@FacesConverter("typedAmount")
public class TypedAmountConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        TypedAmount.Reading reading = TypedAmount.read(value);
        if (reading.isAmount()) {
            return reading.amount();
        }
        String text = reading.refusal() == TypedAmount.Refusal.AMBIGUOUS
                ? ambiguous(context, value.strip())
                : PageMessages.text("amount.notANumber");
        throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** "“1,234” could mean 1234 or 1.234", both in the page's way of writing numbers. */
    private static String ambiguous(FacesContext context, String typed) {
        String digits = typed.replaceAll("[^0-9]", "");
        BigDecimal thousands = new BigDecimal(digits);
        BigDecimal small = thousands.movePointLeft(3);
        NumberFormat numbers =
                NumberFormat.getNumberInstance(context.getViewRoot().getLocale());
        numbers.setGroupingUsed(false);
        numbers.setMaximumFractionDigits(3);
        return PageMessages.text("amount.ambiguous", typed, numbers.format(thousands), numbers.format(small));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        char mark = DecimalFormatSymbols.getInstance(context.getViewRoot().getLocale())
                .getDecimalSeparator();
        return value.toPlainString().replace('.', mark);
    }
}
