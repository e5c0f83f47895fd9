package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The city's and province's boards (adoption, progress, scores, ranks and each unit's report for
 * the period due last), the audit trail read in scope, and the journey "province oversees" in a
 * browser, drilling down to a ward's task and its evidence.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OversightIT extends ProgressFixture {

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
            browser.click(org.openqa.selenium.By.cssSelector("#scores a.score-year[data-year='2023']"));
            browser.find(org.openqa.selenium.By.cssSelector("#scores a.score-year.active[data-year='2023']"));
            assertTrue(browser.text(org.openqa.selenium.By.cssSelector("#scores h2")).contains("2023"), "the year chosen");
            browser.shootAt(org.openqa.selenium.By.id("scores"), "dashboard-city-scores-2023");
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

}
