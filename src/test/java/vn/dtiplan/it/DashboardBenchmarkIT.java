package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
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
 * docs/benchmark.md): the province dashboard over a district of 168 wards that each hold 50
 * inherited tasks (8,400), on PostgreSQL with row-level security, as the province overseer.
 *
 * <p>The district is made as in {@link CascadeBenchmarkIT} and its 50-task plan issued through the
 * API; then, with JDBC, two thirds of the copies are adopted, one in twenty declined, and a fifth of
 * the adopted ones reported done, so every figure of the board has something to count. The figure
 * is the median of 10 timed calls of {@code GET /api/units/77/oversight} (the board the province's
 * dashboard page builds: 9 districts and their 185 wards with roll-ups, scores and ranks) plus
 * {@code GET /api/units/77/progress} (the page's KPIs), after 5 untimed warm-up calls.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "dtiplan.benchmark", matches = "true")
class DashboardBenchmarkIT {

    private static final String CITY = "BENCHD";
    private static final String USER = "bench.dashboard";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive d() {
        return Deployments.war();
    }

    @Test
    void provinceDashboardOverOneHundredSixtyEightWardsOfFiftyTasks() throws SQLException {
        assumeTrue(ItSettings.isPostgreSql(), "the benchmark runs on PostgreSQL");
        try (Connection c = CascadeBenchmarkIT.connection()) {
            CascadeBenchmarkIT.createDistrict(c, CITY, USER);
        }
        long planId = CascadeBenchmarkIT.issue(Api.at(base).as(USER), CITY, "DASH-50", 50);
        try (Connection c = CascadeBenchmarkIT.connection(); Statement s = c.createStatement()) {
            s.executeUpdate("update task set state = 'ADOPTED' where source_plan_id = " + planId + " and mod(id, 3) <> 0");
            s.executeUpdate("update task set state = 'DECLINED', decline_reason = 'Đo hiệu năng' where source_plan_id = "
                    + planId + " and mod(id, 3) = 0 and mod(id, 20) = 0");
            s.executeUpdate("insert into task_progress (task_id, unit_path, status, percent, updated_by, updated_at)"
                    + " select id, unit_path, 'DONE', 100, 'bench', current_timestamp from task where source_plan_id = "
                    + planId + " and state = 'ADOPTED' and mod(id, 5) = 0");
            assertEquals(168 * 50, CascadeBenchmarkIT.count(c, "select count(*) from task where source_plan_id = " + planId));
        }
        Api province = Api.at(base).as("tinh.brvt");
        JsonObject board = province.get("units/77/oversight").expect(200).object();
        assertEquals(168 * 50, board.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("unitCode").equals(CITY)).findFirst().orElseThrow().getInt("tasks"));
        for (int i = 0; i < 5; i++) {
            dashboard(province);
        }
        long[] millis = new long[10];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            dashboard(province);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        String line = "dtiplan dashboard benchmark: province board over " + board.getJsonArray("rows").size()
                + " units (a district of 168 wards x 50 tasks = 8,400 inherited tasks) in " + millis[millis.length / 2]
                + " ms median (min " + millis[0] + ", max " + millis[millis.length - 1]
                + " ms; GET /units/77/oversight + /units/77/progress, PostgreSQL 17 embedded, HTTP Basic included)";
        System.out.println(line);
        CascadeBenchmarkIT.write("dashboard-benchmark.txt", line);
    }

    private static void dashboard(Api province) {
        province.get("units/77/oversight").expect(200);
        province.get("units/77/progress").expect(200);
    }
}
