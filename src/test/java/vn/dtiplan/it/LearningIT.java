package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import vn.dtiplan.domain.progress.ReportChanges;
import vn.dtiplan.domain.progress.ReportDraft;
import vn.dtiplan.domain.progress.ReportingPeriod;

/**
 * Issue 19, learning across units, on trees the tests make themselves (a province, a city and its
 * wards, accounts for each, and a second province): what changed since the last report, field by
 * field, with the history written into two past periods; the solution library of one criterion
 * ranked by the measured effect of three wards' plans, read only by the province's units; and in
 * Chromium a gap of a ward's scorecard opened in the library and one solution copied into the
 * ward's draft plan. Progress, evidence, decisions and notices are dated back with JDBC (the API
 * records "now"), so the changes test runs on PostgreSQL only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningIT {

    private static final String PASSWORD = "mat-khau-hoc-hoi-19";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final String PILLAR = "Chính quyền số";
    private static final String CODE = "6.4";

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    /** A tree of one test: province P → city C → wards W1…W4; province Q → ward QW. */
    private record Tree(String tag, String province, String city, List<String> wards, String otherWard) {

        String user(String unit) {
            return "hoc." + unit.toLowerCase();
        }
    }

    private Tree tree() {
        String tag = "L" + Unique.code().toUpperCase();
        Api admin = Api.at(base).as("admin");
        unit(admin, tag + "P", "Tỉnh Học " + tag, "PROVINCE", null);
        unit(admin, tag + "C", "Thành phố Học " + tag, "CITY", tag + "P");
        List<String> wards = List.of(tag + "W1", tag + "W2", tag + "W3", tag + "W4");
        for (int i = 0; i < wards.size(); i++) {
            unit(admin, wards.get(i), "Phường " + (i + 1) + " Học " + tag, "WARD", tag + "C");
        }
        unit(admin, tag + "Q", "Tỉnh Khác " + tag, "PROVINCE", null);
        unit(admin, tag + "QW", "Phường Khác " + tag, "WARD", tag + "Q");
        Tree tree = new Tree(tag, tag + "P", tag + "C", wards, tag + "QW");
        account(admin, tree.user(tree.province()), tree.province(), "PROVINCE_OVERSEER");
        account(admin, tree.user(tree.city()), tree.city(), "CITY_PLANNER");
        for (String ward : wards) {
            account(admin, tree.user(ward), ward, "WARD_OFFICER");
        }
        account(admin, tree.user(tree.otherWard()), tree.otherWard(), "WARD_OFFICER");
        return tree;
    }

    private static void unit(Api admin, String code, String name, String level, String parent) {
        var body = Json.createObjectBuilder().add("code", code).add("name", name).add("level", level);
        admin.post("units", (parent == null ? body : body.add("parentCode", parent)).build()).expect(201);
    }

    private static void account(Api admin, String username, String unit, String role) {
        admin.post("accounts", Json.createObjectBuilder().add("username", username).add("password", PASSWORD)
                .add("fullName", "Cán bộ " + unit).add("unitCode", unit)
                .add("roles", Json.createArrayBuilder().add(role)).build()).expect(201);
    }

    private Api as(Tree tree, String unit) {
        return Api.at(base).as(tree.user(unit), PASSWORD);
    }

    private static JsonObject task(String criterion, String solution, String timeframe, LocalDate due, boolean cascade) {
        var t = Json.createObjectBuilder().add("solution", solution).add("lead", "Văn thư")
                .add("coordinating", Json.createArrayBuilder()).add("timeframe", timeframe).add("cascade", cascade);
        if (criterion != null) {
            t.add("criterionCode", criterion);
        }
        if (due != null) {
            t.add("due", due.toString());
        }
        return t.build();
    }

    private static JsonObject plan(String unit, String number, int year, JsonArrayBuilder tasks) {
        return Api.signed(Json.createObjectBuilder()).add("unitCode", unit).add("number", number + "/KH-UBND")
                .add("title", "Kế hoạch học hỏi " + number).add("year", year).add("tasks", tasks).build();
    }

    // ---- what changed since the last report -------------------------------------------------

    @Test
    void theChangesOfAReportComparePeriodsFieldByField() throws SQLException {
        assumeTrue(ItSettings.isPostgreSql(), "the history is dated back with JDBC");
        Tree tree = tree();
        String ward = tree.wards().get(0);
        LocalDate today = LocalDate.now(VIETNAM);
        ReportingPeriod period = ReportingPeriod.containing(ReportingPeriod.Frequency.MONTHLY, today.minusMonths(1), 20);
        ReportingPeriod since = period.previous();
        LocalDate dueInPeriod = period.start().plusDays(2);
        LocalDate dueBefore = since.start().plusDays(1);
        JsonArrayBuilder tasks = Json.createArrayBuilder()
                .add(task("1.1", "Nhiệm vụ A " + tree.tag(), "Thường xuyên", null, true))
                .add(task("1.2", "Nhiệm vụ B " + tree.tag(), "Thường xuyên", null, true))
                .add(task("1.3", "Nhiệm vụ C " + tree.tag(), "Thường xuyên", null, true))
                .add(task("1.4", "Nhiệm vụ D " + tree.tag(), "Trước " + DAY.format(dueInPeriod), dueInPeriod, true))
                .add(task("1.5", "Nhiệm vụ E " + tree.tag(), "Trước " + DAY.format(dueBefore), dueBefore, true));
        Api city = as(tree, tree.city());
        JsonObject cityPlan = city.post("plans", plan(tree.city(), Unique.digits(), today.getYear(), tasks)).expect(201).object();
        long cityPlanId = cityPlan.getJsonNumber("id").longValue();
        city.post("plans/" + cityPlanId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        List<Long> parents = cityPlan.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonNumber("id").longValue()).toList();
        Api officer = as(tree, ward);
        Map<Long, Long> copyOf = officer.get("units/" + ward + "/inbox").expect(200).array().getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(i -> i.getJsonNumber("parentTaskId").longValue(),
                        i -> i.getJsonNumber("id").longValue()));
        long a = copyOf.get(parents.get(0));
        long b = copyOf.get(parents.get(1));
        long c = copyOf.get(parents.get(2));
        long d = copyOf.get(parents.get(3));
        long e = copyOf.get(parents.get(4));
        for (long copy : List.of(a, b, c, d, e)) {
            officer.post("inherited/" + copy + "/decision", Json.createObjectBuilder().add("action", "ADOPT").build())
                    .expect(200);
        }
        city.patch("tasks/" + parents.get(0), Json.createObjectBuilder().add("solution", "Nhiệm vụ A sửa " + tree.tag())
                .build()).expect(200);
        progress(officer, a, "IN_PROGRESS", 40);
        progress(officer, b, "DONE", 100);
        long oldEvidence = evidence(officer, b, "cu");
        try (Connection jdbc = ItJdbc.appConnection()) {
            ItJdbc.scope(jdbc, "*");
            Instant before = ReportChanges.startOf(since.start().plusDays(3)).plusSeconds(3600);
            Instant within = ReportChanges.startOf(period.start().plusDays(4)).plusSeconds(3600);
            backdateProgress(jdbc, a, before);
            backdateProgress(jdbc, b, before);
            update(jdbc, "update evidence set uploaded_at = ? where id = ?", before, oldEvidence);
            for (long copy : List.of(a, b, d, e)) {
                update(jdbc, "update task set decided_at = ? where id = ?", before, copy);
            }
            update(jdbc, "update task set decided_at = ? where id = ?", within, c);
            update(jdbc, "update change_notice set created_at = ? where parent_task_id = ?", before, parents.get(0));
            update(jdbc, "update change_notice set created_at = ? where task_id = ?", within, a);
            progress(officer, a, "DONE", 100);
            progress(officer, c, "IN_PROGRESS", 30);
            long newEvidence = evidence(officer, a, "moi");
            backdateProgress(jdbc, a, within);
            backdateProgress(jdbc, c, within);
            update(jdbc, "update evidence set uploaded_at = ? where id = ?", within, newEvidence);
            progress(officer, c, "IN_PROGRESS", 60);

            long report = officer.post("units/" + ward + "/reports", Json.createObjectBuilder().add("frequency", "MONTHLY")
                    .add("date", period.end().toString()).build()).expect(201).object().getJsonNumber("id").longValue();
            JsonObject changes = officer.get("reports/" + report + "/changes").expect(200).object();
            assertEquals(ReportDraft.label(since), changes.getString("since"));
            assertEquals(since.start().toString(), changes.getString("sinceStart"));
            assertEquals(since.end().toString(), changes.getString("sinceEnd"));
            assertEquals(List.of(a), ids(changes.getJsonArray("done")), "A done in the period; B was done before");
            assertEquals("Nhiệm vụ A sửa " + tree.tag(), changes.getJsonArray("done").getJsonObject(0).getString("solution"));
            assertEquals("1.1", changes.getJsonArray("done").getJsonObject(0).getString("criterionCode"));
            assertEquals(List.of(d), ids(changes.getJsonArray("newlyOverdue")), "D fell due in the period; E before it");
            JsonArray moves = changes.getJsonArray("progress");
            assertEquals(List.of(a, c), ids(moves), "B did not move; C's later report is after the period");
            assertEquals(40, moves.getJsonObject(0).getInt("from"));
            assertEquals(100, moves.getJsonObject(0).getInt("to"));
            assertEquals("IN_PROGRESS", moves.getJsonObject(0).getString("fromStatus"));
            assertEquals("DONE", moves.getJsonObject(0).getString("toStatus"));
            assertEquals(0, moves.getJsonObject(1).getInt("from"));
            assertEquals(30, moves.getJsonObject(1).getInt("to"));
            JsonArray evidence = changes.getJsonArray("evidence");
            assertEquals(List.of(a), ids(evidence));
            assertEquals(newEvidence, evidence.getJsonObject(0).getJsonNumber("evidenceId").longValue());
            assertTrue(evidence.getJsonObject(0).getString("name").endsWith("moi"), evidence.toString());
            JsonArray decisions = changes.getJsonArray("decisions");
            assertEquals(List.of(c), ids(decisions));
            assertEquals("ADOPTED", decisions.getJsonObject(0).getString("state"));
            JsonArray amendments = changes.getJsonArray("amendments");
            assertEquals(List.of(a), ids(amendments));
            assertEquals(List.of("solution"), amendments.getJsonObject(0).getJsonArray("fields").getValuesAs(
                    jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
            assertTrue(!changes.getBoolean("unchanged"));

            assertEquals(changes, city.get("reports/" + report + "/changes").expect(200).object(), "the parent sees the same");
            as(tree, tree.wards().get(1)).get("reports/" + report + "/changes").expectError(404);
            as(tree, tree.otherWard()).get("reports/" + report + "/changes").expectError(404);
            Api.Reply file = officer.download("reports/" + report + "/report.xlsx").expect(200);
            assertTrue(file.header("Content-Disposition").orElseThrow().contains(".xlsx"));
            screens(tree, ward, report);
        }
    }

    private void screens(Tree tree, String ward, long report) {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user(ward), PASSWORD, true);
            browser.go("app/reports.xhtml?unit=" + ward + "&report=" + report);
            assertTrue(browser.text(By.id("opened:report-changes")).contains("Nhiệm vụ A sửa " + tree.tag()));
            browser.shootAt(By.id("opened:report-changes"), "report-changes");
        }
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user(tree.city()), PASSWORD, true);
            browser.go("app/reports.xhtml?unit=" + tree.city());
            By flag = By.cssSelector(".child-changes[data-unit='" + tree.wards().get(1) + "']");
            assertTrue(browser.find(flag).getAttribute("class").contains("unchanged"),
                    "ward 2 changed nothing this period (its notice came before): " + browser.find(flag).getText());
            By changed = By.cssSelector(".child-changes[data-unit='" + ward + "']");
            assertTrue(browser.find(changed).getText().contains("1 tiến độ"), "ward 1 reported on C this period: "
                    + browser.find(changed).getText());
            browser.shootAt(By.id("children"), "report-children-changes");
        }
    }

    private static List<Long> ids(JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream().map(i -> i.getJsonNumber("taskId").longValue()).toList();
    }

    private static void progress(Api officer, long task, String status, int percent) {
        officer.post("tasks/" + task + "/progress", Json.createObjectBuilder().add("status", status).add("percent", percent)
                .build()).expect(200);
    }

    private static long evidence(Api officer, long task, String name) {
        return officer.post("tasks/" + task + "/evidence", Json.createObjectBuilder()
                .add("url", "https://example.org/minh-chung/" + name).add("name", "Minh chứng " + name).build())
                .expect(201).object().getJsonNumber("id").longValue();
    }

    private static void backdateProgress(Connection jdbc, long task, Instant at) throws SQLException {
        update(jdbc, "update progress_update set reported_at = ? where id = (select max(id) from progress_update"
                + " where task_id = ?)", at, task);
    }

    private static void update(Connection jdbc, String sql, Instant at, long id) throws SQLException {
        try (PreparedStatement s = jdbc.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setLong(2, id);
            assertTrue(s.executeUpdate() > 0, sql + " " + id);
        }
    }

    // ---- the solution library --------------------------------------------------------------

    /** The library's world: three wards planned for 6.4 in 2024 with 2023 and (two of them) 2024 points. */
    private record Library(Tree tree, long framework2023, long framework2024) {
    }

    private Library library() {
        Tree tree = tree();
        Api overseer = as(tree, tree.province());
        long y2023 = overseer.post("frameworks", Json.createObjectBuilder().add("issuerCode", tree.province())
                .add("year", 2023).add("level", "WARD").add("name", "Bộ chỉ số học hỏi " + tree.tag())
                .add("pillars", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", PILLAR).add("max", 50)
                        .add("criteria", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", CODE)
                                .add("title", "Giải pháp nâng cao hồ sơ trực tuyến " + tree.tag()).add("max", 4))))).build())
                .expect(201).object().getJsonNumber("id").longValue();
        long y2024 = overseer.post("frameworks/" + y2023 + "/copy?year=2024", JsonValue.EMPTY_JSON_OBJECT).expect(201)
                .object().getJsonNumber("id").longValue();
        String[][] points = {{"1", "3.5"}, {"2", "2.5"}, {"1.5", null}};
        for (int i = 0; i < 3; i++) {
            String ward = tree.wards().get(i);
            score(tree, ward, 2023, y2023, points[i][0]);
            if (points[i][1] != null) {
                score(tree, ward, 2024, y2024, points[i][1]);
            }
            Api officer = as(tree, ward);
            long plan = officer.post("plans", plan(ward, Unique.digits(), 2024, Json.createArrayBuilder()
                    .add(task(CODE, "Giải pháp của phường " + (i + 1) + " " + tree.tag(), "Thường xuyên", null, false))))
                    .expect(201).object().getJsonNumber("id").longValue();
            officer.post("plans/" + plan + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        }
        as(tree, tree.wards().get(3)).post("plans", plan(tree.wards().get(3), Unique.digits(), 2024, Json.createArrayBuilder()
                .add(task(CODE, "Dự thảo chưa ban hành " + tree.tag(), "Thường xuyên", null, false)))).expect(201);
        Api other = as(tree, tree.otherWard());
        long foreign = other.post("plans", plan(tree.otherWard(), Unique.digits(), 2024, Json.createArrayBuilder()
                .add(task(CODE, "Giải pháp tỉnh khác " + tree.tag(), "Thường xuyên", null, false)))).expect(201).object()
                .getJsonNumber("id").longValue();
        other.post("plans/" + foreign + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        return new Library(tree, y2023, y2024);
    }

    private void score(Tree tree, String ward, int year, long framework, String criterion) {
        as(tree, ward).put("units/" + ward + "/assessments/" + year, Json.createObjectBuilder().add("frameworkId", framework)
                .add("pillars", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", PILLAR).add("score", 40)))
                .add("criteria", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", CODE)
                        .add("score", new BigDecimal(criterion)))).build()).expect(200);
        as(tree, ward).post("units/" + ward + "/assessments/" + year + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        as(tree, tree.province()).post("units/" + ward + "/assessments/" + year + "/appraise", JsonValue.EMPTY_JSON_OBJECT)
                .expect(200);
    }

    @Test
    void theLibraryRanksTheProvincesSolutionsByMeasuredEffect() {
        Library library = library();
        Tree tree = library.tree();
        JsonArray solutions = as(tree, tree.wards().get(1)).get("criteria/solutions?framework=" + library.framework2024()
                + "&code=" + CODE).expect(200).array();
        assertEquals(List.of(tree.wards().get(0), tree.wards().get(1), tree.wards().get(2)),
                solutions.getValuesAs(JsonObject.class).stream().map(s -> s.getString("unitCode")).toList(),
                "+2.5, then +0.5, then not measured; no draft, no other province: " + solutions);
        JsonObject best = solutions.getJsonObject(0);
        assertEquals("Phường 1 Học " + tree.tag(), best.getString("unitName"));
        assertEquals(2024, best.getInt("year"));
        assertEquals("Giải pháp của phường 1 " + tree.tag(), best.getString("solution"));
        assertEquals("NOT_STARTED", best.getString("status"));
        assertEquals(0, new BigDecimal("1").compareTo(best.getJsonNumber("pointsBefore").bigDecimalValue()));
        assertEquals(0, new BigDecimal("3.5").compareTo(best.getJsonNumber("pointsAfter").bigDecimalValue()));
        assertEquals(0, new BigDecimal("2.5").compareTo(best.getJsonNumber("effect").bigDecimalValue()));
        JsonObject unmeasured = solutions.getJsonObject(2);
        assertEquals(0, new BigDecimal("1.5").compareTo(unmeasured.getJsonNumber("pointsBefore").bigDecimalValue()));
        assertTrue(unmeasured.isNull("pointsAfter"), unmeasured.toString());
        assertEquals("chưa có kết quả", unmeasured.getString("result"));

        assertEquals(solutions, as(tree, tree.city()).get("criteria/solutions?framework=" + library.framework2023()
                + "&code=" + CODE).expect(200).array(), "the same criterion through the 2023 copy, for the city");
        as(tree, tree.otherWard()).get("criteria/solutions?framework=" + library.framework2024() + "&code=" + CODE)
                .expectError(404);
        assertEquals("library.criterion.unknown", as(tree, tree.wards().get(1)).get("criteria/solutions?framework="
                + library.framework2024() + "&code=9.9").expectError(422).getString("error"));
    }

    @Test
    void aWardOpensAGapInTheLibraryAndCopiesASolutionIntoItsDraft() {
        Library library = library();
        Tree tree = library.tree();
        String ward = tree.wards().get(1);
        long draft = as(tree, ward).post("plans", plan(ward, Unique.digits(), 2025, Json.createArrayBuilder()
                .add(task(null, "Nhiệm vụ sẵn có " + tree.tag(), "Thường xuyên", null, false)))).expect(201).object()
                .getJsonNumber("id").longValue();
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user(ward), PASSWORD, true);
            browser.go("app/scorecard.xhtml?unit=" + ward + "&year=2024");
            browser.click(By.cssSelector(".open-library[data-code='" + CODE + "']"));
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#library\\:solutions .solution-unit")));
            String names = browser.text(By.id("library:solutions"));
            assertTrue(names.contains("Phường 1 Học " + tree.tag()) && names.contains("Phường 3 Học " + tree.tag()), names);
            assertTrue(names.contains("chưa có kết quả"), names);
            browser.shootAt(By.id("library-dialog"), "solution-library");
            browser.click(By.cssSelector("#library\\:solutions .use-solution"));
            assertTrue(browser.text(By.id("library:library-messages")).contains("Phường 1 Học " + tree.tag()));
        }
        JsonObject plan = as(tree, ward).get("plans/" + draft).expect(200).object();
        JsonObject copied = plan.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("solution").equals("Giải pháp của phường 1 " + tree.tag())).findFirst()
                .orElseThrow(() -> new AssertionError(plan.toString()));
        assertEquals(CODE, copied.getString("criterionCode"));
        assertEquals("Thường xuyên", copied.getString("timeframe"));
        assertEquals("DRAFT", plan.getString("status"));
    }
}
