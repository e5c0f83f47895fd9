package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

/**
 * The dashboard as an Excel workbook with the same figures as {@code GET /units/{code}/progress},
 * and each screen's download button delivering its file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressWorkbookIT extends ProgressFixture {

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

    // ---- Issue 6: the dashboard as an Excel workbook, the same figures as GET /units/{code}/progress ----

    @Test
    void theProgressWorkbookHoldsTheRollupOfTheApiAndTheUnitsTasks() throws Exception {
        java.time.LocalDate due = java.time.LocalDate.of(2035, 1, 1).plusDays(Unique.below(3000));
        ItTree t = scoredTree();
        Branch branch = new Branch(t.code("C"), t.as("city"), t.code("W1"), t.as("ward"));
        long taskId = adoptedWardTask(branch, due.toString(), "Bộ phận Văn hóa - Xã hội");
        branch.officer().post("tasks/" + taskId + "/progress", progress("IN_PROGRESS", 40)).expect(200);
        upload(t.as("vhxh"), "tasks/" + taskId + "/evidence", "Báo cáo quý.pdf", PDF).expect(201);
        assertTrue(rollup(branch.officer(), branch.ward()).containsKey("currentScore"), "W1's appraised assessment");
        for (Api caller : List.of(branch.planner(), branch.officer())) {
            String unit = caller == branch.planner() ? branch.city() : branch.ward();
            JsonObject rollup = rollup(caller, unit);
            try (XSSFWorkbook book = workbook(caller.download("units/" + unit + "/progress.xlsx").expect(200))) {
                Sheet counts = book.getSheetAt(0);
                assertCounts(rollup, counts.getRow(4));
                if (rollup.containsKey("currentScore")) {
                    String caption = counts.getRow(1).getCell(0).getStringCellValue();
                    assertTrue(caption.contains(rollup.getJsonNumber("currentScore").bigDecimalValue().toPlainString()
                            + " → " + rollup.getJsonNumber("projectedScore").bigDecimalValue().toPlainString()), caption);
                }
                List<JsonObject> children = rollup.getJsonArray("children").getValuesAs(JsonObject.class);
                assertEquals(4 + children.size(), counts.getLastRowNum(), "the unit, then one row per child");
                for (int i = 0; i < children.size(); i++) {
                    assertEquals(children.get(i).getString("name"), counts.getRow(5 + i).getCell(1).getStringCellValue());
                    assertCounts(children.get(i), counts.getRow(5 + i));
                }
            }
        }
        List<JsonObject> listed = branch.officer().get("units/" + branch.ward() + "/progress/tasks").expect(200).array()
                .getValuesAs(JsonObject.class);
        try (XSSFWorkbook book = workbook(branch.officer().download("units/" + branch.ward() + "/progress.xlsx")
                .expect(200))) {
            Sheet tasks = book.getSheetAt(1);
            assertEquals(3 + listed.size(), tasks.getLastRowNum(), "one row per task of GET …/progress/tasks");
            for (int i = 0; i < listed.size(); i++) {
                JsonObject task = listed.get(i);
                Row row = tasks.getRow(4 + i);
                assertEquals(task.getString("solution"), row.getCell(2).getStringCellValue());
                assertEquals(task.getString("criterionCode", ""), row.getCell(1).getStringCellValue());
                assertEquals(task.getString("planNumber", ""), row.getCell(3).getStringCellValue());
                assertEquals(task.getString("lead", ""), row.getCell(4).getStringCellValue());
                assertEquals(task.containsKey("due") ? day(java.time.LocalDate.parse(task.getString("due"))) : "",
                        row.getCell(6).getStringCellValue());
                if (task.containsKey("pointsAtStake")) {
                    assertEquals(0, task.getJsonNumber("pointsAtStake").bigDecimalValue().compareTo(
                            new java.math.BigDecimal(Double.toString(row.getCell(7).getNumericCellValue()))));
                }
                assertEquals(DUE_WORDS.get(task.getString("dueState")), row.getCell(8).getStringCellValue());
                assertEquals(STATUS_WORDS.get(task.getString("status")), row.getCell(9).getStringCellValue());
                assertEquals(task.getInt("percent"), (int) row.getCell(10).getNumericCellValue());
                assertEquals(task.containsKey("lastUpdate") ? day(java.time.LocalDate.parse(task.getString("lastUpdate")))
                        : "", row.getCell(11).getStringCellValue());
                assertEquals(task.getInt("evidenceCount"), (int) row.getCell(12).getNumericCellValue());
            }
            String day = day(due);
            Row row = java.util.stream.IntStream.rangeClosed(4, tasks.getLastRowNum()).mapToObj(tasks::getRow)
                    .filter(r -> r.getCell(6).getStringCellValue().equals(day)).findFirst().orElseThrow();
            assertEquals("Cập nhật minh chứng lên phần mềm chấm điểm", row.getCell(2).getStringCellValue());
            assertEquals("Bộ phận Văn hóa - Xã hội", row.getCell(4).getStringCellValue());
            assertEquals("Trong hạn", row.getCell(8).getStringCellValue());
            assertEquals("Đang thực hiện", row.getCell(9).getStringCellValue());
            assertEquals(40, row.getCell(10).getNumericCellValue(), 1e-9);
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
            assertTrue(List.of(day(today), day(today.minusDays(1))).contains(row.getCell(11).getStringCellValue()),
                    "reported today: " + row.getCell(11).getStringCellValue());
            assertEquals(1, row.getCell(12).getNumericCellValue(), 1e-9, "one evidence file");
        }
        branch.officer().download("units/" + branch.city() + "/progress.xlsx").expectError(404);
        t.as("sibling").download("units/" + branch.ward() + "/progress.xlsx").expectError(404);
    }

    /**
     * A tree of its own whose ward W1 holds an appraised 2024 assessment (so its roll-up carries a
     * current and a projected score): province P, city C, wards W1 and W2, their officers, the
     * city planner, the overseer and a staff account of W1's "Bộ phận Văn hóa - Xã hội".
     */
    private ItTree scoredTree() {
        ItTree t = new ItTree(base).unit("P", "Tỉnh Tiến Độ Có Điểm", "PROVINCE", null)
                .unit("C", "Thành phố Tiến Độ Có Điểm", "CITY", "P").unit("W1", "Phường Có Điểm", "WARD", "C")
                .unit("W2", "Phường Bên Cạnh", "WARD", "C").department("W1", "Bộ phận Văn hóa - Xã hội")
                .account("overseer", "P", "PROVINCE_OVERSEER").account("city", "C", "CITY_PLANNER")
                .account("ward", "W1", "WARD_OFFICER").account("sibling", "W2", "WARD_OFFICER")
                .staff("vhxh", "W1", "Bộ phận Văn hóa - Xã hội");
        Api overseer = t.as("overseer");
        long framework = Scoring.createFramework(overseer, t.code("P"), 2024);
        String path = "units/" + t.code("W1") + "/assessments/2024";
        // the overseer's scores on the draft appraise it (an appraiser scoring a draft appraises it)
        assertEquals("APPRAISED", overseer.put(path, Scoring.scores(framework, "80", "90", "100", "70", "100", "150", "120",
                "140")).expect(200).object().getString("status"));
        return t;
    }

    @Test
    void eachScreensDownloadButtonDeliversItsFile() throws Exception {
        String digits = Unique.digits();
        var tasks = Json.createArrayBuilder();
        for (String due : List.of("2030-03-31", "2030-06-30", "2030-09-30", "2030-12-31")) {
            tasks.add(Json.createObjectBuilder().add("solution", "Rà soát hồ sơ đến hạn " + due)
                    .add("lead", "UBND các phường, xã").add("coordinating", Json.createArrayBuilder())
                    .add("timeframe", "Trước " + day(java.time.LocalDate.parse(due))).add("due", due).add("cascade", true));
        }
        SeedScores seed = SeedScores.shared(base);
        String city = seed.code(SeedScores.CITY);
        long planId = seed.as("tp").post("plans", Api.signed(Json.createObjectBuilder()).add("unitCode", city)
                .add("number", digits + "/KH-UBND").add("title", "Kế hoạch thử tải tệp").add("year", 2024)
                .add("tasks", tasks).build()).expect(201).object().getJsonNumber("id").longValue();
        seed.as("tp").post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        java.nio.file.Path downloads = java.nio.file.Files.createTempDirectory("dtiplan-exports");
        try (Browser browser = Browser.open(base)) {
            browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                    java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.signIn(seed.tree().user("tp"), ItTree.PASSWORD, true);
            download(browser, "app/dashboard.xhtml?unit=" + city, "downloads:xlsx", downloads.resolve("tien-do-" + city + ".xlsx"),
                    "dashboard-downloads");
            download(browser, "app/matrix.xhtml?plan=" + planId, "downloads:xlsx",
                    downloads.resolve("tiep-nhan-" + digits + "-KH-UBND.xlsx"), "matrix-downloads");
            download(browser, "app/scorecard.xhtml?unit=" + city + "&year=2023", "downloads:xlsx",
                    downloads.resolve("ket-qua-" + city + "-2023.xlsx"), "scorecard-downloads");
            download(browser, "app/ranking.xhtml?unit=" + city + "&year=2023", "downloads:xlsx",
                    downloads.resolve("xep-hang-" + city + "-2023.xlsx"), "ranking-downloads");
            download(browser, "app/plan.xhtml?id=" + planId, "downloads:xlsx",
                    downloads.resolve("nhiem-vu-" + digits + "-KH-UBND.xlsx"), "plan-downloads");
            browser.click(org.openqa.selenium.By.id("downloads:docx"));
            java.nio.file.Path docx = downloads.resolve("ke-hoach-" + digits + "-KH-UBND.docx");
            awaitDownloaded(browser, docx);
            assertEquals("PK", new String(java.nio.file.Files.readAllBytes(docx), 0, 2, StandardCharsets.US_ASCII));
        }
    }

    /** Opens the screen, shoots it, clicks its download button and reads the workbook it delivers. */
    private static void download(Browser browser, String screen, String button, java.nio.file.Path file, String shot)
            throws java.io.IOException {
        browser.go(screen);
        browser.find(org.openqa.selenium.By.id(button));
        browser.shoot(shot);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(d ->
                Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
        browser.click(org.openqa.selenium.By.id(button));
        awaitDownloaded(browser, file);
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(java.nio.file.Files.readAllBytes(file)))) {
            assertTrue(book.getSheetAt(0).getLastRowNum() > 3, file + " holds rows");
        }
    }

    /**
     * Waits until the browser has finished writing {@code file}: it exists, is not empty, no
     * partial download ({@code .crdownload}) is left beside it, and its size held for one poll.
     */
    private static void awaitDownloaded(Browser browser, java.nio.file.Path file) {
        long[] last = {-1};
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .pollingEvery(java.time.Duration.ofMillis(300))
                .withMessage(() -> file + " was not downloaded completely (" + last[0] + " bytes)")
                .until(d -> {
                    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(file.getParent())) {
                        boolean partial = files.anyMatch(f -> f.toString().endsWith(".crdownload"));
                        long size = java.nio.file.Files.exists(file) ? java.nio.file.Files.size(file) : -1;
                        boolean done = !partial && size > 0 && size == last[0];
                        last[0] = size;
                        return done;
                    } catch (java.io.IOException e) {
                        return false;
                    }
                });
    }

    private static final java.util.Map<String, String> STATUS_WORDS = java.util.Map.of("NOT_STARTED", "Chưa bắt đầu",
            "IN_PROGRESS", "Đang thực hiện", "DONE", "Hoàn thành");

    private static final java.util.Map<String, String> DUE_WORDS = java.util.Map.of("DONE", "Đã hoàn thành",
            "OVERDUE", "Quá hạn", "DUE_SOON", "Sắp đến hạn", "ON_TRACK", "Trong hạn", "ONGOING", "Thường xuyên",
            "STALE", "Thường xuyên, lâu chưa cập nhật", "NO_DUE_DATE", "Không có hạn");

    private static XSSFWorkbook workbook(Api.Reply reply) throws java.io.IOException {
        return new XSSFWorkbook(new java.io.ByteArrayInputStream(reply.bytes()));
    }

    /** Tasks, pending, done, overdue and percent done in the workbook's columns 2–6. */
    private static void assertCounts(JsonObject counts, Row row) {
        String[] fields = {"tasks", "pending", "done", "overdue", "percentDone"};
        for (int i = 0; i < fields.length; i++) {
            assertEquals(counts.getInt(fields[i]), (int) row.getCell(2 + i).getNumericCellValue(),
                    fields[i] + " of " + counts.getString("unitCode"));
        }
    }
}
