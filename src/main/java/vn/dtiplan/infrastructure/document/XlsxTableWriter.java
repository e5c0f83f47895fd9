package vn.dtiplan.infrastructure.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dtiplan.domain.document.Table;

/**
 * Writes {@link Table}s as an Excel workbook, one sheet each: title and caption merged over the table,
 * a grey, frozen, filterable header row that repeats on printed pages, thin borders, wrapped
 * text, Times New Roman 12, landscape A4 one page wide.
 *
 * <p>Text cells carry the text format ("@"), so codes such as "3.10" or "1.2.1" stay text
 * instead of becoming 3.1 or a date; figures are numeric cells, so officials can add them up.
 */
public final class XlsxTableWriter {

    static final int HEADER_ROW = 3;

    public byte[] write(Table table) {
        return write(List.of(table));
    }

    /** A workbook with one sheet per table, in the given order. */
    public byte[] write(List<Table> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            tables.forEach(table -> sheet(book, styles, table));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook book, Styles styles, Table table) {
        XSSFSheet sheet = book.createSheet(table.sheet());
        int columns = table.headers().size();
        title(sheet, 0, table.title(), styles.title, columns);
        title(sheet, 1, table.caption(), styles.caption, columns);
        row(sheet, HEADER_ROW, List.copyOf(table.headers()), styles.header, styles.header);
        for (int i = 0; i < table.rows().size(); i++) {
            boolean bold = table.boldRows().contains(i);
            row(sheet, HEADER_ROW + 1 + i, table.rows().get(i), bold ? styles.boldText : styles.text,
                    bold ? styles.boldNumber : styles.number);
        }
        layout(sheet, table);
    }

    private static void title(XSSFSheet sheet, int index, String text, CellStyle style, int columns) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(text == null ? "" : text);
        row.getCell(0).setCellStyle(style);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(index, index, 0, columns - 1));
        }
    }

    private static void row(XSSFSheet sheet, int index, List<?> values, CellStyle text, CellStyle number) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            Object value = values.get(c);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(number);
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
                cell.setCellStyle(text);
            }
        }
    }

    private static void layout(XSSFSheet sheet, Table table) {
        for (int c = 0; c < table.widths().length; c++) {
            sheet.setColumnWidth(c, table.widths()[c] * 256);
        }
        int last = table.headers().size() - 1;
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW + Math.max(table.rows().size(), 1), 0, last));
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle caption;
        final CellStyle header;
        final CellStyle text;
        final CellStyle boldText;
        final CellStyle number;
        final CellStyle boldNumber;

        Styles(XSSFWorkbook book) {
            title = centred(book, font(book, true, false));
            caption = centred(book, font(book, false, true));
            header = grid(book, font(book, true, false), "@");
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = grid(book, font(book, false, false), "@");
            boldText = grid(book, font(book, true, false), "@");
            number = grid(book, font(book, false, false), "General");
            boldNumber = grid(book, font(book, true, false), "General");
        }

        private static Font font(XSSFWorkbook book, boolean bold, boolean italic) {
            Font font = book.createFont();
            font.setFontName(PageLayout.FONT);
            font.setFontHeightInPoints((short) PageLayout.TABLE_PT);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private static CellStyle centred(XSSFWorkbook book, Font font) {
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.CENTER);
            return style;
        }

        private static CellStyle grid(XSSFWorkbook book, Font font, String format) {
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setDataFormat(book.createDataFormat().getFormat(format));
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
