package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a regular test (enabled only with {@code -Ddtiplan.benchmark=true}, see
 * docs/benchmark.md): the province dashboard over {@code dtiplan.benchmark.districts} districts
 * (default 1) of 168 wards that each hold 50 inherited tasks, on PostgreSQL with row-level security,
 * as the province overseer.
 *
 * <p>Each district is made as in {@link CascadeBenchmarkIT} and its 50-task plan issued through the
 * API; then, with JDBC, two thirds of the copies are adopted, one in twenty declined, and a fifth of
 * the adopted ones reported done, so every figure of the board has something to count; JDBC bypasses
 * the services, so the kept figures are then recounted with {@code POST /api/admin/task-counts}
 * (timed). Printed side by side, each a median and 95th percentile of 20 calls after 5 warm-ups:
 * the trivial static resource ({@code /health/ready}), the board API ({@code GET /api/units/77/oversight}
 * + {@code /progress}), the dashboard page (signed in, with its size in bytes), the city's page, and
 * the plain-SQL answer of the same question (the subtree's recount from the tasks); then the
 * execution time of the kept roll-up query and of that recount under {@code force_custom_plan} and
 * {@code force_generic_plan} ({@code EXPLAIN ANALYZE EXECUTE} of a prepared statement).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "dtiplan.benchmark", matches = "true")
class DashboardBenchmarkIT {

    private static final int WARDS = 168;
    private static final int TIMED = 20;
    private static final int EXPLAIN_LIMIT_SECONDS = 120;

    /** The kept roll-up of the province's subtree, as JpaProgressRepository asks it. */
    static final String KEPT = "select c.unit_path, sum(c.tasks), sum(c.pending), sum(c.adopted), sum(c.declined),"
            + " sum(c.done), sum(case when c.due < $1 then c.owing else 0 end) from task_count c"
            + " where (c.unit_path = $2 or c.unit_path like $3) and ($4 = 1 or c.unit_path = $5 or c.unit_path like $6)"
            + " group by c.unit_path";

    /** The same figures recounted from the tasks (the roll-up before issue 15). */
    static final String RECOUNT = "select t.unit_path, count(*),"
            + " sum(case when t.state = 'PENDING' then 1 else 0 end),"
            + " sum(case when t.state in ('ADOPTED', 'ADAPTED') then 1 else 0 end),"
            + " sum(case when t.state = 'DECLINED' then 1 else 0 end), sum(case when p.status = 'DONE' then 1 else 0 end),"
            + " sum(case when (p.status is null or p.status <> 'DONE') and (t.state is null or t.state <> 'DECLINED')"
            + " and t.timeframe_kind not in ('DAILY', 'MONTHLY', 'ONGOING', 'QUARTERLY') and t.due < $1 then 1 else 0 end)"
            + " from task t left join task_progress p on p.task_id = t.id left join plan pl on pl.id = t.plan_id"
            + " where (t.unit_path = $2 or t.unit_path like $3) and ($4 = 1 or t.unit_path = $5 or t.unit_path like $6)"
            + " and (t.parent_task_id is not null or pl.status <> 'DRAFT')"
            + " and not (t.lead_kind = 'CHILD_UNITS' and exists (select 1 from task c where c.parent_task_id = t.id))"
            + " group by t.unit_path";

    /** The units a province's board lists (two levels), as JpaAdministrativeUnitRepository.entriesBelow asks them. */
    private static final String UNITS = "select u.id, u.code, u.name, u.path, u.level, p.id, p.name from administrative_unit u"
            + " join administrative_unit p on p.id = u.parent_id where u.path like $3 and u.path not like $3 || '.%.%'"
            + " and u.valid_to is null and ($4 = 1 or u.path = $5 or u.path like $6) and $1 is not null and $2 is not null";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive d() {
        return Deployments.war();
    }

    @Test
    void provinceDashboardOverDistrictsOfOneHundredSixtyEightWardsOfFiftyTasks() throws Exception {
        assumeTrue(ItSettings.isPostgreSql(), "the benchmark runs on PostgreSQL");
        List<Integer> steps = Arrays.stream(System.getProperty("dtiplan.benchmark.steps",
                        Integer.getInteger("dtiplan.benchmark.districts", 1).toString()).split(","))
                .map(String::strip).map(Integer::valueOf).sorted().toList();
        List<String> lines = new ArrayList<>() {
            @Override
            public boolean add(String line) {
                System.out.println(line);
                boolean added = super.add(line);
                CascadeBenchmarkIT.write("dashboard-benchmark.txt", String.join(System.lineSeparator(), this));
                return added;
            }
        };
        List<Long> issues = new ArrayList<>();
        int loaded = 0;
        for (int districts : steps) {
            long loading = System.nanoTime();
            List<Long> plans = new ArrayList<>();
            for (; loaded < districts; loaded++) {
                plans.add(district(loaded, issues));
            }
            long recount = decideAndRecount(plans);
            loading = (System.nanoTime() - loading) / 1_000_000;
            measure(lines, districts, loading, recount, issues);
        }
        hold();
    }

    /** Makes district {@code d} with its wards and issues its 50-task plan through the API, timing the issue. */
    private long district(int d, List<Long> issues) throws SQLException {
        try (Connection c = CascadeBenchmarkIT.connection()) {
            CascadeBenchmarkIT.createDistrict(c, "BENCHD" + d, "bench.dashboard" + d);
        }
        Api planner = Api.at(base).as("bench.dashboard" + d);
        long plan = CascadeBenchmarkIT.draft(planner, "BENCHD" + d, "DASH-50", 50);
        long start = System.nanoTime();
        planner.post("plans/" + plan + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        issues.add((System.nanoTime() - start) / 1_000_000);
        return plan;
    }

    /** Adopts, declines and reports done with JDBC, then recounts every kept figure (JDBC bypasses the services). */
    private long decideAndRecount(List<Long> plans) throws SQLException {
        if (!plans.isEmpty()) {
            String in = plans.toString().replace('[', '(').replace(']', ')');
            try (Connection c = CascadeBenchmarkIT.connection(); Statement s = c.createStatement()) {
                s.executeUpdate("update task set state = 'ADOPTED' where source_plan_id in " + in + " and mod(id, 3) <> 0");
                s.executeUpdate("update task set state = 'DECLINED', decline_reason = 'Đo hiệu năng' where source_plan_id in "
                        + in + " and mod(id, 3) = 0 and mod(id, 20) = 0");
                s.executeUpdate("insert into task_progress (task_id, unit_path, status, percent, updated_by, updated_at)"
                        + " select id, unit_path, 'DONE', 100, 'bench', current_timestamp from task where source_plan_id in "
                        + in + " and state = 'ADOPTED' and mod(id, 5) = 0");
                s.execute("analyze");
            }
        }
        long recount = System.nanoTime();
        Api.at(base).as("admin").post("admin/task-counts", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        return (System.nanoTime() - recount) / 1_000_000;
    }

    private void measure(List<String> lines, int districts, long loading, long recount, List<Long> issues) throws Exception {
        if (Boolean.getBoolean("dtiplan.benchmark.pagesOnly")) {
            lines.add("== " + districts * WARDS + " wards, loaded in " + loading + " ms; load average " + loadAverage());
            pageSizes(lines, plans0());
            screenshots();
            return;
        }
        Api province = Api.at(base).as("tinh.brvt");
        JsonObject board = province.get("units/77/oversight").expect(200).object();
        assertEquals(WARDS * 50, board.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("unitCode").equals("BENCHD0")).findFirst().orElseThrow().getInt("tasks"));
        WebSession page = new WebSession(Api.at(base));
        page.signIn("tinh.brvt", Api.DEMO_PASSWORD);
        int pageBytes = page.get("app/dashboard.xhtml?unit=77").expect(200).bytes().length;
        int cityBytes = page.get("app/dashboard.xhtml?unit=BENCHD0").expect(200).bytes().length;
        HttpClient http = HttpClient.newHttpClient();
        URI ready = base.toURI().resolve("/health/ready");
        List<Long> warm = issues.size() > 1 ? issues.subList(1, issues.size()) : issues;
        lines.add("== " + districts * WARDS + " wards: " + districts + " district(s) x " + WARDS + " wards x 50 tasks = "
                + districts * WARDS * 50 + " inherited tasks; loaded in " + loading + " ms; recount of every kept figure "
                + recount + " ms; issuing 50 tasks to 168 wards (HTTP POST, after the first issue): median "
                + warm.stream().sorted().toList().get(warm.size() / 2) + " ms of " + warm + "; load average " + loadAverage());
        double[] stat = timed(() -> status(http, ready));
        try (Connection c = CascadeBenchmarkIT.connection()) {
            String path = string(c, "select path from administrative_unit where code = '77'");
            double[] sql = timed(() -> rows(c, RECOUNT, path));
            lines.add(line("static GET /health/ready", stat, stat, sql));
            lines.add(line("plain SQL: the subtree's recount from the tasks", sql, stat, sql));
            lines.add(line("plain SQL: the kept roll-up", timed(() -> rows(c, KEPT, path)), stat, sql));
            lines.add(line("board API GET /units/77/oversight (two levels) + /progress", timed(() -> {
                province.get("units/77/oversight").expect(200);
                return province.get("units/77/progress").expect(200).bytes().length;
            }), stat, sql));
            lines.add(line("board page /app/dashboard.xhtml?unit=77 (" + pageBytes + " bytes)",
                    timed(() -> page.get("app/dashboard.xhtml?unit=77").expect(200).bytes().length), stat, sql));
            lines.add(line("city page /app/dashboard.xhtml?unit=BENCHD0 (" + cityBytes + " bytes)",
                    timed(() -> page.get("app/dashboard.xhtml?unit=BENCHD0").expect(200).bytes().length), stat, sql));
            if (Boolean.getBoolean("dtiplan.benchmark.explain")) {
                for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
                    lines.add("plan " + mode + ": kept roll-up " + explain(c, KEPT, path, mode) + "; units below "
                            + explain(c, UNITS, path, mode) + "; recount from the tasks " + explain(c, RECOUNT, path, mode));
                }
            }
        }
        pageSizes(lines, plans0());
        lines.add("load average after: " + loadAverage());
    }

    /** Every screen a province official ({@code tinh.brvt}) and the administrator (the whole country) can open. */
    static final List<String> SCREENS = List.of("app/home.xhtml", "app/dashboard.xhtml?unit=77",
            "app/dashboard.xhtml?unit=BENCHD0", "app/units.xhtml", "app/ranking.xhtml", "app/reports.xhtml",
            "app/plans.xhtml", "app/tasks.xhtml", "app/inbox.xhtml", "app/scorecard.xhtml", "app/scoring.xhtml",
            "app/notifications.xhtml", "app/reorganisations.xhtml", "app/frameworks.xhtml", "app/plan.xhtml",
            "app/admin/accounts.xhtml");

    /**
     * One line per screen and account: the HTML's size in bytes as the first GET answers it (each screen,
     * plus the district's plan and its matrix); a screen the account may not open shows its status.
     */
    private void pageSizes(List<String> lines, long plan) {
        List<String> screens = new ArrayList<>(SCREENS);
        screens.add("app/plan.xhtml?id=" + plan);
        screens.add("app/matrix.xhtml?plan=" + plan);
        screens.add("app/reports.xhtml?unit=BENCHD0");
        screens.add("app/lineage.xhtml?task=" + firstTask(plan));
        for (String user : List.of("tinh.brvt", "admin")) {
            WebSession session = new WebSession(Api.at(base));
            session.signIn(user, Api.DEMO_PASSWORD);
            StringBuilder line = new StringBuilder("page sizes as " + user + ":");
            int largest = 0;
            for (String screen : screens) {
                Api.Reply reply = session.get(screen);
                line.append(String.format("%n  %-40s %s", screen, reply.status() == 200
                        ? String.format("%,d bytes", reply.bytes().length) : "HTTP " + reply.status()));
                largest = Math.max(largest, reply.status() == 200 ? reply.bytes().length : 0);
            }
            lines.add(line.append(String.format("%n  largest: %,d bytes", largest)).toString());
        }
    }

    /**
     * The home tree and the province board at this size, at 1280×800 and 390×844 ({@code target/screenshots/scale-*}):
     * as loaded, then with the first district opened in each.
     */
    private void screenshots() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("tinh.brvt").go("app/home.xhtml");
            browser.shootAt(org.openqa.selenium.By.id("tree:units"), "scale-home-tree");
            browser.click(org.openqa.selenium.By.xpath("//li[*[contains(@class, 'ui-treenode-content')]"
                    + "//span[@data-code='BENCHD0']]/*/span[contains(@class, 'ui-tree-toggler')]"));
            browser.find(org.openqa.selenium.By.cssSelector("[data-code='BENCHD0W1']"));
            browser.shootAt(org.openqa.selenium.By.cssSelector("[data-code='BENCHD0']"), "scale-home-tree-opened");
            browser.go("app/dashboard.xhtml?unit=77");
            browser.shootAt(org.openqa.selenium.By.id("board-table"), "scale-board");
            browser.click(org.openqa.selenium.By.cssSelector(".open-child[data-unit='BENCHD0']"));
            browser.find(org.openqa.selenium.By.cssSelector("tr.nested"));
            browser.shootAt(org.openqa.selenium.By.id("board-table"), "scale-board-opened");
            browser.shootAt(org.openqa.selenium.By.id("heatmap"), "scale-heatmap");
        }
    }

    /** The first task of a plan (its copies are the district's 168 wards'). */
    private static long firstTask(long plan) {
        try (Connection c = CascadeBenchmarkIT.connection()) {
            return Long.parseLong(string(c, "select min(id) from task where plan_id = " + plan));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first district's 50-task plan. */
    private static long plans0() throws SQLException {
        try (Connection c = CascadeBenchmarkIT.connection()) {
            return Long.parseLong(string(c, "select min(p.id) from plan p join administrative_unit u on u.id = p.unit_id"
                    + " where u.code = 'BENCHD0' and p.status <> 'DRAFT'"));
        }
    }

    /** "name: median, p95, min; median / static's; SQL recount's median / this median". */
    static String line(String name, double[] millis, double[] stat, double[] sql) {
        return String.format("%s: median %.1f ms, p95 %.1f ms, min %.1f ms; median %.1f x static; plain SQL / this %.2f",
                name, millis[0], millis[1], millis[2], millis[0] / stat[0], sql[0] / millis[0]);
    }

    /**
     * With {@code -Ddtiplan.benchmark.hold=SECONDS}, keeps the server and its database up that long (or until
     * {@code target/it/release} exists) so a profiler, {@code curl} or {@code psql} can look at the loaded data.
     */
    static void hold() throws InterruptedException {
        long until = System.nanoTime() + Long.getLong("dtiplan.benchmark.hold", 0) * 1_000_000_000L;
        while (System.nanoTime() < until && !java.nio.file.Files.exists(ItSettings.directory().resolve("release"))) {
            Thread.sleep(2_000);
        }
    }

    /** Median, 95th percentile and minimum in ms of {@link #TIMED} calls after 5 warm-ups. */
    static double[] timed(LongSupplier call) {
        for (int i = 0; i < 5; i++) {
            call.getAsLong();
        }
        double[] millis = new double[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            call.getAsLong();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[TIMED / 2], millis[(int) Math.ceil(TIMED * 0.95) - 1], millis[0]};
    }

    static long status(HttpClient http, URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code sql} prepared with the province's parameters (whole-tree scope); answers the number of rows. */
    static long rows(Connection c, String sql, String path) {
        try (Statement s = c.createStatement()) {
            s.execute("deallocate all");
            s.execute("prepare q(date, text, text, int, text, text) as " + sql);
            String execute = "execute q(current_date, '" + path + "', '" + path + ".%', 1, null, null)";
            long n = 0;
            try (ResultSet r = s.executeQuery(execute)) {
                while (r.next()) {
                    n++;
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String explain(Connection c, String sql, String path, String mode) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set plan_cache_mode = " + mode);
            s.execute("set statement_timeout = '" + EXPLAIN_LIMIT_SECONDS + "s'");
            s.execute("deallocate all");
            s.execute("prepare q(date, text, text, int, text, text) as " + sql);
            String execute = "execute q(current_date, '" + path + "', '" + path + ".%', 0, '" + path + "', '" + path + ".%')";
            StringBuilder plan = new StringBuilder();
            try (ResultSet r = s.executeQuery("explain (analyze, costs off) " + execute)) {
                while (r.next()) {
                    plan.append(r.getString(1)).append('\n');
                }
            } catch (SQLException cancelled) {
                return "more than " + EXPLAIN_LIMIT_SECONDS + " s (cancelled by statement_timeout)";
            } finally {
                s.execute("reset statement_timeout");
                s.execute("reset plan_cache_mode");
            }
            String last = plan.toString();
            String time = last.lines().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("?");
            String scan = last.lines().filter(l -> l.contains("Scan on")).map(String::strip).findFirst().orElse("?");
            return time + " (" + scan + ")";
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
