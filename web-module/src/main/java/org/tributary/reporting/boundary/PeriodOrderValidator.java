package org.tributary.reporting.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.LocalDate;
import org.tributary.platform.boundary.PageMessages;

/**
 * Refuses an end date before the start date, at the field "to": such a period is not quietly swapped for
 * another. The start is the field "from" of the same form, already converted when this runs; when a preset
 * is being chosen instead, the dates no longer matter.
 */
@FacesValidator("periodOrder")
public class PeriodOrderValidator implements Validator<LocalDate> {

    @Override
    public void validate(FacesContext context, UIComponent component, LocalDate to) {
        UIComponent fromField = component.findComponent("from");
        UIComponent periodField = component.findComponent("period");
        boolean chosenDates =
                !(periodField instanceof UIInput period) || ReportFilters.Period.CUSTOM.equals(period.getValue());
        if (to != null
                && chosenDates
                && fromField instanceof UIInput from
                && from.isValid()
                && from.getValue() instanceof LocalDate start
                && to.isBefore(start)) {
            String text = PageMessages.text("period.toBeforeFrom");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
