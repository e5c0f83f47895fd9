package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The outside probe's input cases (issue 13, items 6 and 7) kept as tests: every write endpoint
 * that reads a JSON body answers a malformed, null, array or mistyped body, an overflowing
 * number, a text longer than its column, an impossible date and control characters with 400 or
 * 422 and the API's Vietnamese error, and stores nothing; a task and a report carry their version
 * as {@code ETag} and honour {@code If-Match} (412 when stale; a report's PUT needs one, 428),
 * and so do a unit, a department, an account, a framework and an assessment's scores (on the
 * test's own tree),
 * and of two PATCHes racing on one version exactly one wins. Each test makes its own plan and
 * report (a unique number, a far-off year).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiInputIT {

    private static final AtomicInteger YEAR = new AtomicInteger(2450 + ThreadLocalRandom.current().nextInt(330)); // 2450–2799; ReportsIT drafts 2100–2449
    /** A letter only Vietnamese writes: the message is in Vietnamese. */
    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private static ItTree tree;

    /**
     * The class's own tree, made once: province P, city C (with the departments its plans name;
     * planner {@code city}) and its ward W (officer {@code ward}).
     */
    private ItTree tree() {
        if (tree == null) {
            tree = new ItTree(base).unit("P", "Tỉnh Đầu Vào", "PROVINCE", null).unit("C", "Thành phố Đầu Vào", "CITY", "P")
                    .unit("W", "Phường Đầu Vào", "WARD", "C").department("C", "Phòng Văn hóa - Thông tin")
                    .department("C", "Phòng Nội vụ").account("city", "C", "CITY_PLANNER").account("ward", "W", "WARD_OFFICER");
        }
        return tree;
    }

    /** The API signed in as the class tree's account {@code suffix} ({@code city} or {@code ward}). */
    private Api as(String suffix) {
        return tree().as(suffix);
    }

    private static String number() {
        return "IN-" + Unique.digits() + "/KH-UBND";
    }

    private static JsonObjectBuilder task(String solution, boolean cascade) {
        return Json.createObjectBuilder().add("solution", solution).add("lead", "Phòng Văn hóa - Thông tin")
                .add("coordinating", Json.createArrayBuilder().add("Phòng Nội vụ")).add("timeframe", "Năm 2030")
                .add("due", "2030-06-30").add("cascade", cascade);
    }

    private JsonObjectBuilder plan(String number) {
        return Api.signed(Json.createObjectBuilder()).add("unitCode", tree().code("C")).add("number", number).add("title", "Kế hoạch kiểm thử đầu vào")
                .add("year", 2030).add("tasks", Json.createArrayBuilder().add(task("Rà soát đầu vào", false)));
    }

    /** A city plan, issued: its own task (no copies) and a cascading one with a copy in the ward. */
    private record Fixture(long taskId, long copyId, long reportId) {
    }

    private Fixture fixture() {
        Api city = as("city");
        JsonObject created = city.post("plans", plan(number()).add("tasks", Json.createArrayBuilder()
                .add(task("Rà soát đầu vào", false)).add(task("Phổ biến cho các phường", true))).build())
                .expect(201).object();
        long planId = created.getJsonNumber("id").longValue();
        JsonObject issued = city.post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200).object();
        long own = issued.getJsonArray("tasks").getJsonObject(0).getJsonNumber("id").longValue();
        long cascading = issued.getJsonArray("tasks").getJsonObject(1).getJsonNumber("id").longValue();
        long copy = as("ward").get("units/" + tree().code("W") + "/inbox").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getJsonNumber("parentTaskId").longValue() == cascading).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long report = as("ward").post("units/" + tree().code("W") + "/reports", Json.createObjectBuilder()
                .add("frequency", "MONTHLY").add("date", YEAR.getAndIncrement() + "-06-01").build()).expect(201).object()
                .getJsonNumber("id").longValue();
        return new Fixture(own, copy, report);
    }

    private Api.Reply raw(String user, String method, String path, String body, Map<String, String> headers) {
        Api api = as(user);
        HttpRequest.Builder request = api.request(api.api(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return api.send(request);
    }

    /** One write endpoint: who calls it, a valid body, its free-text, date and number fields, and what must not change. */
    private record Endpoint(String user, String method, String path, Supplier<JsonObjectBuilder> valid, String text,
                            int textMax, String date, String number, Supplier<String> state) {
    }

    private List<Endpoint> endpoints(Fixture f) {
        Supplier<String> cityPlans = () -> as("city").get("units/" + tree().code("C") + "/plans").body();
        Supplier<String> task = () -> as("city").get("tasks/" + f.taskId()).body();
        Supplier<String> copy = () -> as("ward").get("tasks/" + f.copyId()).body();
        Supplier<String> report = () -> as("ward").get("reports/" + f.reportId()).body();
        Supplier<String> progress = () -> as("city").get("tasks/" + f.taskId() + "/progress").body();
        long version = as("ward").get("reports/" + f.reportId()).expect(200).object()
                .getJsonNumber("version").longValue();
        return List.of(
                new Endpoint("city", "POST", "plans", () -> plan(number()), "title", 1000, null, "year", cityPlans),
                new Endpoint("city", "PATCH", "tasks/" + f.taskId(),
                        () -> Json.createObjectBuilder().add("timeframe", "Năm 2031"), "solution", 4000, "due", null, task),
                new Endpoint("ward", "POST", "inherited/" + f.copyId() + "/decision",
                        () -> Json.createObjectBuilder().add("action", "ADAPT").add("leadDepartment", "x"), "reason", 2000,
                        "due", null, copy),
                new Endpoint("ward", "PUT", "reports/" + f.reportId(),
                        () -> Json.createObjectBuilder().add("version", version), "body", 20000, null, "version", report),
                new Endpoint("city", "POST", "tasks/" + f.taskId() + "/progress",
                        () -> Json.createObjectBuilder().add("status", "IN_PROGRESS").add("percent", 10), "note", 4000, null,
                        "percent", progress));
    }

    /** The probe's bodies for one endpoint: what is sent, and which statuses may answer it. */
    private static Map<String, String> badBodies(Endpoint e) {
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"" + e.text() + "\": ");
        bodies.put("null body", "null");
        bodies.put("array body", "[" + e.valid().get().build() + "]");
        bodies.put("string body", "\"x\"");
        bodies.put("text as an object", e.valid().get().add(e.text(), Json.createObjectBuilder().add("a", 1)).build().toString());
        bodies.put("text 10,000 characters over its column",
                e.valid().get().add(e.text(), "đ".repeat(e.textMax() + 10_000)).build().toString());
        bodies.put("NUL in text", e.valid().get().add(e.text(), "Rà soát\u0000").build().toString());
        bodies.put("right-to-left override in text", e.valid().get().add(e.text(), "\u202Efdp.exe").build().toString());
        if (e.date() != null) {
            bodies.put("impossible date", e.valid().get().add(e.date(), "+999999999-12-31").build().toString());
            bodies.put("date of another format", e.valid().get().add(e.date(), "31/12/2030").build().toString());
        }
        if (e.number() != null) {
            bodies.put("overflowing number", e.valid().get().build().toString().replaceFirst("\\}$",
                    ",\"" + e.number() + "\":99999999999999999999}"));
            bodies.put("number as a word", e.valid().get().add(e.number(), "hai nghìn").build().toString());
        }
        return bodies;
    }

    @Test
    void everyBadBodyIsRefusedInVietnameseAndChangesNothing() {
        Fixture f = fixture();
        List<Executable> checks = new ArrayList<>();
        for (Endpoint e : endpoints(f)) {
            String before = e.state().get();
            badBodies(e).forEach((name, body) -> checks.add(() -> {
                Api.Reply reply = raw(e.user(), e.method(), e.path(), body, Map.of());
                String probe = e.method() + " " + e.path() + " with " + name + ": ";
                assertTrue(reply.status() == 400 || reply.status() == 422, probe + reply.status() + " " + reply.body());
                JsonObject error = reply.expectError(reply.status());
                assertTrue(VIETNAMESE.matcher(error.getString("message")).find(), probe + error);
                assertEquals(before, e.state().get(), probe + "changed what it refused");
            }));
        }
        assertAll(checks);
    }

    @Test
    void eachRefusalNamesItsRuleAndField() {
        Fixture f = fixture();
        JsonObject longTitle = as("city").post("plans", plan(number()).add("title", "T".repeat(10_000)).build())
                .expectError(422);
        assertEquals("request.text.tooLong", longTitle.getString("error"));
        assertTrue(longTitle.getString("message").contains("„title“"), longTitle.toString());
        for (String field : List.of("place", "signerName", "number")) {
            assertEquals("request.text.tooLong", as("city").post("plans", plan(number()).add(field, "P".repeat(340))
                    .build()).expectError(422).getString("error"), field);
        }
        JsonObject solution = as("city").post("plans", plan(number()).add("tasks", Json.createArrayBuilder()
                .add(task("S".repeat(10_000), false))).build()).expectError(422);
        assertTrue(solution.getString("message").contains("„tasks[0].solution“"), solution.toString());
        JsonObject control = as("city").post("plans", plan(number()).add("tasks", Json.createArrayBuilder()
                .add(task("Rà soát", false).add("coordinating", Json.createArrayBuilder().add("Phòng\u202E")))).build())
                .expectError(422);
        assertEquals("request.text.control", control.getString("error"));
        assertTrue(control.getString("message").contains("„tasks[0].coordinating[0]“"), control.toString());
        JsonObject date = as("city").patch("tasks/" + f.taskId(), Json.createObjectBuilder()
                .add("due", "+999999999-12-31").build()).expectError(422);
        assertEquals("request.date.invalid", date.getString("error"));
        assertEquals("request.malformed", raw("city", "POST", "plans",
                plan(number()).build().toString().replace("\"year\":2030", "\"year\":99999999999"), Map.of()).expectError(400)
                .getString("error"));
        assertEquals("request.body.required", raw("city", "PATCH", "tasks/" + f.taskId(), "null", Map.of())
                .expectError(422).getString("error"));
        assertEquals("request.number.max", as("city").post("plans", plan(number()).add("year", 10_000).build())
                .expectError(422).getString("error"));
    }

    private static String etag(Api.Reply reply) {
        return reply.header("ETag").orElseThrow(() -> new AssertionError(reply.request() + ": no ETag"));
    }

    @Test
    void aTaskCarriesItsVersionAndAStaleIfMatchIsRefused() {
        Fixture f = fixture();
        Api city = as("city");
        String path = "tasks/" + f.taskId();
        String first = etag(city.get(path).expect(200));
        Api.Reply changed = raw("city", "PATCH", path, "{\"timeframe\":\"Quý I/2031\"}", Map.of("If-Match", first))
                .expect(200);
        String second = etag(changed);
        assertNotEquals(first, second);
        assertEquals(second, etag(city.get(path).expect(200)), "PATCH answers the stored version");
        JsonObject stale = raw("city", "PATCH", path, "{\"timeframe\":\"Quý II/2031\"}", Map.of("If-Match", first))
                .expectError(412);
        assertEquals("precondition.failed", stale.getString("error"));
        assertTrue(stale.getString("message").contains("tải lại"), stale.toString());
        assertEquals("Quý I/2031", city.get(path).expect(200).object().getString("timeframe"), "the stale PATCH changed nothing");
        assertNotEquals(second, etag(city.patch(path, Json.createObjectBuilder().add("timeframe", "Quý III/2031").build())
                .expect(200)), "If-Match is optional on the public contract's PATCH");
    }

    @Test
    void ofTwoPatchesOnOneVersionExactlyOneWins() throws Exception {
        Fixture f = fixture();
        String path = "tasks/" + f.taskId();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String version = etag(as("city").get(path).expect(200));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Api.Reply>> replies = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    String body = "{\"solution\":\"Lần " + round + " người " + i + "\"}";
                    Callable<Api.Reply> patch = () -> {
                        start.await();
                        return raw("city", "PATCH", path, body, Map.of("If-Match", version));
                    };
                    replies.add(pool.submit(patch));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Api.Reply> reply : replies) {
                    statuses.add(reply.get().status());
                }
                statuses.sort(null);
                assertEquals(List.of(200, 412), statuses, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReportPutNeedsTheVersionItWasWrittenOn() {
        Fixture f = fixture();
        Api ward = as("ward");
        String path = "reports/" + f.reportId();
        Api.Reply opened = ward.get(path).expect(200);
        String tag = etag(opened);
        assertEquals("\"" + opened.object().getJsonNumber("version").longValue() + "\"", tag);
        String body = opened.object().getString("body");
        JsonObject missing = ward.put(path, Json.createObjectBuilder().add("body", "Không phiên bản").build()).expectError(428);
        assertEquals("precondition.required", missing.getString("error"));
        assertEquals("precondition.required", ward.put(path, Json.createObjectBuilder().add("redraft", true).build())
                .expectError(428).getString("error"));
        Api.Reply saved = raw("ward", "PUT", path, "{\"body\":\"Bản một\"}", Map.of("If-Match", tag)).expect(200);
        assertNotEquals(tag, etag(saved));
        assertEquals("Bản một", saved.object().getString("body"));
        JsonObject stale = ward.put(path, Json.createObjectBuilder().add("body", "Bản cũ")
                .add("version", opened.object().getJsonNumber("version").longValue()).build()).expectError(412);
        assertEquals("precondition.failed", stale.getString("error"));
        assertEquals("Bản một", ward.get(path).expect(200).object().getString("body"), "nothing stored: " + body.length());
    }

    @Test
    void unitsDepartmentsAccountsFrameworksAndScoresCarryTheirVersionAndAStaleIfMatchIsRefused() {
        ItTree tree = new ItTree(base).unit("P", "Tỉnh Phiên Bản", "PROVINCE", null)
                .unit("W", "Phường Phiên Bản", "WARD", "P")
                .account("so", "P", "PROVINCE_OVERSEER").account("w", "W", "WARD_OFFICER")
                .account("x", "W", "WARD_OFFICER");
        Api overseer = tree.as("so");
        Api ward = tree.as("w");
        Supplier<JsonObject> unit = () -> listed(overseer.get("units"), "code", tree.code("W"));
        refusesStale(overseer, "PATCH", "units/" + tree.code("W"), version(unit.get()),
                "{\"name\":\"Phường Phiên Bản Mới\"}", "{\"name\":\"Phường Phiên Bản Cũ\"}", () -> unit.get().toString());
        String departments = "units/" + tree.code("W") + "/departments";
        JsonObject department = overseer.post(departments, Json.createObjectBuilder().add("name", "Phòng Văn hóa")
                .build()).expect(201).object();
        refusesStale(overseer, "PATCH", departments + "/" + department.getJsonNumber("id"), version(department),
                "{\"name\":\"Phòng Văn hóa - Thông tin\"}", "{\"name\":\"Phòng Văn hóa cũ\"}",
                () -> overseer.get(departments).expect(200).body());
        Supplier<JsonObject> account = () -> listed(overseer.get("accounts"), "username", tree.user("x"));
        refusesStale(overseer, "PATCH", "accounts/" + tree.user("x"), version(account.get()),
                "{\"enabled\":false}", "{\"enabled\":true}", () -> account.get().toString());
        JsonObject framework = frameworkBody(tree.code("P"), "Bộ chỉ số phiên bản");
        long frameworkId = overseer.post("frameworks", framework).expect(201).object().getJsonNumber("id").longValue();
        String frameworkPath = "frameworks/" + frameworkId;
        refusesStale(overseer, "PUT", frameworkPath, etag(overseer.get(frameworkPath).expect(200)),
                frameworkBody(tree.code("P"), "Bộ chỉ số phiên bản mới").toString(),
                frameworkBody(tree.code("P"), "Bộ chỉ số phiên bản cũ").toString(),
                () -> overseer.get(frameworkPath).expect(200).body());
        String scores = "units/" + tree.code("W") + "/assessments/2039";
        ward.put(scores, scoreBody(frameworkId, 4)).expect(200);
        refusesStale(ward, "PUT", scores, etag(ward.get(scores).expect(200)), scoreBody(frameworkId, 5).toString(),
                scoreBody(frameworkId, 6).toString(), () -> ward.get(scores).expect(200).body());
    }

    /**
     * A change naming the current version is stored and answers a new {@code ETag}; the same
     * change's sibling naming the version before is refused with 412 and changes nothing.
     */
    private static void refusesStale(Api api, String method, String path, String tag, String fresh, String stale,
                                     Supplier<String> state) {
        Api.Reply changed = withIfMatch(api, method, path, fresh, tag).expect(200);
        assertNotEquals(tag, etag(changed), path + ": the version moved");
        String stored = state.get();
        JsonObject refused = withIfMatch(api, method, path, stale, tag).expectError(412);
        assertEquals("precondition.failed", refused.getString("error"), path);
        assertTrue(refused.getString("message").contains("tải lại"), refused.toString());
        assertEquals(stored, state.get(), path + ": the stale change stored nothing");
    }

    private static Api.Reply withIfMatch(Api api, String method, String path, String body, String tag) {
        return api.send(api.request(api.api(path)).header("Content-Type", "application/json").header("If-Match", tag)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static JsonObject listed(Api.Reply list, String key, String value) {
        return list.expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString(key).equals(value)).findFirst().orElseThrow();
    }

    private static String version(JsonObject record) {
        return "\"" + record.getJsonNumber("version").longValue() + "\"";
    }

    private static JsonObject frameworkBody(String issuer, String name) {
        return Json.createObjectBuilder().add("issuerCode", issuer).add("year", 2039).add("level", "WARD").add("name", name)
                .add("pillars", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Chính quyền số")
                        .add("max", 10).add("criteria", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("code", "1.1").add("title", "Dịch vụ công trực tuyến").add("max", 10)))))
                .build();
    }

    private static JsonObject scoreBody(long frameworkId, int score) {
        return Json.createObjectBuilder().add("frameworkId", frameworkId).add("pillars", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "Chính quyền số").add("score", score))).build();
    }
}
