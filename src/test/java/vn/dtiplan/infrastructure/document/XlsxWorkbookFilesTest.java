package vn.dtiplan.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.workbook.FrameworkSheet;
import vn.dtiplan.domain.workbook.Grid;
import vn.dtiplan.domain.workbook.ImportProblems;
import vn.dtiplan.domain.workbook.ImportRefusedException;
import vn.dtiplan.domain.workbook.ImportTemplate;
import vn.dtiplan.domain.workbook.ScoresSheet;

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
}
