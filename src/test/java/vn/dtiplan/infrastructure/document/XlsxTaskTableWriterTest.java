package vn.dtiplan.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.document.AppendixRow;
import vn.dtiplan.domain.document.PlanDocument;
import vn.dtiplan.domain.document.PlanDocumentFixtures;

class XlsxTaskTableWriterTest {

    @Test
    void taskTableReadsBackInSeed003ColumnOrder() throws IOException {
        PlanDocument plan = PlanDocumentFixtures.plan4638();
        List<AppendixRow> rows = plan.appendix().rows();
        byte[] bytes = new XlsxTaskTableWriter().write(plan.appendix().heading(), plan.appendixCaption(), rows);
        Files.createDirectories(DocxPlanWriterTest.OUT);
        Files.write(DocxPlanWriterTest.OUT.resolve("4638-tasks.xlsx"), bytes);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = book.getSheet(XlsxTaskTableWriter.SHEET);
            assertEquals("PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CHI TIẾT", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(plan.appendixCaption(), sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(List.of("STT", "Mã chỉ số", "Chỉ số/Tiêu chí", "Chỉ tiêu", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian thực hiện",
                    "Minh chứng thực hiện", "Ghi chú"), cells(sheet.getRow(XlsxTaskTableWriter.HEADER_ROW)));
            assertEquals(XlsxTaskTableWriter.HEADER_ROW + rows.size(), sheet.getLastRowNum(), "one row per task");
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(rows.get(i).cells(), cells(sheet.getRow(XlsxTaskTableWriter.HEADER_ROW + 1 + i)));
            }
            Row task310 = sheet.getRow(XlsxTaskTableWriter.HEADER_ROW + 1 + 10);
            assertEquals(CellType.STRING, task310.getCell(1).getCellType());
            assertEquals("3.10", task310.getCell(1).getStringCellValue(), "codes stay text, 3.10 is not 3.1");
            assertTrue(book.getFontAt(sheet.getRow(XlsxTaskTableWriter.HEADER_ROW + 1).getCell(1).getCellStyle()
                    .getFontIndex()).getBold(), "a pillar row is bold");
            assertEquals(XlsxTaskTableWriter.HEADER_ROW + 1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals("Times New Roman", book.getFontAt(task310.getCell(1).getCellStyle().getFontIndex()).getFontName());
        }
    }

    @Test
    void anEmptyPlanGivesAHeaderOnly() throws IOException {
        byte[] bytes = new XlsxTaskTableWriter().write("PHÂN CÔNG", "(Kèm theo Kế hoạch)", List.of());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(XlsxTaskTableWriter.HEADER_ROW, book.getSheetAt(0).getLastRowNum());
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }
}
