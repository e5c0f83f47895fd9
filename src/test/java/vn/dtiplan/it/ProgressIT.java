package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Progress and evidence over the API and the journey "province oversees" in a browser: who may report, what is refused (and changes nothing),
 * and roll-ups that count a ward's report at once at the ward, the city and the province. The
 * database is shared with other IT classes, so roll-ups are checked as differences.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressIT {

    private static final String WARD = "26509";
    private static final byte[] PDF = "%PDF-1.4\n% minh chứng\n".getBytes(StandardCharsets.UTF_8);

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private Api as(String user) {
        return Api.at(base).as(user);
    }

    /**
     * A city and one of its wards with a planner and an officer: the demo's Vũng Tàu and Phường 2
     * ({@link #demo()}) or the class's own ({@link #ownBranch()}).
     */
    private record Branch(String city, Api planner, String ward, Api officer) {
    }

    private Branch demo() {
        return new Branch("747", as("tp.vungtau"), WARD, as("phuong2.vungtau"));
    }

    /** The number of wards of the class's own city. */
    private static final int OWN_WARDS = 4;
    private static ItTree ownTree;

    /**
     * The class's own tree, made once, for the tests converted off the demo data: province P,
     * city C with wards W1–W4, a province overseer, the city planner, the officers of W1 and of
     * its sibling W2, and a staff account of W1's "Bộ phận Văn hóa - Xã hội".
     */
    private ItTree ownTree() {
        if (ownTree == null) {
            ItTree t = new ItTree(base).unit("P", "Tỉnh Tổng Hợp", "PROVINCE", null)
                    .unit("C", "Thành phố Tổng Hợp", "CITY", "P");
            for (int i = 1; i <= OWN_WARDS; i++) {
                t.unit("W" + i, "Phường Tổng Hợp " + i, "WARD", "C");
            }
            ownTree = t.department("W1", "Bộ phận Văn hóa - Xã hội").department("W1", "Bộ phận một cửa")
                    .account("overseer", "P", "PROVINCE_OVERSEER").account("city", "C", "CITY_PLANNER")
                    .account("ward", "W1", "WARD_OFFICER").account("sibling", "W2", "WARD_OFFICER")
                    .staff("vhxh", "W1", "Bộ phận Văn hóa - Xã hội");
        }
        return ownTree;
    }

    /** The API signed in as the own tree's account {@code suffix}. */
    private Api own(String suffix) {
        return ownTree().as(suffix);
    }

    private Branch ownBranch() {
        ItTree t = ownTree();
        return new Branch(t.code("C"), t.as("city"), t.code("W1"), t.as("ward"));
    }

    private long cityDraft(String due) {
        return cityDraft(demo(), due);
    }

    /** The city drafts a one-task plan due {@code due} whose task cascades; answers the plan's id. */
    private static long cityDraft(Branch branch, String due) {
        JsonObjectBuilder task = Json.createObjectBuilder().add("solution", "Cập nhật minh chứng lên phần mềm chấm điểm")
                .add("lead", "UBND các phường, xã").add("coordinating", Json.createArrayBuilder())
                .add("timeframe", "Trước " + java.time.LocalDate.parse(due).format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .add("due", due).add("cascade", true);
        JsonObject plan = Api.signed(Json.createObjectBuilder()).add("unitCode", branch.city())
                .add("number", "PR-" + Unique.digits() + "/KH-UBND")
                .add("title", "Kế hoạch thử tiến độ").add("year", 2024)
                .add("tasks", Json.createArrayBuilder().add(task)).build();
        return branch.planner().post("plans", plan).expect(201).object().getJsonNumber("id").longValue();
    }

    private long adoptedWardTask(String due, String lead) {
        return adoptedWardTask(demo(), due, lead);
    }

    /** The city issues a one-task plan due {@code due}; the branch's ward adopts its copy; answers the copy's id. */
    private static long adoptedWardTask(Branch branch, String due, String lead) {
        long planId = cityDraft(branch, due);
        branch.planner().post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonObject copy = branch.officer().get("units/" + branch.ward() + "/inbox").expect(200).array()
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getJsonNumber("planId").longValue() == planId)
                .findFirst().orElseThrow();
        long taskId = copy.getJsonNumber("id").longValue();
        assertEquals("progress.task.notTakenOn", branch.officer().post("tasks/" + taskId + "/progress",
                progress("IN_PROGRESS", 10)).expectError(409).getString("error"));
        branch.officer().post("inherited/" + taskId + "/decision", Json.createObjectBuilder().add("action", "ADOPT")
                .add("leadDepartment", lead).build()).expect(200);
        return taskId;
    }

    private static JsonObject progress(String status, int percent) {
        return Json.createObjectBuilder().add("status", status).add("percent", percent).build();
    }

    private JsonObject rollup(String user, String unit) {
        return rollup(as(user), unit);
    }

    private static JsonObject rollup(Api caller, String unit) {
        return caller.get("units/" + unit + "/progress").expect(200).object();
    }

    private static JsonObject child(JsonObject rollup, String code) {
        return rollup.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("unitCode").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aWardReportAppearsAtOnceAtEveryLevelAndAnOverdueTaskCountsAtEveryLevel() {
        Branch branch = ownBranch();
        String city = branch.city();
        String ward = branch.ward();
        String province = ownTree().code("P");
        Api overseer = ownTree().as("overseer");
        JsonObject ward0 = rollup(branch.officer(), ward);
        JsonObject city0 = rollup(branch.planner(), city);
        JsonObject province0 = rollup(overseer, province);

        long taskId = adoptedWardTask(branch, "2024-01-31", "Bộ phận Văn hóa - Xã hội");
        JsonObject ward1 = rollup(branch.officer(), ward);
        JsonObject city1 = rollup(branch.planner(), city);
        JsonObject province1 = rollup(overseer, province);
        assertEquals(1, ward1.getInt("tasks") - ward0.getInt("tasks"));
        assertEquals(1, ward1.getInt("overdue") - ward0.getInt("overdue"), "due 2024-01-31, not done");
        assertEquals(1, child(city1, ward).getInt("overdue") - child(city0, ward).getInt("overdue"));
        assertEquals(OWN_WARDS, city1.getInt("pending") - city0.getInt("pending") + 1,
                "the city's other wards are still pending");
        assertEquals(OWN_WARDS, city1.getInt("tasks") - city0.getInt("tasks"), "the cascaded task counts through its copies");
        assertEquals(OWN_WARDS, child(province1, city).getInt("overdue") - child(province0, city).getInt("overdue"),
                "the city's copies are all overdue, adopted or not");

        JsonObject done = branch.officer().post("tasks/" + taskId + "/progress",
                Json.createObjectBuilder().add("status", "DONE").add("note", "Đã cập nhật đủ minh chứng").build())
                .expect(200).object();
        assertEquals(100, done.getInt("percent"));
        JsonObject city2 = rollup(branch.planner(), city);
        JsonObject province2 = rollup(overseer, province);
        assertEquals(1, rollup(branch.officer(), ward).getInt("done") - ward1.getInt("done"));
        assertEquals(1, city2.getInt("done") - city1.getInt("done"));
        assertEquals(-1, city2.getInt("overdue") - city1.getInt("overdue"));
        assertEquals(1, child(province2, city).getInt("done") - child(province1, city).getInt("done"));
        assertEquals(-1, province2.getInt("overdue") - province1.getInt("overdue"));
    }

    @Test
    void onlyTheOwningUnitReportsAndRefusalsChangeNothing() {
        long taskId = adoptedWardTask(ownBranch(), "2030-12-31", "Bộ phận một cửa");
        String path = "tasks/" + taskId + "/progress";
        own("ward").post(path, progress("IN_PROGRESS", 40)).expect(200);

        assertEquals("progress.notOwner", own("city").post(path, progress("IN_PROGRESS", 60)).expectError(403)
                .getString("error"));
        own("sibling").post(path, progress("IN_PROGRESS", 60)).expectError(404);
        own("sibling").get(path).expectError(404);
        assertEquals("progress.notLead", own("vhxh").post(path, progress("IN_PROGRESS", 60)).expectError(403)
                .getString("error"));
        JsonObject tooMuch = own("ward").post(path, progress("IN_PROGRESS", 150)).expectError(422);
        assertEquals("progress.percent.range", tooMuch.getString("error"));
        assertTrue(tooMuch.getString("message").contains("0 đến 100"), tooMuch.toString());
        own("ward").post(path, Json.createObjectBuilder().add("status", "FINISHED").build()).expectError(422);

        JsonArray history = own("city").get(path).expect(200).array();
        assertEquals(1, history.size(), "refused reports leave no trace");
        assertEquals(40, history.getJsonObject(0).getInt("percent"));
        assertEquals(ownTree().user("ward"), history.getJsonObject(0).getString("reportedBy"));

        JsonArray audit = own("city").get("audit/TASK/" + taskId).expect(200).array();
        assertTrue(audit.getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("action").equals("PROGRESS")
                && e.getString("actor").equals(ownTree().user("ward"))
                && e.getJsonObject("changes").getJsonObject("percent").getString("to").equals("40")), audit.toString());
        own("sibling").get("audit/TASK/" + taskId).expectError(404);
    }

    @Test
    void aFileUploadedOnTheScreenIsStoredOnceEvenWhenThePageIsRefreshed() throws Exception {
        long taskId = adoptedWardTask("2030-12-31", "Bộ phận Văn hóa - Xã hội");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("bien-ban-", ".pdf");
        java.nio.file.Files.write(file, PDF);
        try (Browser browser = Browser.open(base)) {
            browser.go("app/home.xhtml").signIn("phuong2.vungtau");
            browser.go("app/task-progress.xhtml?task=" + taskId);
            browser.find(org.openqa.selenium.By.id("upload:file")).sendKeys(file.toString());
            browser.click(org.openqa.selenium.By.id("upload:send-file"));
            waitFor(browser, "messages", "Đã lưu minh chứng");
            assertEquals("task=" + taskId, java.net.URI.create(browser.driver().getCurrentUrl()).getQuery(),
                    "the page was opened afresh at its own address");
            browser.driver().navigate().refresh();
            browser.find(org.openqa.selenium.By.cssSelector("a.evidence-file"));
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertEquals(1, as("phuong2.vungtau").get("tasks/" + taskId + "/evidence").expect(200).array().size(),
                "a refresh after the upload did not send the file again");
    }

    @Test
    void evidenceFilesAreCheckedStoredAndServedToUnitsAbove() {
        long taskId = adoptedWardTask(ownBranch(), "2030-12-31", "Bộ phận Văn hóa - Xã hội");
        Api staff = own("vhxh");
        String path = "tasks/" + taskId + "/evidence";

        JsonObject stored = upload(staff, path, "Báo cáo tháng 6-2024.pdf", PDF).expect(201).object();
        assertEquals("Báo_cáo_tháng_6-2024.pdf", stored.getString("name"));
        byte[] downloaded = own("overseer").get("evidence/" + stored.getJsonNumber("id").longValue()).expect(200).bytes();
        assertArrayEquals(PDF, downloaded);
        own("sibling").get("evidence/" + stored.getJsonNumber("id").longValue()).expectError(404);

        byte[] elf = {0x7F, 'E', 'L', 'F', 0, 0};
        assertEquals("evidence.type", upload(staff, path, "bao-cao.pdf", elf).expectError(422).getString("error"));
        byte[] big = Arrays.copyOf(PDF, (int) ItDatabase.EVIDENCE_LIMIT + 1);
        JsonObject tooLarge = upload(staff, path, "lon.pdf", big).expectError(422);
        assertEquals("evidence.tooLarge", tooLarge.getString("error"));
        assertTrue(tooLarge.getString("message").contains("1 MB"), tooLarge.toString());
        assertEquals("evidence.link.invalid", staff.post(path, Json.createObjectBuilder().add("url", "javascript:alert(1)")
                .build()).expectError(422).getString("error"));
        staff.post(path, Json.createObjectBuilder().add("url", "https://dichvucong.baria-vungtau.gov.vn/")
                .add("title", "Cổng dịch vụ công").build()).expect(201);

        JsonArray listed = own("city").get(path).expect(200).array();
        assertEquals(2, listed.size(), "only the accepted file and the link: " + listed);
    }

    @Test
    void theUploaderRemovesEvidenceWhileTheTaskIsOpenAndTheTrailKeepsIt() {
        ItTree tree = new ItTree(base).unit("P", "Tỉnh Minh Chứng", "PROVINCE", null)
                .unit("W", "Phường Minh Chứng", "WARD", "P").account("ward", "W", "WARD_OFFICER")
                .account("other", "W", "WARD_OFFICER");
        Api ward = tree.as("ward");
        long plan = ward.post("plans", Api.signed(Json.createObjectBuilder()).add("unitCode", tree.code("W"))
                .add("number", Unique.digits() + "/KH-UBND").add("title", "Kế hoạch minh chứng").add("year", 2030)
                .add("tasks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("solution", "Số hóa hồ sơ")
                        .add("lead", "UBND phường").add("timeframe", "Quý IV/2030"))).build())
                .expect(201).object().getJsonNumber("id").longValue();
        ward.post("plans/" + plan + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        long taskId = ward.get("plans/" + plan).expect(200).object().getJsonArray("tasks").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String path = "tasks/" + taskId + "/evidence";
        long first = upload(ward, path, "bien-ban-1.pdf", PDF).expect(201).object().getJsonNumber("id").longValue();
        long second = upload(ward, path, "bien-ban-2.pdf", PDF).expect(201).object().getJsonNumber("id").longValue();

        assertEquals("evidence.remove.notUploader", tree.as("other").send(tree.as("other")
                .request(tree.as("other").api("evidence/" + first)).DELETE()).expectError(422).getString("error"));
        assertEquals(204, ward.send(ward.request(ward.api("evidence/" + first)).DELETE()).status());
        assertEquals(List.of(second), ward.get(path).expect(200).array().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonNumber("id").longValue()).toList());
        ward.get("evidence/" + first).expectError(404);
        assertTrue(ward.get("audit/TASK/" + taskId).expect(200).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> "EVIDENCE_REMOVED".equals(e.getString("action"))), "the trail keeps the removal");

        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("ward"), ItTree.PASSWORD, true).go("app/task-progress.xhtml?task=" + taskId);
            browser.click(org.openqa.selenium.By.cssSelector(".remove-evidence"));
            browser.shoot("evidence-remove-confirm");
            browser.click(org.openqa.selenium.By.cssSelector(".ui-confirmdialog-yes"));
            waitFor(browser, "messages", "Đã gỡ minh chứng");
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector("a.evidence-file")).isEmpty());
        }
        assertTrue(ward.get(path).expect(200).array().isEmpty());

        long third = upload(ward, path, "bien-ban-3.pdf", PDF).expect(201).object().getJsonNumber("id").longValue();
        ward.post("tasks/" + taskId + "/progress", Json.createObjectBuilder().add("status", "DONE").add("percent", 100)
                .build()).expect(200);
        assertEquals("evidence.remove.taskDone", ward.send(ward.request(ward.api("evidence/" + third)).DELETE())
                .expectError(422).getString("error"));
        assertEquals(1, ward.get(path).expect(200).array().size());
    }

    // ---- Issue 6: the dashboard as an Excel workbook, the same figures as GET /units/{code}/progress ----

    @Test
    void theProgressWorkbookHoldsTheRollupOfTheApiAndTheUnitsTasks() throws Exception {
        java.time.LocalDate due = java.time.LocalDate.of(2035, 1, 1).plusDays(Unique.below(3000));
        long taskId = adoptedWardTask(due.toString(), "Bộ phận Văn hóa - Xã hội");
        as("phuong2.vungtau").post("tasks/" + taskId + "/progress", progress("IN_PROGRESS", 40)).expect(200);
        upload(as("vhxh.phuong2"), "tasks/" + taskId + "/evidence", "Báo cáo quý.pdf", PDF).expect(201);
        for (String[] caller : new String[][] {{"tp.vungtau", "747"}, {"phuong2.vungtau", WARD}}) {
            JsonObject rollup = rollup(caller[0], caller[1]);
            try (XSSFWorkbook book = workbook(as(caller[0]).download("units/" + caller[1] + "/progress.xlsx").expect(200))) {
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
        List<JsonObject> listed = as("phuong2.vungtau").get("units/" + WARD + "/progress/tasks").expect(200).array()
                .getValuesAs(JsonObject.class);
        try (XSSFWorkbook book = workbook(as("phuong2.vungtau").download("units/" + WARD + "/progress.xlsx").expect(200))) {
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
        as("phuong2.vungtau").download("units/747/progress.xlsx").expectError(404);
        as("phuong3.vungtau").download("units/" + WARD + "/progress.xlsx").expectError(404);
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
        long planId = as("tp.vungtau").post("plans", Api.signed(Json.createObjectBuilder()).add("unitCode", "747")
                .add("number", digits + "/KH-UBND").add("title", "Kế hoạch thử tải tệp").add("year", 2024)
                .add("tasks", tasks).build()).expect(201).object().getJsonNumber("id").longValue();
        as("tp.vungtau").post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        java.nio.file.Path downloads = java.nio.file.Files.createTempDirectory("dtiplan-exports");
        try (Browser browser = Browser.open(base)) {
            browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                    java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.signIn("tp.vungtau");
            download(browser, "app/dashboard.xhtml?unit=747", "downloads:xlsx", downloads.resolve("tien-do-747.xlsx"),
                    "dashboard-downloads");
            download(browser, "app/matrix.xhtml?plan=" + planId, "downloads:xlsx",
                    downloads.resolve("tiep-nhan-" + digits + "-KH-UBND.xlsx"), "matrix-downloads");
            download(browser, "app/scorecard.xhtml?unit=747&year=2023", "downloads:xlsx",
                    downloads.resolve("ket-qua-747-2023.xlsx"), "scorecard-downloads");
            download(browser, "app/ranking.xhtml?unit=747&year=2023", "downloads:xlsx",
                    downloads.resolve("xep-hang-747-2023.xlsx"), "ranking-downloads");
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

    private static final java.util.Map<String, String> REPORT_WORDS = java.util.Map.of("DRAFT", "Đang soạn",
            "SUBMITTED", "Đã gửi", "APPROVED", "Đã duyệt", "RETURNED", "Bị trả lại", "MISSING", "Chưa có");
    private static final java.util.Map<String, String> STATUS_WORDS = java.util.Map.of("NOT_STARTED", "Chưa bắt đầu",
            "IN_PROGRESS", "Đang thực hiện", "DONE", "Hoàn thành");
    private static final java.util.Map<String, String> DUE_WORDS = java.util.Map.of("DONE", "Đã hoàn thành",
            "OVERDUE", "Quá hạn", "DUE_SOON", "Sắp đến hạn", "ON_TRACK", "Trong hạn", "ONGOING", "Thường xuyên",
            "STALE", "Thường xuyên, lâu chưa cập nhật", "NO_DUE_DATE", "Không có hạn");

    private static XSSFWorkbook workbook(Api.Reply reply) throws java.io.IOException {
        return new XSSFWorkbook(new java.io.ByteArrayInputStream(reply.bytes()));
    }

    private static String day(java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** Tasks, pending, done, overdue and percent done in the workbook's columns 2–6. */
    private static void assertCounts(JsonObject counts, Row row) {
        String[] fields = {"tasks", "pending", "done", "overdue", "percentDone"};
        for (int i = 0; i < fields.length; i++) {
            assertEquals(counts.getInt(fields[i]), (int) row.getCell(2 + i).getNumericCellValue(),
                    fields[i] + " of " + counts.getString("unitCode"));
        }
    }

    private static Api.Reply upload(Api api, String path, String name, byte[] content) {
        HttpRequest.Builder request = api.request(api.api(path + "?name="
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        return api.send(request);
    }

    @Test
    @Tag("smoke")
    void progressRollupAnswersTheContractFields() {
        JsonObject city = rollup("tp.vungtau", "747");
        for (String field : new String[] {"unitCode", "tasks", "pending", "adopted", "declined", "done", "overdue"}) {
            assertTrue(city.containsKey(field), field + " in " + city);
        }
        assertEquals(17, city.getJsonArray("children").size());
        as("phuong2.vungtau").get("units/747/progress").expectError(404);
        as("phuong3.vungtau").get("units/" + WARD + "/progress").expectError(404);
    }

    @Test
    void tasksShowThePointsTheyCanWinBackAndTheUnitItsProjectedScore() {
        JsonObject ward = rollup("tp.vungtau", WARD);
        assertEquals(2024, ward.getInt("scoreYear"), "the demo's latest published result of Phường 2");
        assertEquals(0, new java.math.BigDecimal("90").compareTo(ward.getJsonNumber("currentScore").bigDecimalValue()));
        java.math.BigDecimal projected = ward.getJsonNumber("projectedScore").bigDecimalValue();
        assertTrue(projected.compareTo(new java.math.BigDecimal("90")) > 0
                && projected.compareTo(java.math.BigDecimal.valueOf(100)) <= 0,
                "90 + what the demo tasks can still win in 2024, each criterion once, never above 100: " + projected);
        assertTrue(!rollup("tinh.brvt", "77").containsKey("currentScore"), "the province has no assessment");

        JsonArray tasks = as("phuong2.vungtau").get("units/" + WARD + "/progress/tasks").expect(200).array();
        assertEquals(new java.math.BigDecimal("1"), pointsOf(tasks, t -> "3.5".equals(t.getString("criterionCode", null))),
                "4638's 3.5 is the ward framework's 6.3 by title: 4 − 3 (2024)");
        assertEquals("Chính quyền số", tasks.getValuesAs(JsonObject.class).stream()
                .filter(t -> "3.5".equals(t.getString("criterionCode", null))).findFirst().orElseThrow().getString("pillar"),
                "6.3 is a criterion of the pillar Chính quyền số");
        assertEquals(new java.math.BigDecimal("0.5"), pointsOf(tasks,
                t -> t.getString("solution").startsWith("Tăng cường công tác số hóa")), "6.1 by title: 2 − 1.5 (2024)");
        assertEquals(new java.math.BigDecimal("0.5"), pointsOf(tasks,
                t -> t.getString("solution").startsWith("Tăng cường nhắc nhở")), "a whole pillar: 3 − 2.5 (2024)");
        as("phuong3.vungtau").get("units/" + WARD + "/progress/tasks").expectError(404);
    }

    @Test
    void theCityAndProvinceBoardsRollUpAdoptionProgressScoresAndRanks() {
        JsonObject city = as("tp.vungtau").get("units/747/oversight").expect(200).object();
        JsonArray rows = city.getJsonArray("rows");
        assertEquals(17, rows.size(), "the city's 17 wards");
        JsonObject ward2 = row(rows, WARD);
        assertEquals(0, new java.math.BigDecimal("90").compareTo(ward2.getJsonNumber("score").bigDecimalValue()),
                "the demo's 2024 result");
        assertEquals(2, ward2.getInt("rank"));
        assertEquals(17, ward2.getInt("rankOf"));
        assertEquals(child(rollup("tp.vungtau", "747"), WARD).getInt("tasks"), ward2.getInt("tasks"),
                "the same grouped roll-up as the progress API");
        JsonObject scores = city.getJsonObject("scores");
        assertEquals(2024, scores.getInt("year"));
        assertEquals(8, scores.getJsonArray("pillars").size());
        JsonObject ward2Scores = row(scores.getJsonArray("rows"), WARD);
        assertEquals(new java.math.BigDecimal("42.5"),
                ward2Scores.getJsonArray("pillars").getJsonObject(5).getJsonNumber("score").bigDecimalValue());
        assertTrue(ward2Scores.getJsonArray("pillars").getJsonObject(5).containsKey("rank"), ward2Scores.toString());

        JsonArray province = as("tinh.brvt").get("units/77/oversight").expect(200).object().getJsonArray("rows");
        JsonObject vungTau = row(province, "747");
        assertTrue(!vungTau.getBoolean("nested"));
        assertEquals(2, vungTau.getInt("rank"));
        assertEquals(8, vungTau.getInt("rankOf"));
        assertTrue(row(province, WARD).getBoolean("nested"), "the province sees the wards under their city");
        assertEquals(city.getJsonArray("rows").size() + 1, province.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("unitCode").equals("747") || r.getBoolean("nested")
                        && rows.getValuesAs(JsonObject.class).stream().anyMatch(w -> w.getString("unitCode")
                        .equals(r.getString("unitCode")))).count());
        as("phuong3.vungtau").get("units/747/oversight").expectError(404);
        as("tp.vungtau").get("units/77/oversight").expectError(404);
    }

    @Test
    void theBoardsShowEachUnitsReportForThePeriodDueLastAndItsOnTimeRate() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        java.time.LocalDate due = today.getDayOfMonth() >= 20 ? today.withDayOfMonth(20)
                : today.minusMonths(1).withDayOfMonth(20);
        Api ward = as("phuong2.vungtau");
        Api.Reply reply = ward.post("units/" + WARD + "/reports", Json.createObjectBuilder().add("frequency", "MONTHLY")
                .add("date", due.toString()).build());
        assertTrue(reply.status() == 201 || due.equals(today) && reply.status() == 200,
                "new, unless the sweep drafted it on its due day: " + reply.body());
        JsonObject drafted = reply.object();
        long id = drafted.getJsonNumber("id").longValue();
        JsonObject draftBoard = as("tp.vungtau").get("units/747/oversight").expect(200).object();
        assertEquals(due.toString(), draftBoard.getJsonObject("reportPeriod").getString("due"));
        JsonObject asDraft = row(draftBoard.getJsonArray("rows"), WARD).getJsonObject("report");
        assertEquals("DRAFT", asDraft.getString("status"));
        assertEquals(id, asDraft.getJsonNumber("id").longValue());
        assertEquals(due.isBefore(today), asDraft.getBoolean("late"), "a draft is late once its due day has passed");

        JsonObject submitted = ward.post("reports/" + id + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200).object();
        JsonObject rate = ward.get("units/" + WARD + "/reports").expect(200).object().getJsonObject("onTime");
        for (String[] board : new String[][] {{"tp.vungtau", "747"}, {"tinh.brvt", "77"}}) {
            JsonObject shown = row(as(board[0]).get("units/" + board[1] + "/oversight").expect(200).object()
                    .getJsonArray("rows"), WARD);
            assertEquals("SUBMITTED", shown.getJsonObject("report").getString("status"), board[1]);
            assertEquals(!submitted.getBoolean("onTime"), shown.getJsonObject("report").getBoolean("late"),
                    "sent after the due day: late for good");
            assertEquals(rate, shown.getJsonObject("onTime"), "the rate of the reports screen");
        }
        assertTrue(rate.getInt("counted") >= 3, "May and June 2024 and this period: " + rate);

        JsonObject other = row(as("tp.vungtau").get("units/747/oversight").expect(200).object().getJsonArray("rows"), "26512")
                .getJsonObject("report");
        assertTrue(List.of("MISSING", "DRAFT").contains(other.getString("status")), other.toString());
        assertEquals(due.isBefore(today), other.getBoolean("late"), "Phường 3 has not sent it: " + other);
        as("phuong3.vungtau").get("audit/REPORT/" + id).expectError(404);
        assertEquals("SUBMIT", as("tinh.brvt").get("audit/REPORT/" + id).expect(200).array().getJsonObject(0)
                .getString("action"));
    }

    private static JsonObject row(JsonArray rows, String code) {
        return rows.getValuesAs(JsonObject.class).stream().filter(r -> r.getString("unitCode").equals(code))
                .findFirst().orElseThrow(() -> new AssertionError(code + " in " + rows));
    }

    @Test
    void plansTasksDecisionsReviewsAndScoresAreAuditedAndReadOnlyInScope() {
        long planId = cityDraft("2030-06-30");
        long cityTask = as("tp.vungtau").get("plans/" + planId).expect(200).object().getJsonArray("tasks")
                .getJsonObject(0).getJsonNumber("id").longValue();
        as("tp.vungtau").patch("tasks/" + cityTask, Json.createObjectBuilder()
                .add("solution", "Cập nhật minh chứng đầy đủ").build()).expect(200);
        as("tp.vungtau").post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonArray plan = as("tp.vungtau").get("audit/PLAN/" + planId).expect(200).array();
        assertEquals(java.util.List.of("ISSUE", "CREATE"), actions(plan));
        assertEquals("ISSUED", event(plan, "ISSUE").getJsonObject("changes").getJsonObject("status").getString("to"));
        assertEquals("tp.vungtau", event(plan, "CREATE").getString("actor"));
        assertTrue(event(plan, "CREATE").containsKey("address"), plan.toString());
        JsonObject amended = event(as("tp.vungtau").get("audit/TASK/" + cityTask).expect(200).array(), "UPDATE");
        assertEquals("Cập nhật minh chứng đầy đủ", amended.getJsonObject("changes").getJsonObject("solution").getString("to"));

        long ward2Copy = copyIn(WARD, planId);
        as("phuong2.vungtau").post("inherited/" + ward2Copy + "/decision", Json.createObjectBuilder().add("action", "ADOPT")
                .add("leadDepartment", "Văn thư").build()).expect(200);
        JsonObject decision = event(as("tp.vungtau").get("audit/TASK/" + ward2Copy).expect(200).array(), "DECISION");
        assertEquals("phuong2.vungtau", decision.getString("actor"));
        assertEquals("ADOPTED", decision.getJsonObject("changes").getJsonObject("state").getString("to"));
        long ward3Copy = copyIn("26512", planId);
        as("phuong3.vungtau").post("inherited/" + ward3Copy + "/decision", Json.createObjectBuilder().add("action", "DECLINE")
                .add("reason", "Phường đã hoàn thành từ năm trước").build()).expect(200);
        as("tp.vungtau").post("inherited/" + ward3Copy + "/review", Json.createObjectBuilder().add("accept", true).build())
                .expect(200);
        JsonArray ward3Trail = as("phuong3.vungtau").get("audit/TASK/" + ward3Copy).expect(200).array();
        assertEquals(java.util.List.of("DECLINE_REVIEW", "DECISION"), actions(ward3Trail));
        assertEquals("tp.vungtau", event(ward3Trail, "DECLINE_REVIEW").getString("actor"));

        int year = 2041;
        long framework = as("tinh.brvt").post("frameworks", Json.createObjectBuilder().add("issuerCode", "77")
                .add("year", year).add("level", "WARD").add("name", "Bộ chỉ số thử nhật ký " + year)
                .add("pillars", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Chính quyền số")
                        .add("max", 50).add("criteria", Json.createArrayBuilder()))).build())
                .expect(201).object().getJsonNumber("id").longValue();
        String scores = "units/26512/assessments/" + year;
        as("phuong3.vungtau").put(scores, Json.createObjectBuilder().add("frameworkId", framework)
                .add("pillars", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Chính quyền số")
                        .add("score", 40))).build()).expect(200);
        as("phuong3.vungtau").post(scores + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonArray assessment = as("tp.vungtau").get("audit/ASSESSMENT/26512:" + year).expect(200).array();
        assertEquals(java.util.List.of("SUBMITTED", "CREATE"), actions(assessment));
        try (Browser browser = Browser.open(base)) {
            browser.go("app/home.xhtml").signIn("tp.vungtau");
            browser.go("app/scorecard.xhtml?unit=26512&year=" + year);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#change-history .history-action")).size() == 2);
            assertEquals(java.util.List.of("Gửi kết quả tự chấm", "Tạo mới"), browser.driver()
                    .findElements(org.openqa.selenium.By.cssSelector("#change-history .history-action")).stream()
                    .map(org.openqa.selenium.WebElement::getText).toList(), "the scorecard shows the assessment's trail");
            browser.shootAt(org.openqa.selenium.By.id("change-history"), "scorecard-history");
        }
        assertEquals("40 / ", event(assessment, "CREATE").getJsonObject("changes").getJsonObject("Chính quyền số")
                .getString("to"));

        as("phuong3.vungtau").get("audit/TASK/" + ward2Copy).expectError(404);
        as("phuong3.vungtau").get("audit/ASSESSMENT/26509:2023").expectError(404);
        as("phuong2.vungtau").get("audit/PLAN/999999999").expectError(404);
        as("tp.vungtau").get("audit/SOMETHING/1").expectError(404);
        JsonArray account = as("admin").get("audit/ACCOUNT/phuong2.vungtau").expect(200).array();
        assertTrue(account.isEmpty() || "CREATE".equals(account.getJsonObject(0).getString("action")), account.toString());
        as("phuong3.vungtau").get("audit/ACCOUNT/phuong2.vungtau").expectError(404);
    }

    private long copyIn(String unit, long planId) {
        String user = unit.equals(WARD) ? "phuong2.vungtau" : "phuong3.vungtau";
        return as(user).get("units/" + unit + "/inbox").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("planId").longValue() == planId).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static java.util.List<String> actions(JsonArray trail) {
        return trail.getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
    }

    private static JsonObject event(JsonArray trail, String action) {
        return trail.getValuesAs(JsonObject.class).stream().filter(e -> e.getString("action").equals(action))
                .findFirst().orElseThrow(() -> new AssertionError(action + " in " + trail));
    }

    private static java.math.BigDecimal pointsOf(JsonArray tasks, java.util.function.Predicate<JsonObject> which) {
        JsonObject task = tasks.getValuesAs(JsonObject.class).stream().filter(which).findFirst().orElseThrow();
        return task.getJsonNumber("pointsAtStake").bigDecimalValue();
    }

    @Test
    void provinceDrillsDownToAWardTaskAndItsEvidence() throws Exception {
        java.nio.file.Path downloads = java.nio.file.Files.createTempDirectory("dtiplan-downloads");
        try (Browser browser = Browser.open(base)) {
            browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                    java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.go("app/home.xhtml").signIn("tinh.brvt");
            browser.click(org.openqa.selenium.By.id("nav-dashboard"));
            waitFor(browser, "dashboard-unit", "Bà Rịa - Vũng Tàu");
            browser.shoot("dashboard-province");
            browser.shootAt(org.openqa.selenium.By.id("scores"), "dashboard-province-scores");
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#children tr.nested, #heatmap tr.nested"))
                    .isEmpty(), "the province's board lists its direct children only");
            browser.click(org.openqa.selenium.By.cssSelector("a.open-child[data-unit='747']"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#children tr.nested")).size() == 17);
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#heatmap tr.nested")).size() > 0,
                    "the heat map shows the opened city's wards too");
            browser.shoot("dashboard-province-open");
            browser.click(org.openqa.selenium.By.cssSelector("a.drill[data-unit='747']"));
            waitFor(browser, "dashboard-unit", "Vũng Tàu");
            assertTrue(Integer.parseInt(browser.text(org.openqa.selenium.By.id("kpi-overdue"))) > 0,
                    "wards that report nothing have overdue tasks");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#heatmap table.heat td.heat-0")).size() > 0);
            assertEquals(17 * 7, browser.driver().findElements(org.openqa.selenium.By.cssSelector("#heatmap td")).size(),
                    "17 wards × 6 figures and their report");
            JsonObject ward2 = row(as("tp.vungtau").get("units/747/oversight").expect(200).object().getJsonArray("rows"), WARD);
            assertEquals(REPORT_WORDS.get(ward2.getJsonObject("report").getString("status")), browser.text(
                    org.openqa.selenium.By.cssSelector("#children a.report-status[data-unit='" + WARD + "']")));
            assertTrue(browser.text(org.openqa.selenium.By.id("report-period")).contains("Hạn nộp"));
            browser.shoot("dashboard-city");
            browser.shootAt(org.openqa.selenium.By.id("children"), "dashboard-city-children");
            browser.shootAt(org.openqa.selenium.By.id("scores"), "dashboard-city-scores");
            browser.shootAt(org.openqa.selenium.By.id("heatmap"), "dashboard-city-heatmap");
            browser.click(org.openqa.selenium.By.cssSelector("a.drill[data-unit='" + WARD + "']"));
            waitFor(browser, "dashboard-unit", "Phường 2");
            assertEquals("90", browser.text(org.openqa.selenium.By.id("score-current")), "the demo's 2024 result");
            browser.shoot("dashboard-ward");
            assertWardPillarsAndReport(browser);
            browser.click(org.openqa.selenium.By.cssSelector("#tasks a.task-link"));
            waitFor(browser, "current-progress", "Hoàn thành");
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("report:save")).isEmpty(),
                    "the province sees the task but may not report on it");
            browser.shoot("task-progress-province");
            browser.shootAt(org.openqa.selenium.By.id("change-history"), "task-progress-history");
            browser.click(org.openqa.selenium.By.cssSelector("a.evidence-file"));
            java.nio.file.Path file = downloads.resolve("Biên_bản_kiểm_tra.pdf");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> java.nio.file.Files.exists(file) && file.toFile().length() > 0);
            byte[] pdf = java.nio.file.Files.readAllBytes(file);
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

            long planId = cityDraft("2030-09-30");
            as("tp.vungtau").post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
            browser.go("app/plan.xhtml?id=" + planId);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#change-history .history-action")).size() == 2);
            assertEquals(java.util.List.of("Ban hành", "Tạo mới"), browser.driver()
                    .findElements(org.openqa.selenium.By.cssSelector("#change-history .history-action")).stream()
                    .map(org.openqa.selenium.WebElement::getText).toList());
            String history = browser.text(org.openqa.selenium.By.id("change-history"));
            assertTrue(history.contains("Trạng thái") && history.contains("Đang soạn") && history.contains("Đã ban hành")
                    && history.contains("Số hiệu"), "field names and states in Vietnamese: " + history);
            browser.shootAt(org.openqa.selenium.By.id("change-history"), "plan-history");
        }
    }

    /**
     * The ward's tasks by pillar hold the figures of GET …/progress/tasks grouped by pillar, and its
     * report card the status of its report for the period its city's board shows.
     */
    private void assertWardPillarsAndReport(Browser browser) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#pillar-chart canvas")).isEmpty());
        java.util.Map<String, int[]> expected = new java.util.HashMap<>();
        as("tinh.brvt").get("units/" + WARD + "/progress/tasks").expect(200).array().getValuesAs(JsonObject.class)
                .forEach(t -> {
                    int[] c = expected.computeIfAbsent(t.getString("pillar", "Chưa gắn tiêu chí"), k -> new int[3]);
                    c[0]++;
                    c[1] += t.getString("status").equals("DONE") ? 1 : 0;
                    c[2] += t.getString("dueState").equals("OVERDUE") ? 1 : 0;
                });
        List<org.openqa.selenium.WebElement> rows = browser.driver()
                .findElements(org.openqa.selenium.By.cssSelector("table.pillar-tally tbody tr"));
        assertTrue(rows.size() >= 8, "every pillar of the ward framework: " + rows.size());
        int counted = 0;
        for (org.openqa.selenium.WebElement row : rows) {
            String pillar = row.findElement(org.openqa.selenium.By.tagName("th")).getText();
            int[] shown = row.findElements(org.openqa.selenium.By.tagName("td")).stream()
                    .mapToInt(td -> Integer.parseInt(td.getText())).toArray();
            assertArrayEquals(expected.getOrDefault(pillar, new int[3]), shown, pillar);
            counted += shown[0];
        }
        assertEquals(expected.values().stream().mapToInt(c -> c[0]).sum(), counted, "every task under one pillar row");
        assertTrue(expected.getOrDefault("Chính quyền số", new int[1])[0] > 0, expected.keySet().toString());

        JsonObject report = row(as("tinh.brvt").get("units/747/oversight").expect(200).object().getJsonArray("rows"), WARD)
                .getJsonObject("report");
        String due = as("tinh.brvt").get("units/747/oversight").expect(200).object().getJsonObject("reportPeriod")
                .getString("due");
        String first = browser.text(org.openqa.selenium.By.cssSelector("#own-reports .report-periods li"));
        assertTrue(first.contains(day(java.time.LocalDate.parse(due))), first);
        assertTrue(first.contains(REPORT_FULL_WORDS.get(report.getString("status"))), report + " shown as " + first);
        assertEquals(report.getBoolean("late"), first.contains("Trễ hạn"), first);
        browser.shootAt(org.openqa.selenium.By.id("own-reports"), "dashboard-ward-reports");
        browser.shootAt(org.openqa.selenium.By.id("by-pillar"), "dashboard-ward-pillars");
    }

    private static final java.util.Map<String, String> REPORT_FULL_WORDS = java.util.Map.of("DRAFT", "Đang soạn",
            "SUBMITTED", "Đã gửi, chờ duyệt", "APPROVED", "Đã duyệt", "RETURNED", "Bị trả lại", "MISSING", "Chưa có báo cáo");

    private static void waitFor(Browser browser, String id, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(org.openqa.selenium.By.id(id)).isEmpty()
                        && d.findElement(org.openqa.selenium.By.id(id)).getText().contains(text));
    }
}
