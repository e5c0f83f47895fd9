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
 * browser, drilling down to a ward's task and its evidence. Everything stands on the class's own
 * tree and results ({@link #board()}), never on the demo's.
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

    /** The year of the board tree's results. */
    private static final int YEAR = 2024;

    private static final String LEAD = "Bộ phận Văn thư";

    /** The 2024 pillar scores (1000-point framework, {@link Scoring#PILLARS}) of W1 (612, second), W2 (730) and W3 (500). */
    private static final String[][] WARD_SCORES = {
        {"80", "70", "60", "50", "39.5", "122.5", "100", "90"},
        {"90", "80", "70", "60", "50", "150", "120", "110"},
        {"50", "50", "50", "50", "40", "100", "80", "80"}};

    /** The 2024 pillar scores of C (710, second) and C2 (800). */
    private static final String[][] CITY_SCORES = {
        {"70", "70", "70", "70", "70", "140", "110", "110"},
        {"80", "80", "80", "80", "80", "160", "120", "120"}};

    private static ItTree board;

    /** W1's task aiming at criterion 6.1 (pillar "Chính quyền số"), reported done with a PDF. */
    private static long doneTask;

    /**
     * The boards' own tree, made once: province P with cities C (wards W1–W3) and C2; an overseer,
     * C's planner and the officers of W1 and W2; 2024 results the province appraised for every
     * ward of C and both cities, and 2023 results of C's wards (the board's year choice); a plan of C whose task on criterion 6.1 was due on 31/01/2024
     * (overdue in W2 and W3, which have not taken it on), adopted by W1 and reported done there
     * with the evidence "Biên bản kiểm tra.pdf".
     */
    private ItTree board() {
        if (board == null) {
            ItTree t = new ItTree(base).unit("P", "Tỉnh Giám Sát", "PROVINCE", null)
                    .unit("C", "Thành phố Giám Sát", "CITY", "P").unit("C2", "Thị xã Giám Sát", "CITY", "P");
            for (int i = 1; i <= WARD_SCORES.length; i++) {
                t.unit("W" + i, "Phường Giám Sát " + i, "WARD", "C");
            }
            t.department("W1", LEAD).account("overseer", "P", "PROVINCE_OVERSEER").account("city", "C", "CITY_PLANNER")
                    .account("w1", "W1", "WARD_OFFICER").account("w2", "W2", "WARD_OFFICER");
            Api overseer = t.as("overseer");
            long wards = Scoring.createFramework(overseer, t.code("P"), YEAR);
            long cities = overseer.post("frameworks", Json.createObjectBuilder(Scoring.framework(t.code("P"), YEAR))
                    .add("level", "CITY").add("name", "Bộ chỉ số cấp huyện " + YEAR).build())
                    .expect(201).object().getJsonNumber("id").longValue();
            long earlier = Scoring.createFramework(overseer, t.code("P"), YEAR - 1);
            for (int i = 0; i < WARD_SCORES.length; i++) {
                overseer.put(scores(t, "W" + (i + 1), YEAR), Scoring.scores(wards, WARD_SCORES[i])).expect(200);
                overseer.put(scores(t, "W" + (i + 1), YEAR - 1),
                        Scoring.scores(earlier, WARD_SCORES[(i + 1) % WARD_SCORES.length])).expect(200);
            }
            overseer.put(scores(t, "C", YEAR), Scoring.scores(cities, CITY_SCORES[0])).expect(200);
            overseer.put(scores(t, "C2", YEAR), Scoring.scores(cities, CITY_SCORES[1])).expect(200);
            Branch branch = new Branch(t.code("C"), t.as("city"), t.code("W1"), t.as("w1"));
            long task = adoptedWardTask(branch, "2024-01-31", LEAD, "6.1");
            upload(branch.officer(), "tasks/" + task + "/evidence", "Biên bản kiểm tra.pdf", PDF).expect(201);
            branch.officer().post("tasks/" + task + "/progress", Json.createObjectBuilder().add("status", "DONE")
                    .add("note", "Đã kiểm tra xong").build()).expect(200);
            doneTask = task;
            board = t;
        }
        return board;
    }

    private static String scores(ItTree tree, String unit, int year) {
        return "units/" + tree.code(unit) + "/assessments/" + year;
    }

    private Api on(String suffix) {
        return board().as(suffix);
    }

    private String code(String suffix) {
        return board().code(suffix);
    }

    private String user(String suffix) {
        return board().user(suffix);
    }

    private Branch branch() {
        return new Branch(code("C"), on("city"), code("W1"), on("w1"));
    }

    @Test
    void theCityAndProvinceBoardsRollUpAdoptionProgressScoresAndRanks() {
        String city = code("C");
        String ward1 = code("W1");
        JsonObject cityBoard = on("city").get("units/" + city + "/oversight").expect(200).object();
        JsonArray rows = cityBoard.getJsonArray("rows");
        assertEquals(WARD_SCORES.length, rows.size(), "the city's wards");
        JsonObject w1 = row(rows, ward1);
        Scoring.assertNumber("612", w1, "score");
        assertEquals(2, w1.getInt("rank"));
        assertEquals(WARD_SCORES.length, w1.getInt("rankOf"));
        assertEquals(child(rollup(on("city"), city), ward1).getInt("tasks"), w1.getInt("tasks"),
                "the same grouped roll-up as the progress API");
        JsonObject scores = cityBoard.getJsonObject("scores");
        assertEquals(YEAR, scores.getInt("year"));
        assertEquals(8, scores.getJsonArray("pillars").size());
        JsonObject w1Scores = row(scores.getJsonArray("rows"), ward1);
        Scoring.assertNumber("122.5", w1Scores.getJsonArray("pillars").getJsonObject(5), "score");
        assertTrue(w1Scores.getJsonArray("pillars").getJsonObject(5).containsKey("rank"), w1Scores.toString());

        JsonArray province = on("overseer").get("units/" + code("P") + "/oversight").expect(200).object().getJsonArray("rows");
        JsonObject c = row(province, city);
        assertTrue(!c.getBoolean("nested"));
        assertEquals(2, c.getInt("rank"));
        assertEquals(CITY_SCORES.length, c.getInt("rankOf"));
        assertTrue(row(province, ward1).getBoolean("nested"), "the province sees the wards under their city");
        assertEquals(rows.size() + 1, province.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("unitCode").equals(city) || r.getBoolean("nested")
                        && rows.getValuesAs(JsonObject.class).stream().anyMatch(w -> w.getString("unitCode")
                        .equals(r.getString("unitCode")))).count());
        on("w2").get("units/" + city + "/oversight").expectError(404);
        on("city").get("units/" + code("P") + "/oversight").expectError(404);
    }

    @Test
    void theBoardsShowEachUnitsReportForThePeriodDueLastAndItsOnTimeRate() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        java.time.LocalDate due = today.getDayOfMonth() >= 20 ? today.withDayOfMonth(20)
                : today.minusMonths(1).withDayOfMonth(20);
        String ward1 = code("W1");
        Api ward = on("w1");
        long earlier = ward.post("units/" + ward1 + "/reports", Json.createObjectBuilder().add("frequency", "MONTHLY")
                .add("date", due.minusMonths(1).toString()).build()).expect(201).object().getJsonNumber("id").longValue();
        ward.post("reports/" + earlier + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        Api.Reply reply = ward.post("units/" + ward1 + "/reports", Json.createObjectBuilder().add("frequency", "MONTHLY")
                .add("date", due.toString()).build());
        assertTrue(reply.status() == 201 || due.equals(today) && reply.status() == 200,
                "new, unless the sweep drafted it on its due day: " + reply.body());
        JsonObject drafted = reply.object();
        long id = drafted.getJsonNumber("id").longValue();
        JsonObject draftBoard = on("city").get("units/" + code("C") + "/oversight").expect(200).object();
        assertEquals(due.toString(), draftBoard.getJsonObject("reportPeriod").getString("due"));
        JsonObject asDraft = row(draftBoard.getJsonArray("rows"), ward1).getJsonObject("report");
        assertEquals("DRAFT", asDraft.getString("status"));
        assertEquals(id, asDraft.getJsonNumber("id").longValue());
        assertEquals(due.isBefore(today), asDraft.getBoolean("late"), "a draft is late once its due day has passed");

        JsonObject submitted = ward.post("reports/" + id + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200).object();
        JsonObject rate = ward.get("units/" + ward1 + "/reports").expect(200).object().getJsonObject("onTime");
        for (String[] board : new String[][] {{"city", "C"}, {"overseer", "P"}}) {
            JsonObject shown = row(on(board[0]).get("units/" + code(board[1]) + "/oversight").expect(200).object()
                    .getJsonArray("rows"), ward1);
            assertEquals("SUBMITTED", shown.getJsonObject("report").getString("status"), board[1]);
            assertEquals(!submitted.getBoolean("onTime"), shown.getJsonObject("report").getBoolean("late"),
                    "sent after the due day: late for good");
            assertEquals(rate, shown.getJsonObject("onTime"), "the rate of the reports screen");
        }
        assertTrue(rate.getInt("counted") >= 2 && rate.getInt("counted") > rate.getInt("onTime"),
                "the last month's report, sent late, and this period's: " + rate);

        JsonObject other = row(on("city").get("units/" + code("C") + "/oversight").expect(200).object().getJsonArray("rows"),
                code("W2")).getJsonObject("report");
        assertTrue(List.of("MISSING", "DRAFT").contains(other.getString("status")), other.toString());
        assertEquals(due.isBefore(today), other.getBoolean("late"), "W2 has not sent it: " + other);
        on("w2").get("audit/REPORT/" + id).expectError(404);
        assertEquals("SUBMIT", on("overseer").get("audit/REPORT/" + id).expect(200).array().getJsonObject(0)
                .getString("action"));
    }

    @Test
    void plansTasksDecisionsReviewsAndScoresAreAuditedAndReadOnlyInScope() {
        Api city = on("city");
        long planId = cityDraft(branch(), "2030-06-30");
        long cityTask = city.get("plans/" + planId).expect(200).object().getJsonArray("tasks")
                .getJsonObject(0).getJsonNumber("id").longValue();
        city.patch("tasks/" + cityTask, Json.createObjectBuilder()
                .add("solution", "Cập nhật minh chứng đầy đủ").build()).expect(200);
        city.post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonArray plan = city.get("audit/PLAN/" + planId).expect(200).array();
        assertEquals(java.util.List.of("ISSUE", "CREATE"), actions(plan));
        assertEquals("ISSUED", event(plan, "ISSUE").getJsonObject("changes").getJsonObject("status").getString("to"));
        assertEquals(user("city"), event(plan, "CREATE").getString("actor"));
        assertTrue(event(plan, "CREATE").containsKey("address"), plan.toString());
        JsonObject amended = event(city.get("audit/TASK/" + cityTask).expect(200).array(), "UPDATE");
        assertEquals("Cập nhật minh chứng đầy đủ", amended.getJsonObject("changes").getJsonObject("solution").getString("to"));

        long ward1Copy = copyIn("w1", "W1", planId);
        on("w1").post("inherited/" + ward1Copy + "/decision", Json.createObjectBuilder().add("action", "ADOPT")
                .add("leadDepartment", LEAD).build()).expect(200);
        JsonObject decision = event(city.get("audit/TASK/" + ward1Copy).expect(200).array(), "DECISION");
        assertEquals(user("w1"), decision.getString("actor"));
        assertEquals("ADOPTED", decision.getJsonObject("changes").getJsonObject("state").getString("to"));
        long ward2Copy = copyIn("w2", "W2", planId);
        on("w2").post("inherited/" + ward2Copy + "/decision", Json.createObjectBuilder().add("action", "DECLINE")
                .add("reason", "Phường đã hoàn thành từ năm trước").build()).expect(200);
        city.post("inherited/" + ward2Copy + "/review", Json.createObjectBuilder().add("accept", true).build())
                .expect(200);
        JsonArray ward2Trail = on("w2").get("audit/TASK/" + ward2Copy).expect(200).array();
        assertEquals(java.util.List.of("DECLINE_REVIEW", "DECISION"), actions(ward2Trail));
        assertEquals(user("city"), event(ward2Trail, "DECLINE_REVIEW").getString("actor"));

        int year = 2041;
        long framework = on("overseer").post("frameworks", Json.createObjectBuilder().add("issuerCode", code("P"))
                .add("year", year).add("level", "WARD").add("name", "Bộ chỉ số thử nhật ký " + year)
                .add("pillars", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Chính quyền số")
                        .add("max", 50).add("criteria", Json.createArrayBuilder()))).build())
                .expect(201).object().getJsonNumber("id").longValue();
        String scores = scores(board(), "W2", year);
        on("w2").put(scores, Json.createObjectBuilder().add("frameworkId", framework)
                .add("pillars", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Chính quyền số")
                        .add("score", 40))).build()).expect(200);
        on("w2").post(scores + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonArray assessment = city.get("audit/ASSESSMENT/" + code("W2") + ":" + year).expect(200).array();
        assertEquals(java.util.List.of("SUBMITTED", "CREATE"), actions(assessment));
        try (Browser browser = Browser.open(base)) {
            browser.signIn(user("city"), ItTree.PASSWORD, true);
            browser.go("app/scorecard.xhtml?unit=" + code("W2") + "&year=" + year);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#change-history .history-action")).size() == 2);
            assertEquals(java.util.List.of("Gửi kết quả tự chấm", "Tạo mới"), browser.driver()
                    .findElements(org.openqa.selenium.By.cssSelector("#change-history .history-action")).stream()
                    .map(org.openqa.selenium.WebElement::getText).toList(), "the scorecard shows the assessment's trail");
            browser.shootAt(org.openqa.selenium.By.id("change-history"), "scorecard-history");
        }
        assertEquals("40 / ", event(assessment, "CREATE").getJsonObject("changes").getJsonObject("Chính quyền số")
                .getString("to"));

        on("w2").get("audit/TASK/" + ward1Copy).expectError(404);
        on("w2").get("audit/ASSESSMENT/" + code("W1") + ":" + YEAR).expectError(404);
        on("w1").get("audit/PLAN/999999999").expectError(404);
        city.get("audit/SOMETHING/1").expectError(404);
        JsonArray account = as("admin").get("audit/ACCOUNT/" + user("w1")).expect(200).array();
        assertTrue(account.getValuesAs(JsonObject.class).stream().anyMatch(e -> "CREATE".equals(e.getString("action"))),
                account.toString());
        on("w2").get("audit/ACCOUNT/" + user("w1")).expectError(404);
    }

    private long copyIn(String officer, String unit, long planId) {
        return on(officer).get("units/" + code(unit) + "/inbox").expect(200).array().getValuesAs(JsonObject.class).stream()
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
            String city = code("C");
            String ward1 = code("W1");
            browser.signIn(user("overseer"), ItTree.PASSWORD, true);
            browser.click(org.openqa.selenium.By.id("nav-dashboard"));
            waitFor(browser, "dashboard-unit", "Tỉnh Giám Sát");
            browser.shoot("dashboard-province");
            browser.shootAt(org.openqa.selenium.By.id("scores"), "dashboard-province-scores");
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#children tr.nested, #heatmap tr.nested"))
                    .isEmpty(), "the province's board lists its direct children only");
            browser.click(org.openqa.selenium.By.cssSelector("a.open-child[data-unit='" + city + "']"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#children tr.nested")).size() == WARD_SCORES.length);
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#heatmap tr.nested")).size() > 0,
                    "the heat map shows the opened city's wards too");
            browser.shoot("dashboard-province-open");
            browser.click(org.openqa.selenium.By.cssSelector("a.drill[data-unit='" + city + "']"));
            waitFor(browser, "dashboard-unit", "Thành phố Giám Sát");
            assertTrue(Integer.parseInt(browser.text(org.openqa.selenium.By.id("kpi-overdue"))) > 0,
                    "the wards that did not take the task on have it overdue");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#heatmap table.heat td.heat-0")).size() > 0);
            assertEquals(WARD_SCORES.length * 7, browser.driver().findElements(org.openqa.selenium.By.cssSelector("#heatmap td"))
                    .size(), "each ward × 6 figures and its report");
            JsonObject w1 = row(on("city").get("units/" + city + "/oversight").expect(200).object().getJsonArray("rows"), ward1);
            assertEquals(REPORT_WORDS.get(w1.getJsonObject("report").getString("status")), browser.text(
                    org.openqa.selenium.By.cssSelector("#children a.report-status[data-unit='" + ward1 + "']")));
            assertTrue(browser.text(org.openqa.selenium.By.id("report-period")).contains("Hạn nộp"));
            browser.shoot("dashboard-city");
            browser.shootAt(org.openqa.selenium.By.id("children"), "dashboard-city-children");
            browser.shootAt(org.openqa.selenium.By.id("scores"), "dashboard-city-scores");
            browser.click(org.openqa.selenium.By.cssSelector("#scores a.score-year[data-year='2023']"));
            browser.find(org.openqa.selenium.By.cssSelector("#scores a.score-year.active[data-year='2023']"));
            assertTrue(browser.text(org.openqa.selenium.By.cssSelector("#scores h2")).contains("2023"), "the year chosen");
            browser.shootAt(org.openqa.selenium.By.id("scores"), "dashboard-city-scores-2023");
            browser.shootAt(org.openqa.selenium.By.id("heatmap"), "dashboard-city-heatmap");
            browser.click(org.openqa.selenium.By.cssSelector("a.drill[data-unit='" + ward1 + "']"));
            waitFor(browser, "dashboard-unit", "Phường Giám Sát 1");
            assertEquals("612", browser.text(org.openqa.selenium.By.id("score-current")), "W1's 2024 result");
            browser.shoot("dashboard-ward");
            assertWardPillarsAndReport(browser);
            browser.click(org.openqa.selenium.By.cssSelector("#tasks a.task-link[href$='task=" + doneTask + "']"));
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

            long planId = cityDraft(branch(), "2030-09-30");
            on("city").post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
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
        on("overseer").get("units/" + code("W1") + "/progress/tasks").expect(200).array().getValuesAs(JsonObject.class)
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

        JsonObject cityBoard = on("overseer").get("units/" + code("C") + "/oversight").expect(200).object();
        JsonObject report = row(cityBoard.getJsonArray("rows"), code("W1")).getJsonObject("report");
        String due = cityBoard.getJsonObject("reportPeriod").getString("due");
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
