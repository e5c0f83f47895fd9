package vn.dtiplan.infrastructure.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dtiplan.domain.workbook.Grid;
import vn.dtiplan.domain.workbook.ImportProblem;
import vn.dtiplan.domain.workbook.ImportRefusedException;
import vn.dtiplan.domain.workbook.WorkbookFiles;
import vn.dtiplan.domain.workbook.WorkbookLimits;

/**
 * {@link WorkbookFiles} with Apache POI.
 *
 * <p>Reading: a numeric cell becomes its exact decimal text (46.3812, never 46.381199999), a
 * formula its cached value, anything else the text Excel shows. A file POI cannot open (not an
 * .xlsx, damaged, or a zip bomb caught by POI's inflation limits) is refused as a whole. Before
 * POI builds the workbook, {@link XlsxExtent} measures the sheets and {@link WorkbookLimits}
 * refuses a file with data beyond its limits, so what is read is every row with data (the loops
 * below stop at the limits only past the last of them: formatted empty rows).
 *
 * <p>Writing: text cells, and the whole first column (codes such as 1.10 or 07210), in the text
 * format "@" so they stay text when edited; figures as numbers; bold rows and widths as the grid says.
 */
@ApplicationScoped
public class XlsxWorkbookFiles implements WorkbookFiles {

    private static final int MAX_ROWS = WorkbookLimits.MAX_ROWS;
    private static final int MAX_COLUMNS = WorkbookLimits.MAX_COLUMNS;

    @Override
    public List<Grid> read(byte[] xlsx) {
        List<WorkbookLimits.Extent> extents;
        try {
            extents = XlsxExtent.measure(xlsx);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw unreadable();
        }
        WorkbookLimits.check(extents);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            List<Grid> grids = new ArrayList<>();
            for (Sheet sheet : book) {
                grids.add(Grid.read(sheet.getSheetName(), rows(sheet, formatter)));
            }
            return grids;
        } catch (IOException | RuntimeException e) {
            throw unreadable();
        }
    }

    private static ImportRefusedException unreadable() {
        return new ImportRefusedException(List.of(new ImportProblem(null, 0, null, "import.file.unreadable", List.of())));
    }

    private static List<List<Object>> rows(Sheet sheet, DataFormatter formatter) {
        List<List<Object>> rows = new ArrayList<>();
        int last = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<Object> cells = new ArrayList<>();
            if (row != null) {
                int width = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
                for (int c = 0; c < width; c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            BigDecimal value = new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
            return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell);
    }

    @Override
    public byte[] write(List<Grid> sheets) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = style(book, false, "@");
            CellStyle boldText = style(book, true, "@");
            CellStyle number = style(book, false, "General");
            CellStyle boldNumber = style(book, true, "General");
            for (Grid grid : sheets) {
                Sheet sheet = book.createSheet(grid.name());
                for (int r = 0; r < grid.rows().size(); r++) {
                    boolean bold = grid.boldRows().contains(r + 1);
                    Row row = sheet.createRow(r);
                    List<Object> values = grid.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Cell cell = row.createCell(c);
                        if (values.get(c) instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                            cell.setCellStyle(bold ? boldNumber : number);
                        } else {
                            cell.setCellValue(values.get(c) == null ? "" : values.get(c).toString());
                            cell.setCellStyle(bold ? boldText : text);
                        }
                    }
                }
                for (int c = 0; c < grid.widths().size(); c++) {
                    sheet.setColumnWidth(c, grid.widths().get(c) * 256);
                }
                sheet.setDefaultColumnStyle(0, text);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(XSSFWorkbook book, boolean bold, String format) {
        Font font = book.createFont();
        font.setFontName(PageLayout.FONT);
        font.setFontHeightInPoints((short) PageLayout.TABLE_PT);
        font.setBold(bold);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setDataFormat(book.createDataFormat().getFormat(format));
        return style;
    }
}
