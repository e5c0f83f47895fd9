package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A city plan's documents: the plan as a Decree 30 Word file, a PDF and an Excel workbook, a
 * ward's draft document kept in the ward, and the matrix workbook holding the API's matrix for
 * each caller. On {@link CascadeFixture}'s tree.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanDocumentsIT extends CascadeFixture {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive d() {
        return Deployments.war();
    }

    @Override
    URL base() {
        return base;
    }

    @Test
    void aCityPlanDownloadsAsDecree30WordPdfAndExcel() throws Exception {
        long planId = cityPlan();
        JsonObject plan = city().get("plans/" + planId).expect(200).object();
        String number = plan.getString("number");
        List<String> solutions = plan.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("solution")).toList();

        Api.Reply docx = keep(download(city(), planId, "document.docx").expect(200), "city-plan.docx");
        assertTrue(docx.header("Content-Type").orElseThrow().startsWith(DOCX_TYPE));
        String disposition = docx.header("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment; filename=\"ke-hoach-") && disposition.contains(".docx\""),
                disposition);
        assertFalse(disposition.contains("/"), "no path separator in the file name: " + disposition);
        String words = wordText(docx.bytes());
        for (String part : List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ BIỂN XANH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: " + number, "KẾ HOẠCH", plan.getString("title"), "Nơi nhận:",
                "- Lưu: VT.", "PHỤ LỤC", solutions.get(0))) {
            assertTrue(words.contains(part), "DOCX lacks \"" + part + "\"");
        }

        Api.Reply pdf = keep(download(city(), planId, "document.pdf").expect(200), "city-plan.pdf");
        assertTrue(pdf.header("Content-Type").orElseThrow().startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
            for (String part : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH",
                    "Số: " + number)) {
                assertTrue(text.contains(part), "PDF lacks \"" + part + "\"");
            }
            assertTrue(text.replaceAll("\\s+", "").contains(solutions.get(0).replaceAll("\\s+", "")), "PDF lacks a task");
            for (PDPage page : document.getPages()) {
                for (COSName font : page.getResources().getFontNames()) {
                    assertTrue(page.getResources().getFont(font).isEmbedded(), "embedded fonts only");
                }
            }
        }

        Api.Reply xlsx = download(city(), planId, "tasks.xlsx").expect(200);
        try (XSSFWorkbook book = new XSSFWorkbook(
                new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("STT", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals(3 + solutions.size(), sheet.getLastRowNum(), "one row per task");
        }
    }

    @Test
    void aWardsDraftDocumentStaysInTheWard() {
        long draft = id(phuong2().post("plans", plan(ward2(), number("P2"), null,
                task("Triển khai mô hình chợ 4.0", "Bộ phận Kinh tế", "Thường xuyên", null, false))).expect(201).object());
        assertTrue(wordText(download(phuong2(), draft, "document.docx").expect(200).bytes()).contains("PHƯỜNG 2"));
        for (String file : List.of("document.docx", "document.pdf", "tasks.xlsx")) {
            Api.Reply refused = download(phuong3(), draft, file);
            assertEquals(404, refused.status(), file);
            assertFalse(refused.body().contains("chợ 4.0"), "not a byte of the plan");
        }
        assertEquals(401, download(Api.at(base), draft, "document.pdf").status());
    }

    @Test
    void theMatrixWorkbookHoldsTheMatrixOfTheApiForEachCaller() throws IOException {
        Varied v = varied();
        long planId = v.cityPlan();
        for (Api caller : List.of(city(), phuong3())) {
            JsonObject matrix = caller.get("plans/" + planId + "/matrix").expect(200).object();
            Api.Reply file = keep(download(caller, planId, "matrix.xlsx").expect(200), "matrix-varied.xlsx");
            assertTrue(file.header("Content-Disposition").orElseThrow().contains("tiep-nhan-" + v.number().replace('/', '-') + ".xlsx"));
            List<JsonObject> tasks = matrix.getJsonArray("tasks").getValuesAs(JsonObject.class);
            List<JsonObject> units = matrix.getJsonArray("units").getValuesAs(JsonObject.class);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
                Sheet sheet = book.getSheetAt(0);
                assertEquals(3 + units.size(), sheet.getLastRowNum(), "one row per unit the API shows");
                assertEquals(2 + tasks.size() + 1, sheet.getRow(3).getLastCellNum());
                for (int i = 0; i < units.size(); i++) {
                    JsonObject unit = units.get(i);
                    org.apache.poi.ss.usermodel.Row row = sheet.getRow(4 + i);
                    assertEquals(unit.getString("unitName"), row.getCell(1).getStringCellValue());
                    List<JsonObject> cells = unit.getJsonArray("cells").getValuesAs(JsonObject.class);
                    for (int c = 0; c < cells.size(); c++) {
                        JsonObject cell = cells.get(c);
                        String word = cell.containsKey("state") && !cell.isNull("state")
                                ? STATE_WORDS.get(cell.getString("state")) : "Không giao";
                        assertEquals(word, row.getCell(2 + c).getStringCellValue(), unit.getString("unitCode") + " task " + c);
                    }
                    assertEquals(unit.getInt("pending"), (int) row.getCell(2 + cells.size()).getNumericCellValue());
                }
            }
        }
        long wardPlan = v.wardPlan();
        assertEquals(404, download(phuong3(), wardPlan, "matrix.xlsx").status(), "a sibling's plan is not there");
    }
}
