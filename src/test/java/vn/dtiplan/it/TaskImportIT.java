package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Excel task import into a draft (issue 18, item 4), over the API and on the plan screen: the
 * whole table or nothing, every problem placed by row and column, only into the caller's own draft.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaskImportIT extends ListsFixture {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    @Override
    URL base() {
        return base;
    }

    private static final String[] HEADER = {"STT", "Tiêu chí", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì",
        "Đơn vị phối hợp", "Thời gian thực hiện", "Kết quả/minh chứng", "Ghi chú"};

    /** An appendix workbook: a title, the header, the column numbers, a heading and the given rows from row 6. */
    private static byte[] appendix(String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("Điền bảng ở trang Phụ lục");
            Sheet sheet = workbook.createSheet("Phụ lục");
            sheet.createRow(0).createCell(0).setCellValue("DANH MỤC NHIỆM VỤ, GIẢI PHÁP");
            List<String[]> all = new ArrayList<>();
            all.add(HEADER);
            all.add(new String[] {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"});
            all.add(new String[] {"I", "Chuyển đổi số trong cơ quan"});
            all.addAll(List.of(rows));
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < all.get(r).length; c++) {
                    row.createCell(c).setCellValue(all.get(r)[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private Api.Reply importInto(long plan, byte[] xlsx) {
        return importInto(as(OFFICER), plan, xlsx);
    }

    private static Api.Reply importInto(Api api, long plan, byte[] xlsx) {
        return api.send(api.request(api.api("plans/" + plan + "/tasks/import"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(xlsx)));
    }

    private int taskCount(long plan) {
        return as(OFFICER).get("plans/" + plan).expect(200).object().getJsonArray("tasks").size();
    }

    @Test
    void aTaskTableImportsIntoTheDraftOrNotAtAllWithEveryProblemPlaced() throws IOException {
        String marker = "Nhập" + Unique.digits();
        long plan = draft(marker, 2031, Json.createArrayBuilder());
        byte[] broken = appendix(new String[] {"1", "6.4. Hồ sơ trực tuyến", marker + " tăng hồ sơ trực tuyến",
            "Bộ phận Một cửa", "Công an phường; Văn phòng", "Quý II/2031", "Báo cáo"},
            new String[] {"2", "1.1", "", "Văn phòng", "", "Quý III/2031"});
        JsonObject refused = importInto(plan, broken).expect(422).object();
        assertEquals("import.refused", refused.getString("error"));
        JsonObject problem = refused.getJsonArray("problems").getJsonObject(0);
        assertEquals("Phụ lục", problem.getString("sheet"));
        assertEquals(7, problem.getInt("row"));
        assertEquals("C", problem.getString("column"));
        assertTrue(problem.getString("message").startsWith("Trang 'Phụ lục', dòng 7, cột C:"), problem.toString());
        assertEquals(0, taskCount(plan), "nothing imported, not even the good row");
        JsonObject noHeader = importInto(plan, workbookOf("Mã", "Tên")).expect(422).object();
        assertEquals("import.tasks.header.missing", noHeader.getJsonArray("problems").getJsonObject(0).getString("code"));
        assertEquals("import.file.unreadable", importInto(plan, "không phải Excel".getBytes(StandardCharsets.UTF_8))
                .expect(422).object().getJsonArray("problems").getJsonObject(0).getString("code"));

        JsonObject imported = importInto(plan, appendix(new String[] {"1", "6.4. Hồ sơ trực tuyến",
            marker + " tăng hồ sơ trực tuyến", "Bộ phận Một cửa", "Công an phường; Văn phòng", "Quý II/2031", "Báo cáo"},
            new String[] {"2", "", marker + " tuyên truyền", "Văn phòng", "", "Thường xuyên", "", "ghi chú"}))
                .expect(200).object();
        assertEquals(2, imported.getInt("imported"));
        List<JsonObject> tasks = as(OFFICER).get("plans/" + plan).expect(200).object().getJsonArray("tasks")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(marker + " tăng hồ sơ trực tuyến", marker + " tuyên truyền"),
                tasks.stream().map(t -> t.getString("solution")).toList());
        assertEquals("6.4", tasks.get(0).getString("criterionCode"));
        assertEquals("2031-06-30", tasks.get(0).getString("due"), "the due date read from the timeframe");
        assertEquals(Set.of("Công an phường", "Văn phòng"), new TreeSet<>(tasks.get(0).getJsonArray("coordinating")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList()));

        as(OFFICER).post("plans/" + plan + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        assertEquals("plan.notDraft", importInto(plan, appendix(new String[] {"1", "", "Thêm", "Văn phòng", "",
            "Quý IV/2031"})).expectError(409).getString("error"), "an issued plan takes no import");
        importInto(plan, appendix()).expect(409);
        importInto(as("ward3"), plan, broken).expectError(404);
    }

    private static byte[] workbookOf(String... header) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.createSheet("Sheet1").createRow(0);
            for (int c = 0; c < header.length; c++) {
                row.createCell(c).setCellValue(header[c]);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }


    @Test
    void thePlanScreenImportsATaskTableAndListsEveryProblem() throws IOException {
        String marker = "Màn" + Unique.digits();
        long plan = draft(marker, 2031, Json.createArrayBuilder());
        Path broken = Files.createTempFile("bang-nhiem-vu", ".xlsx");
        Path good = Files.createTempFile("bang-nhiem-vu", ".xlsx");
        Files.write(broken, appendix(new String[] {"1", "", marker + " số hóa", "Văn phòng", "", "Quý II/2031"},
                new String[] {"2", "2.1", "", "Văn phòng", "", "Quý III/2031"},
                new String[] {"3", "", "x".repeat(4001), "Văn phòng", "", "Quý III/2031"}));
        Files.write(good, appendix(new String[] {"1", "", marker + " số hóa", "Văn phòng", "", "Quý II/2031"},
                new String[] {"2", "2.1", marker + " tập huấn", "Văn phòng", "", "Quý III/2031"}));
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree().user(OFFICER), ItTree.PASSWORD, true);
            browser.go("app/plan.xhtml?id=" + plan);
            browser.driver().findElement(By.id("import:file")).sendKeys(broken.toAbsolutePath().toString());
            browser.click(By.id("import:send-file"));
            String problems = browser.text(By.id("import-problems"));
            assertTrue(problems.contains("Trang 'Phụ lục', dòng 7, cột C") && problems.contains("dòng 8, cột C"), problems);
            assertEquals("0", browser.text(By.id("task-count")));
            browser.shootAt(By.id("import-card"), "plan-import-refused");

            browser.driver().findElement(By.id("import:file")).sendKeys(good.toAbsolutePath().toString());
            browser.click(By.id("import:send-file"));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "Đã nhập 2 nhiệm vụ"));
            assertEquals("2", browser.text(By.id("task-count")));
            assertTrue(browser.text(By.id("tasks")).contains(marker + " tập huấn"));
            browser.shoot("plan-import-done");
        } finally {
            Files.deleteIfExists(broken);
            Files.deleteIfExists(good);
        }
    }
}
