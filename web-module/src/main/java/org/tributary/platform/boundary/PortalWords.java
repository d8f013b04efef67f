package org.tributary.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.tributary.categorising.control.Categories;
import org.tributary.categorising.control.CategoryNames;
import org.tributary.importing.control.TooManyRowsException;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.UnreadableStatementException;
import org.tributary.importing.entity.ImportRun;
import org.tributary.reporting.control.Reports;
import org.tributary.sources.control.SourceNames;

/**
 * What the pages put into words from stored values, in the page's language: counts with their plural form
 * ({@code #{words.count('count.transactions', n)}}), categories and the names of the sources Tributary made.
 */
@Named("words")
@RequestScoped
public class PortalWords {

    @Inject
    PortalFormat format;

    /** A count in the sentence of this key, e.g. "1 transaction", "22 операции". */
    public String count(String key, long count) {
        return PageMessages.text(key, count);
    }

    /** A stored category (a built-in's key or a name a person made up) in the page's language. */
    public String category(String stored) {
        return CategoryNames.name(stored, locale());
    }

    /** A source's name, the ones Tributary made ("Cash", "Uploaded files") in the page's language. */
    public String source(String kind, String stored) {
        return SourceNames.name(kind, stored, locale());
    }

    /** Why a transaction stands out, in the page's language; the service's English words for an unknown kind. */
    public String highlight(Reports.Highlights.Row row) {
        String key = "highlight." + row.kind();
        if (row.arguments().isEmpty() || !PageMessages.has(key)) {
            return row.reason();
        }
        String currency = row.transaction().currency();
        return PageMessages.text(
                key, row.arguments().stream().map(a -> shown(a, currency)).toArray());
    }

    private Object shown(Object argument, String currency) {
        if (argument instanceof BigDecimal amount) {
            return format.money(amount, currency);
        }
        if (argument instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale())
                    .format(date);
        }
        return argument == null ? "" : argument;
    }

    /** A line of a file that could not be read: "Line 3: unreadable amount “twelve”", in the page's language. */
    public String lineError(RowError error) {
        return PageMessages.text(
                "import.lineError", error.line(), rowError(error.code(), error.arguments(), error.reason()));
    }

    /** Why a line could not be read, from its code and values; the service's English words for an unknown code. */
    public static String rowError(String code, List<String> arguments, String reason) {
        String key = "import.error." + code;
        return code != null && PageMessages.has(key) ? PageMessages.text(key, arguments.toArray()) : reason;
    }

    /** Why a whole file cannot be read, in the page's language: "This file cannot be read: The file is empty." */
    public static String unreadable(UnreadableStatementException e) {
        return unreadable(e.code(), e.arguments(), e.getMessage());
    }

    public static String unreadable(TooManyRowsException e) {
        return unreadable(TooManyRowsException.CODE, List.of(e.rows(), e.maxRows()), e.getMessage());
    }

    /**
     * Why a run failed after its upload, in the page's language: a file that turned out unreadable as at upload,
     * the job's other failures in words of their own, and the stored English of runs failed before codes.
     */
    public static String importFailure(ImportRun run) {
        String code = run.getFailureCode();
        if (code == null) {
            return run.getFailureReason();
        }
        List<String> arguments = run.getFailureArguments() == null
                ? List.of()
                : Json.createReader(new StringReader(run.getFailureArguments()))
                        .readArray()
                        .getValuesAs(JsonString::getString);
        if (TooManyRowsException.CODE.equals(code)) {
            List<Long> counts = arguments.stream().map(Long::valueOf).toList();
            return unreadable(code, counts, run.getFailureReason());
        }
        String key = "import.failure." + code;
        return PageMessages.has(key) ? PageMessages.text(key, arguments.toArray()) : run.getFailureReason();
    }

    private static String unreadable(String code, List<?> arguments, String english) {
        String key = "import.fileError." + code;
        return PageMessages.text(
                "import.unreadable", PageMessages.has(key) ? PageMessages.text(key, arguments.toArray()) : english);
    }

    /** The categories as choices of a select: the stored id as value, the name in the page's language shown. */
    public static List<SelectItem> choices(List<Categories.Category> categories) {
        return categories.stream().map(c -> new SelectItem(c.id(), c.name())).toList();
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
