package vn.dtiplan.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.dtiplan.it.probe.IsolationFixture;

/**
 * The outside probe of issue 13 kept as a test: every REST endpoint of the deployed WAR (found by
 * reflection over the {@code @Path} classes it contains, not a hand-kept list) × every role ×
 * a target outside the caller's scope. {@link #CASES} says, per endpoint, how to aim it at the
 * target; an endpoint without a case fails the test, so a new endpoint cannot slip through.
 *
 * <p>{@link #build} makes its own world: two trees (callers {@code A…}, target {@code T…}) and an
 * account of every role in each ({@link IsolationFixture}), then, as the target's own people,
 * an issued plan with a task cascaded to the target ward and adopted there, evidence, a report,
 * a framework and a token. A targeted call by a caller of the other tree must answer 403 or 404;
 * any call must never answer 5xx nor show the target's marker (its tag, in every code and name).
 * The system administrator reaches the target legitimately: for it, only "never 5xx" holds.
 */
final class IsolationProbe {

    private static final byte[] PDF = "%PDF-1.4\n% minh chứng\n".getBytes(StandardCharsets.UTF_8);
    private static final String[] PILLARS = {"Nhận thức số", "Thể chế số", "Hạ tầng số", "Nhân lực số",
        "An toàn thông tin mạng", "Chính quyền số", "Kinh tế số", "Xã hội số"};
    private static final int[] THOUSAND = {100, 100, 100, 100, 100, 200, 150, 150};
    static final List<String> ROLES = List.of("overseer", "planner", "officer", "staff", "admin");

    private IsolationProbe() {
    }

    /** One endpoint: method, path template below {@code /api}, and its request type when it has two. */
    record Endpoint(String method, String template, String consumes) {

        String key() {
            return method + " " + template + (consumes == null ? "" : " " + consumes);
        }
    }

    /** The target's world: its tag (the marker), unit codes and records. */
    record Target(String tag, String province, String city, String ward, long plan, long task, long inherited,
                  long report, long framework, long evidence, long token, long department, long reorganisation) {

        String marker() {
            return "T" + tag;
        }
    }

    /** A request aimed at the target; {@code targeted}: it names the target, so only 403 or 404 may answer. */
    record Aim(String path, String type, byte[] body, boolean targeted) {

        static Aim at(String path) {
            return new Aim(path, null, null, true);
        }

        static Aim json(String path, JsonValue body, boolean targeted) {
            return new Aim(path, "application/json", body.toString().getBytes(StandardCharsets.UTF_8), targeted);
        }

        static Aim untargeted(String path) {
            return new Aim(path, null, null, false);
        }
    }

    private static final JsonObject EMPTY = JsonValue.EMPTY_JSON_OBJECT;

    /** How each endpoint is aimed at the target. */
    static final Map<String, Function<Target, Aim>> CASES = cases();

    /**
     * Endpoints public by design (no sign-in; a unit's public page): aimed at the target they must
     * answer it (200), and never show an account (user name or full name, "Kiểm thử …").
     */
    static final java.util.Set<String> PUBLIC = java.util.Set.of("GET public/units/{code}");

    private static Map<String, Function<Target, Aim>> cases() {
        Map<String, Function<Target, Aim>> c = new TreeMap<>();
        c.put("DELETE evidence/{id}", t -> Aim.at("evidence/" + t.evidence()));
        c.put("DELETE tokens/{id}", t -> Aim.at("tokens/" + t.token()));
        c.put("DELETE units/{code}/departments/{id}", t -> Aim.at("units/" + t.ward() + "/departments/" + t.department()));
        c.put("GET accounts", t -> Aim.untargeted("accounts"));
        c.put("GET reorganisations", t -> Aim.untargeted("reorganisations"));
        c.put("GET reorganisations/{id}", t -> Aim.at("reorganisations/" + t.reorganisation()));
        c.put("GET reorganisations/{id}/preview", t -> Aim.at("reorganisations/" + t.reorganisation() + "/preview"));
        c.put("POST reorganisations/{id}/apply", t -> Aim.json("reorganisations/" + t.reorganisation() + "/apply",
                EMPTY, true));
        c.put("POST reorganisations", t -> Aim.json("reorganisations", Json.createObjectBuilder()
                .add("effective", "2099-01-01").add("basis", "Nghị quyết ngoài").add("changes", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("successor", Json.createObjectBuilder().add("code", "Y" + t.tag())
                                .add("name", "Phường ngoài").add("level", "WARD").add("parentCode", t.city()))
                                .add("predecessors", Json.createArrayBuilder().add(t.ward())))).build(), true));
        c.put("PATCH accounts/{username}", t -> Aim.json("accounts/t.officer." + t.tag(),
                Json.createObjectBuilder().add("enabled", true).build(), true));
        c.put("PATCH units/{code}", t -> Aim.json("units/" + t.ward(),
                Json.createObjectBuilder().add("name", "Phường " + t.marker()).build(), true));
        c.put("PATCH units/{code}/departments/{id}", t -> Aim.json("units/" + t.ward() + "/departments/" + t.department(),
                Json.createObjectBuilder().add("name", "Văn thư " + t.marker()).build(), true));
        c.put("POST accounts", t -> Aim.json("accounts", Json.createObjectBuilder().add("username", "ngoai." + t.tag())
                .add("password", "Probe-" + t.tag() + "-khó-đoán!").add("fullName", "Người ngoài").add("unitCode", t.ward())
                .add("roles", Json.createArrayBuilder().add("WARD_OFFICER")).build(), true));
        c.put("POST units", t -> Aim.json("units", Json.createObjectBuilder().add("code", "X" + t.tag())
                .add("name", "Phường ngoài").add("level", "WARD").add("parentCode", t.city()).build(), true));
        c.put("POST units/{code}/departments", t -> Aim.json("units/" + t.ward() + "/departments",
                Json.createObjectBuilder().add("name", "Bộ phận ngoài").build(), true));
        c.put("GET audit/{type}/{id}", t -> Aim.at("audit/PLAN/" + t.plan()));
        c.put("GET evidence/{id}", t -> Aim.at("evidence/" + t.evidence()));
        c.put("GET frameworks", t -> Aim.untargeted("frameworks"));
        c.put("GET frameworks/template.xlsx", t -> Aim.untargeted("frameworks/template.xlsx"));
        c.put("GET frameworks/{id}", t -> Aim.at("frameworks/" + t.framework()));
        c.put("GET frameworks/{id}/template.xlsx", t -> Aim.at("frameworks/" + t.framework() + "/template.xlsx"));
        c.put("GET notifications", t -> Aim.untargeted("notifications"));
        c.put("GET plans/{id}", t -> Aim.at("plans/" + t.plan()));
        c.put("GET plans/{id}/issue-preview", t -> Aim.at("plans/" + t.plan() + "/issue-preview"));
        c.put("GET plans/{id}/matrix", t -> Aim.at("plans/" + t.plan() + "/matrix"));
        c.put("GET plans/{id}/{file}", t -> Aim.at("plans/" + t.plan() + "/document.pdf"));
        c.put("GET reports", t -> Aim.at("reports?unit=" + t.ward()));
        c.put("GET reports/{id}", t -> Aim.at("reports/" + t.report()));
        c.put("GET reports/{id}/changes", t -> Aim.at("reports/" + t.report() + "/changes"));
        c.put("GET reports/{id}/report.xlsx", t -> Aim.at("reports/" + t.report() + "/report.xlsx"));
        c.put("GET criteria/solutions", t -> Aim.at("criteria/solutions?framework=" + t.framework() + "&code=1.1"));
        c.put("GET tasks/{id}", t -> Aim.at("tasks/" + t.task()));
        c.put("GET tasks/{id}/evidence", t -> Aim.at("tasks/" + t.inherited() + "/evidence"));
        c.put("GET tasks/{id}/lineage", t -> Aim.at("tasks/" + t.task() + "/lineage"));
        c.put("GET tasks/{id}/progress", t -> Aim.at("tasks/" + t.inherited() + "/progress"));
        c.put("GET tokens", t -> Aim.untargeted("tokens"));
        c.put("GET units", t -> Aim.untargeted("units"));
        for (String sub : new String[] {"", "/children", "/children.xlsx", "/gaps", "/scorecard.xlsx"}) {
            c.put("GET units/{code}/assessments/{year}" + sub, t -> Aim.at("units/" + t.ward() + "/assessments/2024" + sub));
        }
        c.put("GET units/{code}/assessments/{year}/children",
                t -> Aim.at("units/" + t.city() + "/assessments/2024/children"));
        c.put("GET units/{code}/assessments", t -> Aim.at("units/" + t.ward() + "/assessments?year=2024"));
        c.put("GET units/{code}/score-history", t -> Aim.at("units/" + t.ward() + "/score-history"));
        for (String sub : new String[] {"departments", "history", "inbox", "notices", "oversight", "plans", "progress",
            "progress.xlsx", "progress/tasks", "progress/years", "reports"}) {
            c.put("GET units/{code}/" + sub, t -> Aim.at("units/" + t.ward() + "/" + sub));
        }
        c.put("PATCH tasks/{id}", t -> Aim.json("tasks/" + t.task(), Json.createObjectBuilder()
                .add("solution", "Sửa bởi người ngoài").add("reason", "thử").build(), true));
        c.put("POST admin/backup", t -> Aim.json("admin/backup", EMPTY, false));
        c.put("POST admin/task-counts", t -> Aim.json("admin/task-counts", EMPTY, false));
        c.put("POST admin/assessment-results", t -> Aim.json("admin/assessment-results", EMPTY, false));
        c.put("POST assessments/import", t -> new Aim("assessments/import", "application/octet-stream", PDF, false));
        c.put("POST frameworks", t -> Aim.json("frameworks", framework(t.province(), "ngoài " + t.marker()), true));
        c.put("POST frameworks/import", t -> new Aim("frameworks/import", "application/octet-stream", PDF, false));
        c.put("POST frameworks/{id}/copy", t -> Aim.json("frameworks/" + t.framework() + "/copy?year=2031", EMPTY, true));
        c.put("POST inherited/decisions", t -> Aim.json("inherited/decisions", Json.createObjectBuilder()
                .add("ids", Json.createArrayBuilder().add(String.valueOf(t.inherited()))).add("action", "DECLINE")
                .add("reason", "thử").build(), true));
        c.put("POST inherited/{id}/decision", t -> Aim.json("inherited/" + t.inherited() + "/decision",
                Json.createObjectBuilder().add("action", "DECLINE").add("reason", "thử").build(), true));
        c.put("POST inherited/{id}/review", t -> Aim.json("inherited/" + t.inherited() + "/review",
                Json.createObjectBuilder().add("accept", true).build(), true));
        c.put("POST notices/{id}/ack", t -> Aim.json("notices/" + t.inherited() + "/ack", EMPTY, true));
        c.put("POST notifications/read", t -> Aim.json("notifications/read", EMPTY, false));
        c.put("POST notifications/sweep", t -> Aim.json("notifications/sweep", EMPTY, false));
        c.put("POST notifications/digest", t -> Aim.json("notifications/digest", EMPTY, false));
        c.put("GET public/units/{code}", t -> Aim.untargeted("public/units/" + t.ward()));
        c.put("POST notifications/{id}/read", t -> Aim.json("notifications/" + t.plan() + "/read", EMPTY, true));
        c.put("POST plans", t -> Aim.json("plans", plan(t.ward(), "ngoài", 2024), true));
        c.put("POST plans/{id}/issue", t -> Aim.json("plans/" + t.plan() + "/issue", EMPTY, true));
        c.put("POST plans/{id}/tasks/import", t -> new Aim("plans/" + t.plan() + "/tasks/import",
                "application/octet-stream", PDF, true));
        // A bulk report answers 422 naming the refused line (not found, as for an unknown id): only "no leak" holds.
        c.put("POST progress", t -> Aim.json("progress", Json.createObjectBuilder().add("updates",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("taskId", t.inherited())
                        .add("status", "DONE"))).build(), false));
        c.put("POST reports/{id}/approve", t -> Aim.json("reports/" + t.report() + "/approve", EMPTY, true));
        c.put("POST reports/{id}/return", t -> Aim.json("reports/" + t.report() + "/return",
                Json.createObjectBuilder().add("comment", "thử").build(), true));
        c.put("POST reports/{id}/submit", t -> Aim.json("reports/" + t.report() + "/submit", EMPTY, true));
        c.put("POST tasks/{id}/evidence application/json", t -> Aim.json("tasks/" + t.inherited() + "/evidence",
                Json.createObjectBuilder().add("url", "https://example.org/minh-chung").add("name", "liên kết").build(),
                true));
        c.put("POST tasks/{id}/evidence application/octet-stream",
                t -> new Aim("tasks/" + t.inherited() + "/evidence?name=a.pdf", "application/octet-stream", PDF, true));
        c.put("POST tasks/{id}/progress", t -> Aim.json("tasks/" + t.inherited() + "/progress",
                Json.createObjectBuilder().add("status", "DONE").build(), true));
        c.put("POST tokens", t -> Aim.json("tokens", Json.createObjectBuilder().add("name", "probe").build(), false));
        for (String step : new String[] {"appraise", "publish", "submit"}) {
            c.put("POST units/{code}/assessments/{year}/" + step,
                    t -> Aim.json("units/" + t.ward() + "/assessments/2024/" + step, EMPTY, true));
        }
        c.put("POST units/{code}/plans/draft-from-gaps",
                t -> Aim.json("units/" + t.ward() + "/plans/draft-from-gaps?year=2024", EMPTY, true));
        c.put("POST units/{code}/reports", t -> Aim.json("units/" + t.ward() + "/reports",
                Json.createObjectBuilder().add("frequency", "MONTHLY").add("date", "2025-06-01").build(), true));
        c.put("PUT frameworks/{id}", t -> Aim.json("frameworks/" + t.framework(),
                framework(t.province(), "sửa " + t.marker()), true));
        c.put("PUT notifications/email", t -> Aim.json("notifications/email",
                Json.createObjectBuilder().add("email", "thu@example.org").build(), false));
        c.put("PUT plans/{id}/not-addressed", t -> Aim.json("plans/" + t.plan() + "/not-addressed",
                Json.createObjectBuilder().add("notAddressed", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("criterionCode", "1.1").add("reason", "thử"))).build(), true));
        c.put("PUT reports/{id}", t -> Aim.json("reports/" + t.report(),
                Json.createObjectBuilder().add("summary", "sửa").build(), true));
        c.put("PUT units/{code}/assessments/{year}", t -> Aim.json("units/" + t.ward() + "/assessments/2024",
                Json.createObjectBuilder().add("frameworkId", t.framework()).add("pillars", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", PILLARS[0]).add("score", 50))).build(), true));
        return c;
    }

    /**
     * Whether every occurrence of the marker in a refusal is a code the request itself named (an
     * error may quote the caller's own words, which shows nothing of the target).
     */
    private static boolean quotesOnlyTheRequest(String reply, String request, String marker) {
        java.util.regex.Matcher codes = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(marker) + "[A-Za-z0-9]*")
                .matcher(reply);
        while (codes.find()) {
            if (!request.contains("\"" + codes.group() + "\"")) {
                return false;
            }
        }
        return true;
    }

    /** Every endpoint of the WAR: its {@code @Path} classes and their resource methods. */
    static List<Endpoint> endpoints(WebArchive war) {
        List<Endpoint> endpoints = new ArrayList<>();
        String prefix = "/WEB-INF/classes/";
        for (ArchivePath path : war.getContent().keySet()) {
            String name = path.get();
            if (!name.startsWith(prefix) || !name.endsWith(".class") || name.contains("$")) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name.substring(prefix.length(), name.length() - 6).replace('/', '.'), false,
                        IsolationProbe.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            Path root = type.getAnnotation(Path.class);
            if (root != null) {
                endpoints.addAll(methods(type, root.value()));
            }
        }
        return endpoints;
    }

    private static List<Endpoint> methods(Class<?> type, String root) {
        List<Endpoint> endpoints = new ArrayList<>();
        List<Endpoint> all = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            for (Annotation a : m.getAnnotations()) {
                HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    Path sub = m.getAnnotation(Path.class);
                    Consumes consumes = m.getAnnotation(Consumes.class);
                    all.add(new Endpoint(http.value(), template(root + (sub == null ? "" : "/" + sub.value())),
                            consumes == null ? null : consumes.value()[0]));
                }
            }
        }
        for (Endpoint e : all) {
            boolean twin = all.stream().filter(o -> o.method().equals(e.method()) && o.template().equals(e.template()))
                    .count() > 1;
            endpoints.add(twin ? e : new Endpoint(e.method(), e.template(), null));
        }
        return endpoints;
    }

    /** {@code plans/{id: [0-9]+}/x} → {@code plans/{id}/x}. */
    static String template(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean skipping = false;
        for (char ch : path.toCharArray()) {
            if (ch == '{' && depth++ == 0) {
                out.append('{');
                continue;
            }
            if (ch == '}' && --depth == 0) {
                skipping = false;
                out.append('}');
                continue;
            }
            if (depth == 1 && ch == ':') {
                skipping = true;
            }
            if (depth == 0 || !skipping && !Character.isWhitespace(ch)) {
                out.append(ch);
            }
        }
        return out.toString().replaceAll("/+", "/").replaceAll("^/|/$", "");
    }

    /** Builds the two trees, the accounts and the target's records. */
    static Target build(URL base) {
        String tag = "i" + Unique.code();
        Api api = Api.at(base);
        JsonObject trees = api.send(api.request(api.uri("it-probe/isolation-fixture?tag=" + tag))
                .POST(HttpRequest.BodyPublishers.noBody())).expect(200).object();
        JsonObject t = trees.getJsonObject("t");
        String province = t.getString("province");
        String city = t.getString("city");
        String ward = t.getString("ward");
        Api planner = as(base, "t.planner." + tag);
        Api officer = as(base, "t.officer." + tag);
        JsonObject plan = planner.post("plans", plan(city, "T" + tag, 2024)).expect(201).object();
        long planId = plan.getJsonNumber("id").longValue();
        long taskId = plan.getJsonArray("tasks").getJsonObject(0).getJsonNumber("id").longValue();
        planner.post("plans/" + planId + "/issue", EMPTY).expect(200);
        long inherited = officer.get("units/" + ward + "/inbox").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getJsonNumber("planId").longValue() == planId).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        officer.post("inherited/" + inherited + "/decision", Json.createObjectBuilder().add("action", "ADOPT")
                .add("leadDepartment", "Văn thư T" + tag).build()).expect(200);
        long evidence = officer.send(officer.request(officer.api("tasks/" + inherited + "/evidence?name=a.pdf"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(PDF)))
                .expect(201).object().getJsonNumber("id").longValue();
        long report = officer.post("units/" + ward + "/reports", Json.createObjectBuilder().add("frequency", "MONTHLY")
                .add("date", "2024-06-01").build()).expect(201).object().getJsonNumber("id").longValue();
        long framework = as(base, "t.overseer." + tag).post("frameworks", framework(province, "T" + tag)).expect(201)
                .object().getJsonNumber("id").longValue();
        long token = officer.post("tokens", Json.createObjectBuilder().add("name", "T" + tag).build()).expect(201)
                .object().getJsonNumber("id").longValue();
        long department = officer.get("units/" + ward + "/departments").expect(200).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        long reorganisation = as(base, "t.overseer." + tag).post("reorganisations", Json.createObjectBuilder()
                .add("effective", "2099-01-01").add("basis", "Nghị quyết T" + tag)
                .add("changes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("successor", Json.createObjectBuilder().add("code", "T" + tag + "N")
                                .add("name", "Phường T" + tag + " mới").add("level", "WARD").add("parentCode", city))
                        .add("predecessors", Json.createArrayBuilder().add(ward)))).build())
                .expect(201).object().getJsonNumber("id").longValue();
        return new Target(tag, province, city, ward, planId, taskId, inherited, report, framework, evidence, token,
                department, reorganisation);
    }

    static Api as(URL base, String user) {
        return Api.at(base).as(user, IsolationFixture.PASSWORD);
    }

    /** Sends one aimed request as {@code caller}; answers what is wrong with the answer, or null. */
    static String check(Api caller, String role, Endpoint endpoint, Target target) {
        Aim aim = CASES.get(endpoint.key()).apply(target);
        HttpRequest.Builder request = caller.request(caller.api(aim.path())).setHeader("Accept", "*/*");
        HttpRequest.BodyPublisher body = aim.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(aim.body());
        if (aim.type() != null) {
            request.header("Content-Type", aim.type());
        }
        Api.Reply reply = caller.send(request.method(endpoint.method(), body));
        String where = role + " " + endpoint.key() + " → " + aim.path() + ": " + reply.status();
        if (reply.status() >= 500) {
            return where + " " + reply.body();
        }
        if (PUBLIC.contains(endpoint.key())) {
            return reply.status() == 200 && !reply.body().contains("." + target.tag()) ? null
                    : where + " (a public page: expected 200 without an account) " + abbreviate(reply.body());
        }
        if ("admin".equals(role)) {
            return null;
        }
        boolean namedInBody = aim.body() != null && new String(aim.body(), StandardCharsets.UTF_8).contains(target.marker());
        if (aim.targeted() && reply.status() != 403 && reply.status() != 404 && !(namedInBody && reply.status() == 422)) {
            return where + " (expected 403 or 404" + (namedInBody ? ", or 422 for a unit named in the body" : "") + ") "
                    + abbreviate(reply.body());
        }
        if (reply.body().contains(target.marker()) && !(namedInBody && reply.status() >= 400 && quotesOnlyTheRequest(
                reply.body(), new String(aim.body(), StandardCharsets.UTF_8), target.marker()))) {
            return where + " shows the target " + target.marker() + ": " + abbreviate(reply.body());
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static JsonObject plan(String unit, String marker, int year) {
        return Api.signed(Json.createObjectBuilder()).add("unitCode", unit).add("number", "KH-" + marker)
                .add("title", "Kế hoạch " + marker).add("year", year).add("tasks", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("solution", "Giải pháp " + marker)
                                .add("lead", "UBND các phường, xã").add("coordinating", Json.createArrayBuilder())
                                .add("timeframe", "Quý II/2024").add("cascade", true)))
                .build();
    }

    private static JsonObject framework(String issuer, String marker) {
        JsonArrayBuilder pillars = Json.createArrayBuilder();
        for (int i = 0; i < PILLARS.length; i++) {
            pillars.add(Json.createObjectBuilder().add("name", PILLARS[i]).add("max", THOUSAND[i])
                    .add("criteria", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("code", (i + 1) + ".1").add("title", "Tiêu chí " + (i + 1) + ".1").add("max", 10))));
        }
        return Json.createObjectBuilder().add("issuerCode", issuer).add("year", 2024).add("level", "WARD")
                .add("name", "Bộ chỉ số " + marker).add("pillars", pillars).build();
    }
}
