package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * Lists that scale and bulk work (issue 18, item 3): paging with {@code X-Total-Count} and the
 * task and plan filters over the API, the task list screen with its filters in the URL, bulk
 * progress all or nothing (the Excel task import is {@link TaskImportIT}'s). Each test makes its
 * own plans in the class tree's Phường 2 ({@link #tree()}) with a unique word and filters on it,
 * so other IT classes sharing the database do not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListsAndBulkIT extends ListsFixture {

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

    /** The ward's five tasks of one issued plan, in id order, and its two departments used as leads. */
    private record World(String marker, long plan, List<Long> tasks, JsonObject departmentA, JsonObject departmentB) {
    }

    /**
     * Phường 2 issues a plan of five tasks with {@code marker} in their text: 0 due in the past (lead
     * A), 1 due later (A), 2 due in the past (B), 3 due later (B), 4 ongoing and led by a name that is
     * no department.
     */
    private World world() {
        String marker = "Lọc" + Unique.digits();
        JsonArray departments = as(OFFICER).get("units/" + ward() + "/departments").expect(200).array();
        assertTrue(departments.size() >= 2, departments.toString());
        JsonObject a = departments.getJsonObject(0);
        JsonObject b = departments.getJsonObject(1);
        JsonArrayBuilder tasks = Json.createArrayBuilder()
                .add(task(marker + " việc một", a.getString("name"), "Trước 31/01/2024", "2024-01-31"))
                .add(task(marker + " việc hai", a.getString("name"), "Trước 31/12/2030", "2030-12-31"))
                .add(task(marker + " việc ba", b.getString("name"), "Trước 29/02/2024", "2024-02-29"))
                .add(task(marker + " việc bốn", b.getString("name"), "Trước 30/06/2031", "2031-06-30"))
                .add(task(marker + " việc năm", "Tổ công nghệ số cộng đồng", "Thường xuyên", null));
        long plan = draft(marker, 2030, tasks);
        as(OFFICER).post("plans/" + plan + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        List<Long> ids = as(OFFICER).get("plans/" + plan).expect(200).object().getJsonArray("tasks")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getJsonNumber("id").longValue()).sorted().toList();
        assertEquals(5, ids.size());
        return new World(marker, plan, ids, a, b);
    }

    /** The ids a list answers, and checks its {@code X-Total-Count}. */
    private List<Long> ids(String path, long total, String idField) {
        Api.Reply reply = as(OFFICER).get(path).expect(200);
        assertEquals(String.valueOf(total), reply.header("X-Total-Count").orElse("(none)"), path);
        return reply.array().getValuesAs(JsonObject.class).stream().map(t -> t.getJsonNumber(idField).longValue())
                .toList();
    }

    private List<Long> tasks(String query, long total) {
        return ids("units/" + ward() + "/progress/tasks?" + query, total, "taskId");
    }

    private static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void taskListsPageAndFilterInTheQuery() {
        World w = world();
        List<Long> t = w.tasks();
        String q = q(w.marker());
        assertEquals(t, tasks(q, 5), "no page asked: the whole list, with its count");
        List<Long> pages = new ArrayList<>();
        pages.addAll(tasks(q + "&size=2&page=1", 5));
        assertEquals(2, pages.size());
        List<Long> second = tasks(q + "&size=2&page=2", 5);
        assertEquals(2, second.size());
        pages.addAll(second);
        List<Long> last = tasks(q + "&size=2&page=3", 5);
        assertEquals(1, last.size());
        pages.addAll(last);
        assertEquals(t, pages, "three pages hold every task once, in order");
        assertEquals(List.of(), tasks(q + "&size=2&page=4", 5));
        assertEquals(t, tasks(q + "&page=1", 5), "page alone: size 50");
        assertEquals(t, tasks(q(w.marker().toUpperCase()), 5), "search ignores case");
        assertEquals(List.of(t.get(2)), tasks(q(w.marker().toLowerCase() + " việc ba"), 1));

        as(OFFICER).post("progress", bulk(line(t.get(1), "IN_PROGRESS", 50), line(t.get(2), "DONE", 100))).expect(200);
        assertEquals(List.of(t.get(2)), tasks(q + "&status=DONE", 1));
        assertEquals(List.of(t.get(1)), tasks(q + "&status=in_progress", 1));
        assertEquals(List.of(t.get(0), t.get(3), t.get(4)), tasks(q + "&status=NOT_STARTED", 3));
        assertEquals(List.of(t.get(0)), tasks(q + "&overdue=true", 1), "due in the past and not done; ongoing never");
        assertEquals(t, tasks(q + "&overdue=false", 5));
        long idA = w.departmentA().getJsonNumber("id").longValue();
        assertEquals(List.of(t.get(0), t.get(1)), tasks(q + "&department=" + idA, 2), "by department id");
        assertEquals(List.of(t.get(2), t.get(3)), tasks(q + "&department="
                + URLEncoder.encode(w.departmentB().getString("name").toUpperCase(), StandardCharsets.UTF_8), 2),
                "by department name");
        assertEquals(List.of(t.get(4)), tasks(q + "&department="
                + URLEncoder.encode("Tổ công nghệ số cộng đồng", StandardCharsets.UTF_8), 1), "a lead kept as written");
        assertEquals(List.of(t.get(0)), tasks(q + "&department=" + idA + "&overdue=true&size=1", 1));
        assertEquals(List.of(t.get(1)), tasks(q + "&department=" + idA + "&status=IN_PROGRESS", 1));
        assertEquals(List.of(), tasks(q + "&department=" + idA + "&status=DONE", 0));
        as("ward3").get("units/" + ward() + "/progress/tasks?" + q).expectError(404);

        for (String bad : new String[] {"page=0", "page=-1", "size=0", "size=501", "page=x", "size=2.5"}) {
            JsonObject error = as(OFFICER).get("units/" + ward() + "/progress/tasks?" + bad).expectError(400);
            assertEquals("request.page.invalid", error.getString("error"), bad);
            assertTrue(error.getString("message").contains("từ 1 đến 500"), error.toString());
        }
        for (String bad : new String[] {"status=FINISHED", "overdue=yes"}) {
            JsonObject error = as(OFFICER).get("units/" + ward() + "/progress/tasks?" + bad).expectError(400);
            assertEquals("request.filter.invalid", error.getString("error"), bad);
            assertTrue(error.getString("message").contains("không hợp lệ"), error.toString());
        }
        as(OFFICER).get("units/" + ward() + "/progress/tasks?size=500").expect(200);
    }

    @Test
    void thePillarFilterAnswersExactlyTheTasksWhosePillarIsThatOne() {
        world();
        String marker = "Trụ" + Unique.digits();
        long aimed = draft(marker, 2030, Json.createArrayBuilder()
                .add(Json.createObjectBuilder(task(marker + " nhận thức", "Bộ phận một cửa", "Năm 2030", null))
                        .add("criterionCode", "1.1"))
                .add(Json.createObjectBuilder(task(marker + " chính quyền số", "Bộ phận một cửa", "Năm 2030", null))
                        .add("criterionCode", "6.1"))
                .add(Json.createObjectBuilder(task(marker + " chính quyền số hai", "Bộ phận một cửa", "Năm 2030", null))
                        .add("criterionCode", "6.1")));
        as(OFFICER).post("plans/" + aimed + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        java.util.Map<String, List<Long>> byPillar = new java.util.TreeMap<>();
        as(OFFICER).get("units/" + ward() + "/progress/tasks").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.containsKey("pillar"))
                .forEach(t -> byPillar.computeIfAbsent(t.getString("pillar"), k -> new ArrayList<>())
                        .add(t.getJsonNumber("taskId").longValue()));
        assertTrue(byPillar.size() >= 2, "the ward's tasks aim at pillars of its assessment: " + byPillar.keySet());
        byPillar.forEach((pillar, expected) -> assertEquals(expected, tasks("pillar="
                + URLEncoder.encode(pillar.toUpperCase(), StandardCharsets.UTF_8), expected.size()), pillar));
        String first = byPillar.keySet().iterator().next();
        assertEquals(byPillar.get(first).subList(0, 1), tasks("pillar=" + URLEncoder.encode(first, StandardCharsets.UTF_8)
                + "&size=1", byPillar.get(first).size()));
        assertEquals(List.of(), tasks("pillar=" + URLEncoder.encode("Không có trụ cột này", StandardCharsets.UTF_8), 0));
    }

    @Test
    void planListsFilterByWordsStatusAndYearAndEveryListCarriesItsCount() {
        World w = world();
        long draft = draft(w.marker(), 2031, Json.createArrayBuilder().add(task("Dự thảo " + w.marker(), "Văn phòng",
                "Quý I/2031", null)));
        String path = "units/" + ward() + "/plans?" + q(w.marker().toLowerCase());
        assertEquals(List.of(draft, w.plan()), ids(path, 2, "id"), "latest year first");
        assertEquals(List.of(w.plan()), ids(path + "&size=1&page=2", 2, "id"));
        assertEquals(List.of(draft), ids(path + "&status=DRAFT", 1, "id"));
        assertEquals(List.of(w.plan()), ids(path + "&status=issued&year=2030", 1, "id"));
        assertEquals(List.of(), ids(path + "&year=2029", 0, "id"));
        Api.Reply city = as("city").get(path).expect(200);
        assertEquals("1", city.header("X-Total-Count").orElse(""), "a unit above sees the issued plan, not the draft");
        assertEquals(w.plan(), city.array().getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("request.filter.invalid", as(OFFICER).get(path + "&status=OPEN").expectError(400).getString("error"));
        assertEquals("request.filter.invalid", as(OFFICER).get(path + "&year=hai").expectError(400).getString("error"));

        Api.Reply departments = as(OFFICER).get("units/" + ward() + "/departments?size=1&page=2").expect(200);
        assertEquals(1, departments.array().size(), "a short list is cut to its page too");
        assertEquals(String.valueOf(as(OFFICER).get("units/" + ward() + "/departments").expect(200).array().size()),
                departments.header("X-Total-Count").orElse(""));
        Api.Reply history = as(OFFICER).get("tasks/" + w.tasks().get(0) + "/progress").expect(200);
        assertEquals("0", history.header("X-Total-Count").orElse(""), "every list carries its count");
        assertEquals("request.page.invalid", as(OFFICER).get("units?size=1000").expectError(400).getString("error"));
    }

    private long report(String user, String unit, String frequency, String day) {
        return as(user).post("units/" + unit + "/reports", Json.createObjectBuilder().add("frequency", frequency)
                .add("date", day).build()).expect(201).object().getJsonNumber("id").longValue();
    }

    @Test
    void theReportListCoversTheSubtreeFilteredAndPagedInTheQuery() {
        String day = (2060 + Unique.below(30)) + "-0" + (1 + Unique.below(9)) + "-10";
        long ward2 = report(OFFICER, ward(), "MONTHLY", day);
        long ward3 = report("ward3", tree().code("W3"), "MONTHLY", day);
        long city = report("city", tree().code("C"), "MONTHLY", day);
        long quarter = report(OFFICER, ward(), "QUARTERLY", day);
        as(OFFICER).post("reports/" + ward2 + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        String path = "reports?unit=" + tree().code("C") + "&period=" + day;
        Set<Long> all = new TreeSet<>(idsAs("city", path, 4));
        assertEquals(new TreeSet<>(List.of(ward2, ward3, city, quarter)), all);
        assertEquals(List.of(ward2), idsAs("city", path + "&status=SUBMITTED", 1));
        assertEquals(List.of(quarter), idsAs("city", path + "&frequency=quarterly", 1));
        assertEquals(List.of(city), idsAs("city", path + "&level=CITY", 1));
        assertEquals(3, idsAs("city", path + "&level=WARD", 3).size());
        assertEquals(Set.of(ward3), Set.copyOf(idsAs("city", path + "&" + q("phường 3"), 1)));
        List<Long> paged = new ArrayList<>(idsAs("city", path + "&size=3&page=1", 4));
        paged.addAll(idsAs("city", path + "&size=3&page=2", 4));
        assertEquals(all, new TreeSet<>(paged), "two pages hold every report once");
        assertEquals(4, paged.size());
        assertEquals(new TreeSet<>(List.of(ward2, quarter)), new TreeSet<>(idsAs(OFFICER, "reports?unit=" + ward()
                + "&period=" + day, 2)), "a ward sees its own reports only");
        as(OFFICER).get("reports?unit=" + tree().code("C")).expectError(404);
        assertEquals("request.field.required", as(OFFICER).get("reports").expectError(400).getString("error"));
        assertEquals("request.filter.invalid", as(OFFICER).get("reports?unit=" + ward() + "&level=DISTRICT")
                .expectError(400).getString("error"));
        assertEquals("request.filter.invalid", as(OFFICER).get("reports?unit=" + ward() + "&period=10/06/2060")
                .expectError(400).getString("error"));
    }

    private List<Long> idsAs(String user, String path, long total) {
        Api.Reply reply = as(user).get(path).expect(200);
        assertEquals(String.valueOf(total), reply.header("X-Total-Count").orElse("(none)"), path);
        return reply.array().getValuesAs(JsonObject.class).stream().map(t -> t.getJsonNumber("id").longValue())
                .toList();
    }

    private static JsonObject line(long taskId, String status, int percent) {
        return Json.createObjectBuilder().add("taskId", taskId).add("status", status).add("percent", percent).build();
    }

    private static JsonObject bulk(JsonObject... lines) {
        JsonArrayBuilder updates = Json.createArrayBuilder();
        for (JsonObject line : lines) {
            updates.add(line);
        }
        return Json.createObjectBuilder().add("updates", updates).build();
    }

    private String statusOf(World w, long taskId) {
        return as(OFFICER).get("units/" + ward() + "/progress/tasks?" + q(w.marker())).expect(200).array()
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getJsonNumber("taskId").longValue() == taskId)
                .findFirst().orElseThrow().getString("status");
    }

    @Test
    void bulkProgressIsStoredWholeOrNotAtAllNamingEveryRefusedLine() {
        World w = world();
        List<Long> t = w.tasks();
        JsonObject stored = as(OFFICER).post("progress", bulk(line(t.get(0), "IN_PROGRESS", 30),
                Json.createObjectBuilder().add("taskId", t.get(1)).add("status", "DONE").add("note", "Xong").build()))
                .expect(200).object();
        assertEquals(2, stored.getInt("stored"));
        assertEquals("IN_PROGRESS", statusOf(w, t.get(0)));
        assertEquals("DONE", statusOf(w, t.get(1)));
        assertEquals(1, as(OFFICER).get("tasks/" + t.get(1) + "/progress").expect(200).array().size());

        long unknownTask = 9_000_000_000_000L;
        Api.Reply refused = as(OFFICER).post("progress", bulk(line(t.get(2), "DONE", 100),
                line(t.get(3), "IN_PROGRESS", 150), line(unknownTask, "DONE", 100), line(t.get(0), "DONE", 100)))
                .expect(422);
        JsonObject body = refused.object();
        assertEquals("progress.bulk.refused", body.getString("error"));
        assertTrue(body.getString("message").contains("2 dòng"), body.toString());
        List<JsonObject> lines = body.getJsonArray("refused").getValuesAs(JsonObject.class);
        assertEquals(List.of(1, 2), lines.stream().map(l -> l.getInt("index")).toList(), body.toString());
        assertEquals(List.of(t.get(3), unknownTask), lines.stream().map(l -> l.getJsonNumber("taskId").longValue()).toList());
        assertEquals("progress.percent.range", lines.get(0).getString("error"));
        assertTrue(lines.get(0).getString("message").contains("updates[1]")
                && lines.get(0).getString("message").contains("0 đến 100"), lines.get(0).toString());
        assertTrue(lines.get(1).getString("message").contains("updates[2]"), lines.get(1).toString());
        assertEquals("NOT_STARTED", statusOf(w, t.get(2)), "the good lines were not stored either");
        assertEquals("IN_PROGRESS", statusOf(w, t.get(0)));
        assertEquals(0, as(OFFICER).get("tasks/" + t.get(2) + "/progress").expect(200).array().size());

        JsonObject unreadable = as(OFFICER).post("progress", bulk(line(t.get(2), "DONE", 100),
                line(t.get(3), "FINISHED", 100))).expect(422).object();
        assertEquals(1, unreadable.getJsonArray("refused").getJsonObject(0).getInt("index"));
        assertEquals("progress.status.invalid", unreadable.getJsonArray("refused").getJsonObject(0).getString("error"));
        assertEquals("NOT_STARTED", statusOf(w, t.get(2)));
        as(OFFICER).post("progress", Json.createObjectBuilder().add("updates", Json.createArrayBuilder()).build())
                .expectError(422);
        as(OFFICER).post("progress", bulk(Json.createObjectBuilder().add("status", "DONE").build())).expectError(422);
    }

    @Test
    void theTaskListScreenFiltersAndKeepsItsFiltersInTheUrl() {
        World w = world();
        as(OFFICER).post("progress", bulk(line(w.tasks().get(2), "DONE", 100))).expect(200);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree().user(OFFICER), ItTree.PASSWORD, true);
            browser.click(By.id("nav-tasks"));
            waitForPath(browser, "/app/tasks.xhtml");
            browser.type(By.id("filters:q"), w.marker());
            browser.driver().executeScript("var s = document.getElementById('filters:department_input'); s.value = '"
                    + w.departmentA().getJsonNumber("id").longValue() + "';");
            browser.click(By.cssSelector("[id='filters:overdue'] .ui-chkbox-box"));
            browser.click(By.id("filters:apply"));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.urlContains("overdue=true"));
            String url = browser.driver().getCurrentUrl();
            assertTrue(url.contains("q=") && url.contains("department=" + w.departmentA().getJsonNumber("id")), url);
            assertEquals(List.of(w.marker() + " việc một"), rows(browser));
            browser.shoot("tasks-filter");

            browser.driver().navigate().refresh();
            assertEquals(List.of(w.marker() + " việc một"), rows(browser), "a reload keeps the filters");
            assertEquals(w.marker(), browser.find(By.id("filters:q")).getAttribute("value"));

            browser.go("app/tasks.xhtml?" + q(w.marker()) + "&status=DONE");
            assertEquals(List.of(w.marker() + " việc ba"), rows(browser), "a link with filters opens filtered");
            browser.go("app/tasks.xhtml?" + q(w.marker()));
            assertEquals(5, rows(browser).size());
            assertTrue(browser.text(By.id("list:tasks")).contains("1–5 trong 5"), browser.text(By.id("list:tasks")));
            browser.click(By.id("filters:clear"));
            new WebDriverWait(browser.driver(), WAIT).until(d -> !d.getCurrentUrl().contains("q="));
        }
    }

    private static void waitForPath(Browser browser, String suffix) {
        new WebDriverWait(browser.driver(), WAIT).until(d -> browser.currentPath().endsWith(suffix));
    }

    private static List<String> rows(Browser browser) {
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("list:tasks")));
        return browser.driver().findElements(By.cssSelector("[id='list:tasks'] .task-link")).stream()
                .map(e -> e.getText()).toList();
    }
}
