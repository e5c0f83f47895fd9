package vn.dtiplan.infrastructure.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
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
import vn.dtiplan.domain.document.AppendixRow;

/**
 * A plan's task table as an Excel workbook, in the column order officials use (seed 003's
 * appendix: STT, criterion, lead, coordinating, timeframe, evidence, notes).
 *
 * <p>Every cell is text: criterion codes such as "3.10" or "1.2.1" would otherwise become the
 * numbers 3.1 and a date. The header row is frozen, filterable and repeated on printed pages;
 * the sheet prints landscape A4, one page wide.
 */
public final class XlsxTaskTableWriter {

    static final String SHEET = "Nhiệm vụ";
    static final int HEADER_ROW = 3;
    private static final int[] WIDTHS = {7, 48, 24, 26, 20, 28, 14};

    public byte[] write(String heading, String caption, List<AppendixRow> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            XSSFSheet sheet = book.createSheet(SHEET);
            title(sheet, 0, heading, styles.title);
            title(sheet, 1, caption, styles.caption);
            row(sheet, HEADER_ROW, AppendixRow.HEADERS, styles.header);
            for (int i = 0; i < rows.size(); i++) {
                AppendixRow row = rows.get(i);
                row(sheet, HEADER_ROW + 1 + i, row.cells(), row.group() ? styles.group : styles.cell);
            }
            layout(sheet, rows.size());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void title(XSSFSheet sheet, int index, String text, CellStyle style) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, WIDTHS.length - 1));
    }

    private static void row(XSSFSheet sheet, int index, List<String> cells, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
            row.getCell(c).setCellStyle(style);
        }
    }

    private static void layout(XSSFSheet sheet, int rows) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW + Math.max(rows, 1), 0, WIDTHS.length - 1));
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
        final CellStyle group;
        final CellStyle cell;

        Styles(XSSFWorkbook book) {
            title = centred(book, font(book, true, false));
            caption = centred(book, font(book, false, true));
            header = grid(book, font(book, true, false));
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            group = grid(book, font(book, true, false));
            cell = grid(book, font(book, false, false));
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

        private static CellStyle grid(XSSFWorkbook book, Font font) {
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setDataFormat(book.createDataFormat().getFormat("@"));
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
