package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a regular test (enabled only with {@code -Ddtiplan.benchmark=true}, see docs/benchmark.md):
 * loads the national data ({@link NationalData}: 34 provinces, 3,321 wards, five years of assessments,
 * about 0.7 M tasks) into the embedded PostgreSQL of the IT harness, then times, as the overseer of the
 * province with the most wards (Thành phố Hồ Chí Minh, 168), what {@link DashboardBenchmarkIT} times: the
 * static resource, the plain-SQL recount of the subtree, the kept roll-up, the board API and the dashboard
 * page. Codes get the prefix {@code dtiplan.benchmark.national.prefix} (default {@code VN}: the demo tree of
 * the harness holds some of the real codes); {@code dtiplan.benchmark.national.provinces} loads fewer provinces.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "dtiplan.benchmark", matches = "true")
class NationalBenchmarkIT {

    private static final String PROVINCE = "79";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive d() {
        return Deployments.war();
    }

    @Test
    void provinceBoardAtNationalScale() throws Exception {
        assumeTrue(ItSettings.isPostgreSql(), "the benchmark runs on PostgreSQL");
        String prefix = System.getProperty("dtiplan.benchmark.national.prefix", "VN");
        int provinces = Integer.getInteger("dtiplan.benchmark.national.provinces", Integer.MAX_VALUE);
        List<String> lines = new ArrayList<>() {
            @Override
            public boolean add(String line) {
                System.out.println(line);
                boolean added = super.add(line);
                CascadeBenchmarkIT.write("national-benchmark.txt", String.join(System.lineSeparator(), this));
                return added;
            }
        };
        lines.add("load average before: " + DashboardBenchmarkIT.loadAverage());
        NationalData.Summary loaded;
        try (Connection c = ItJdbc.ownerConnection()) {
            loaded = NationalData.load(c, new NationalData.Size(provinces, 0, prefix, "admin"), lines::add);
        }
        lines.add(loaded + "; load average " + DashboardBenchmarkIT.loadAverage());
        String province = provinces >= 34 ? prefix + PROVINCE : loaded.firstProvinceCode();
        Api overseer = Api.at(base).as(loaded.userPrefix() + province.toLowerCase());
        JsonObject progress = overseer.get("units/" + province + "/progress").expect(200).object();
        WebSession page = new WebSession(Api.at(base));
        page.signIn(loaded.userPrefix() + province.toLowerCase(), Api.DEMO_PASSWORD);
        String dashboard = "app/dashboard.xhtml?unit=" + province;
        int pageBytes = page.get(dashboard).expect(200).bytes().length;
        HttpClient http = HttpClient.newHttpClient();
        URI ready = base.toURI().resolve("/health/ready");
        try (Connection c = CascadeBenchmarkIT.connection()) {
            String path = NationalData.string(c, "select path from administrative_unit where code = '" + province
                    + "' and valid_to is null");
            assertEquals(NationalData.count(c, "select count(*) from task t where (t.unit_path = '" + path + "' or t.unit_path like '" + path + ".%')"
                    + " and (t.parent_task_id is not null or not t.cascade)"), progress.getInt("tasks"));
            lines.add("== province " + province + ": " + NationalData.count(c, "select count(*) from administrative_unit"
                    + " where parent_id = (select id from administrative_unit where code = '" + province
                    + "' and valid_to is null)") + " wards, " + progress.getInt("tasks") + " counted tasks, "
                    + progress.getInt("pending") + " pending, " + progress.getInt("overdue") + " overdue");
            double[] stat = DashboardBenchmarkIT.timed(() -> DashboardBenchmarkIT.status(http, ready));
            double[] sql = DashboardBenchmarkIT.timed(() -> DashboardBenchmarkIT.rows(c, DashboardBenchmarkIT.RECOUNT, path));
            lines.add(DashboardBenchmarkIT.line("static GET /health/ready", stat, stat, sql));
            lines.add(DashboardBenchmarkIT.line("plain SQL: the subtree's recount from the tasks", sql, stat, sql));
            lines.add(DashboardBenchmarkIT.line("plain SQL: the kept roll-up",
                    DashboardBenchmarkIT.timed(() -> DashboardBenchmarkIT.rows(c, DashboardBenchmarkIT.KEPT, path)), stat, sql));
            lines.add(DashboardBenchmarkIT.line("board API GET /units/" + province + "/oversight + /progress",
                    DashboardBenchmarkIT.timed(() -> {
                        overseer.get("units/" + province + "/oversight").expect(200);
                        return overseer.get("units/" + province + "/progress").expect(200).bytes().length;
                    }), stat, sql));
            lines.add(DashboardBenchmarkIT.line("board page /" + dashboard + " (" + pageBytes + " bytes)",
                    DashboardBenchmarkIT.timed(() -> page.get(dashboard).expect(200).bytes().length), stat, sql));
        }
        lines.add("load average after: " + DashboardBenchmarkIT.loadAverage());
        DashboardBenchmarkIT.hold();
        screenshots(loaded.userPrefix() + province.toLowerCase(), dashboard);
    }

    /**
     * The board's score table at this size, at 1280×800 and 390×844 ({@code target/screenshots/national-scores*}):
     * the latest year as the page opens, then 2023 chosen and its second page.
     */
    private void screenshots(String user, String dashboard) {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(user).go(dashboard);
            browser.shootAt(org.openqa.selenium.By.id("scores"), "national-scores");
            browser.click(org.openqa.selenium.By.cssSelector("a.score-year[data-year='2023']"));
            browser.find(org.openqa.selenium.By.cssSelector("a.score-year.active[data-year='2023']"));
            browser.click(org.openqa.selenium.By.id("scores-next"));
            browser.find(org.openqa.selenium.By.xpath("//span[@id='scores-range' and starts-with(., '51')]"));
            browser.shootAt(org.openqa.selenium.By.id("scores"), "national-scores-2023-page2");
        }
    }
}
