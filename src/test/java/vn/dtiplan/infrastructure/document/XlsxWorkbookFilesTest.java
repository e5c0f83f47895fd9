package vn.dtiplan.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.workbook.FrameworkSheet;
import vn.dtiplan.domain.workbook.Grid;
import vn.dtiplan.domain.workbook.ImportProblems;
import vn.dtiplan.domain.workbook.ImportRefusedException;
import vn.dtiplan.domain.workbook.ImportTemplate;
import vn.dtiplan.domain.workbook.ScoresSheet;
import vn.dtiplan.domain.workbook.WorkbookLimits;
import vn.dtiplan.interfaces.ImportProblemText;

class XlsxWorkbookFilesTest {

    private final XlsxWorkbookFiles files = new XlsxWorkbookFiles();

    @Test
    void numbersAreReadExactlyTextStaysTextAndFormulasGiveTheirValue() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Điểm");
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("1.10");
            row.createCell(1).setCellValue(46.3812);
            row.createCell(2).setCellValue(2023);
            row.createCell(4).setCellFormula("B1*2");
            sheet.createRow(2).createCell(1).setCellValue("Phường 2");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
            xlsx = out.toByteArray();
        }
        Grid grid = files.read(xlsx).get(0);
        assertEquals("Điểm", grid.name());
        assertEquals(List.of("1.10", "46.3812", "2023", "", "92.7624"), grid.rows().get(0));
        assertEquals("", grid.text(2, 0));
        assertEquals("Phường 2", grid.text(3, 1));
    }

    @Test
    void theBlankTemplateReadsBackWithoutProblems() {
        List<Grid> sheets = files.read(files.write(ImportTemplate.blank(2024)));
        assertEquals(List.of("Hướng dẫn", "Bộ chỉ số", "Điểm"), sheets.stream().map(Grid::name).toList());
        ImportProblems problems = new ImportProblems();
        Grid framework = Grid.pick(sheets, FrameworkSheet.NAME);
        FrameworkSheet.Header header = FrameworkSheet.header(framework, problems);
        assertEquals(2024, header.year());
        assertEquals(List.of(), problems.list());
        ScoresSheet.Parsed scores = ScoresSheet.rows(Grid.pick(sheets, ScoresSheet.NAME), problems);
        assertEquals("Nhận thức số", scores.headers().get(2));
        assertEquals("6.2", scores.headers().get(11));
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedAsAWhole() {
        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> files.read("mã,điểm\n26509,6".getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.file.unreadable", refused.problems().get(0).key());
        assertThrows(ImportRefusedException.class, () -> Grid.pick(List.of(Grid.read("A", List.of()),
                Grid.read("B", List.of())), "Điểm"));
    }
    @Test
    void aBadRowBeyondTheOldReadingLimitRefusesTheWholeFileWithTheLimitNamed() throws IOException {
        byte[] xlsx = workbook(book -> {
            Sheet sheet = book.createSheet("Điểm");
            for (int r = 0; r < 6000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("2650" + r);
                row.createCell(1).setCellValue(r == 5999 ? "không phải số" : "6");
            }
        });
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> files.read(xlsx));
        assertEquals(List.of("import.file.tooManyRows"), refused.problems().stream().map(p -> p.key()).toList());
        assertEquals(List.of("Điểm", WorkbookLimits.MAX_ROWS), refused.problems().get(0).arguments());
        assertEquals("Trang „Điểm“ có hơn 5.000 dòng, vượt giới hạn của hệ thống; tệp không được nhập (không nhập một phần)."
                + " Hãy chia thành nhiều tệp nhỏ hơn.",
                ImportProblemText.of(Locale.forLanguageTag("vi"), refused.problems().get(0)));
    }

    @Test
    void everyRowUpToTheLimitIsReadAndFormattedEmptyRowsBeyondItDoNotCount() throws IOException {
        byte[] xlsx = workbook(book -> {
            Sheet sheet = book.createSheet("Bộ chỉ số");
            for (int r = 0; r < WorkbookLimits.MAX_ROWS; r++) {
                sheet.createRow(r).createCell(0).setCellValue("dòng " + (r + 1));
            }
            sheet.createRow(20_000).createCell(3).setCellStyle(book.createCellStyle());
        });
        Grid grid = files.read(xlsx).get(0);
        assertEquals(WorkbookLimits.MAX_ROWS, grid.lastRow());
        assertEquals("dòng 5000", grid.text(WorkbookLimits.MAX_ROWS, 0));
    }

    @Test
    void dataBeyondTheLastColumnIsRefusedNotCut() throws IOException {
        byte[] xlsx = workbook(book -> book.createSheet("Điểm").createRow(3).createCell(WorkbookLimits.MAX_COLUMNS)
                .setCellValue("7"));
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> files.read(xlsx));
        assertEquals("import.file.tooManyColumns", refused.problems().get(0).key());
    }

    @Test
    void aHundredThousandRowWorkbookIsRefusedWithoutBuildingIt() throws IOException {
        byte[] xlsx;
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Điểm");
            for (int r = 0; r < 100_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("mã " + r);
                row.createCell(1).setCellValue(r);
                row.createCell(2).setCellValue("Phường " + r);
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> files.read(xlsx));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals("import.file.tooManyRows", refused.problems().get(0).key());
        assertTrue(allocated < 64L * 1024 * 1024, "allocated " + allocated / 1024 / 1024 + " MB to refuse the file");
    }

    private static byte[] workbook(java.util.function.Consumer<XSSFWorkbook> content) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }
}
