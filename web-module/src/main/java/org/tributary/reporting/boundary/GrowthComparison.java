package org.tributary.reporting.boundary;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.reporting.control.EarlierData;
import org.tributary.reporting.control.Reports;

/** What "what grew" was compared with, in words: the period before, a scaled part of it, or nothing. */
final class GrowthComparison {

    private GrowthComparison() {}

    static String words(Reports.Growth growth, Locale locale) {
        EarlierData earlier = growth.earlierData();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return switch (earlier.comparison()) {
            case WHOLE_PERIOD ->
                PageMessages.text(
                        "growth.comparedWith", dates.format(growth.previousFrom()), dates.format(growth.previousTo()));
            case PART_SCALED ->
                PageMessages.text(
                        "growth.scaled",
                        dates.format(growth.previousFrom()),
                        dates.format(growth.previousTo()),
                        dates.format(earlier.dataFrom()));
            case TOO_LITTLE ->
                earlier.dataFrom() == null
                        ? PageMessages.text("growth.noEarlierData")
                        : PageMessages.text("growth.tooLittle", dates.format(earlier.dataFrom()));
        };
    }
}
