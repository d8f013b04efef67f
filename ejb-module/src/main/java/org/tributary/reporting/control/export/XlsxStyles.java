package org.tributary.reporting.control.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of an exported sheet, made once per workbook (a workbook holds at most 64,000). */
final class XlsxStyles {

    final CellStyle title;
    final CellStyle label;
    final CellStyle header;
    final CellStyle totalLabel;
    private final CellStyle[] cells = new CellStyle[ColumnKind.values().length];
    private final CellStyle[] totals = new CellStyle[ColumnKind.values().length];

    XlsxStyles(Workbook workbook, String currency) {
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font bold = workbook.createFont();
        bold.setBold(true);

        title = workbook.createCellStyle();
        title.setFont(big);
        label = workbook.createCellStyle();
        label.setFont(bold);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        totalLabel = workbook.createCellStyle();
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.THIN);

        DataFormat formats = workbook.createDataFormat();
        for (ColumnKind kind : ColumnKind.values()) {
            String format = switch (kind) {
                case TEXT -> null;
                case DATE -> "yyyy-mm-dd";
                case MONEY -> CurrencySymbol.of(currency).excelFormat();
                case COUNT -> "#,##0";
                case PERCENT -> "0.0%";
                case DECIMAL -> "#,##0.00";
            };
            CellStyle cell = workbook.createCellStyle();
            CellStyle total = workbook.createCellStyle();
            if (format != null) {
                cell.setDataFormat(formats.getFormat(format));
                total.setDataFormat(formats.getFormat(format));
            }
            total.setFont(bold);
            total.setBorderTop(BorderStyle.THIN);
            cells[kind.ordinal()] = cell;
            totals[kind.ordinal()] = total;
        }
    }

    CellStyle cell(ColumnKind kind) {
        return cells[kind.ordinal()];
    }

    CellStyle total(ColumnKind kind) {
        return totals[kind.ordinal()];
    }
}
