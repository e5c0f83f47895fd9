package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
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
 * docs/benchmark.md): issues a 50-task plan to 168 child units (8,400 inherited tasks) on
 * PostgreSQL through the API, as a planner of a district made for it, and prints the time.
 *
 * <p>The district and its 168 wards are inserted with JDBC (application role, system scope);
 * the planner account reuses the demo password hash. A warm-up plan (5 tasks) is issued
 * first so the figure is not the JIT's first compilation of the code path.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "dtiplan.benchmark", matches = "true")
class CascadeBenchmarkIT {

    private static final int UNITS = 168;
    private static final int TASKS = 50;
    private static final String CITY = "BENCH";
    private static final String USER = "bench.city";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive d() {
        return Deployments.war();
    }

    @Test
    void issueFiftyTasksToOneHundredSixtyEightUnits() throws SQLException {
        assumeTrue(ItSettings.isPostgreSql(), "the benchmark runs on PostgreSQL");
        try (Connection c = connection()) {
            createDistrict(c, CITY, USER);
        }
        Api api = Api.at(base).as(USER);
        issue(api, "WARMUP", 5);
        long draftStart = System.nanoTime();
        long planId = draft(api, "BENCH-50", TASKS);
        long draftMillis = (System.nanoTime() - draftStart) / 1_000_000;
        long start = System.nanoTime();
        api.post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        long issueMillis = (System.nanoTime() - start) / 1_000_000;
        try (Connection c = connection()) {
            assertEquals(UNITS * TASKS, count(c, "select count(*) from task where source_plan_id = " + planId
                    + " and state = 'PENDING'"));
        }
        String line = "dtiplan cascade benchmark: issued " + TASKS + " tasks to " + UNITS + " child units ("
                + UNITS * TASKS + " inherited tasks) in " + issueMillis + " ms (HTTP POST /plans/{id}/issue, "
                + "PostgreSQL 17 embedded; drafting the plan took " + draftMillis + " ms)";
        System.out.println(line);
        write(line);
    }

    static long issue(Api api, String number, int tasks) {
        return issue(api, CITY, number, tasks);
    }

    static long issue(Api api, String unitCode, String number, int tasks) {
        long planId = draft(api, unitCode, number, tasks);
        api.post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        return planId;
    }

    static long draft(Api api, String number, int tasks) {
        return draft(api, CITY, number, tasks);
    }

    static long draft(Api api, String unitCode, String number, int tasks) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 1; i <= tasks; i++) {
            list.add(Json.createObjectBuilder().add("criterionCode", "6." + i)
                    .add("solution", "Nhiệm vụ thử số " + i + ": nâng tỷ lệ hồ sơ trực tuyến toàn trình")
                    .add("lead", "UBND các phường, xã").add("coordinating", Json.createArrayBuilder().add("Phòng Nội vụ"))
                    .add("timeframe", i % 2 == 0 ? "Quý IV/2024" : "Trước ngày 20 hằng tháng").add("cascade", true));
        }
        JsonObject plan = Api.signed(Json.createObjectBuilder()).add("unitCode", unitCode).add("number", number + "/KH-UBND")
                .add("title", "Kế hoạch đo hiệu năng").add("year", 2024).add("tasks", list).build();
        return api.post("plans", plan).expect(201).object().getJsonNumber("id").longValue();
    }

    /** A district {@code code} of the province with {@value #UNITS} wards and a planner account {@code user}. */
    static void createDistrict(Connection c, String code, String user) throws SQLException {
        long province = id(c, "select id from administrative_unit where code = '77'");
        String provincePath = string(c, "select path from administrative_unit where id = " + province);
        long city = insertUnit(c, code, "Huyện Đo Hiệu Năng " + code, "Huyện", "CITY", province, provincePath);
        String cityPath = provincePath + "." + city;
        for (int i = 0; i < UNITS; i++) {
            insertUnit(c, code + "W" + i, "Xã Thử " + i, "Xã", "WARD", city, cityPath);
        }
        try (PreparedStatement s = c.prepareStatement("insert into app_user (username, password_hash, full_name, unit_id,"
                + " unit_path, enabled, created_at) select ?, password_hash, ?, ?, ?, true, current_timestamp"
                + " from app_user where username = 'tp.vungtau'")) {
            s.setString(1, user);
            s.setString(2, "Cán bộ đo hiệu năng");
            s.setLong(3, city);
            s.setString(4, cityPath);
            s.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into app_user_role (user_id, role) select id, 'CITY_PLANNER' from app_user"
                    + " where username = '" + user + "'");
        }
    }

    private static long insertUnit(Connection c, String code, String name, String type, String level, long parent,
                                   String parentPath) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("insert into administrative_unit (code, name, unit_type, level,"
                + " parent_id, valid_from) values (?, ?, ?, ?, ?, date '2020-01-01')", new String[] {"id"})) {
            s.setString(1, code);
            s.setString(2, name);
            s.setString(3, type);
            s.setString(4, level);
            s.setLong(5, parent);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("update administrative_unit set path = ? where id = ?")) {
            s.setString(1, parentPath + "." + id);
            s.setLong(2, id);
            s.executeUpdate();
        }
        return id;
    }

    /** The application role's connection in the system scope (row-level security stays on). */
    static Connection connection() throws SQLException {
        Properties settings = ItSettings.serverSettings();
        Connection c = DriverManager.getConnection(settings.getProperty("dtiplan.db.url"),
                settings.getProperty("dtiplan.db.user"), settings.getProperty("dtiplan.db.password"));
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('app.scope', '*', false)");
        }
        return c;
    }

    private static long id(Connection c, String sql) throws SQLException {
        return count(c, sql);
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static void write(String line) {
        write("benchmark.txt", line);
    }

    static void write(String fileName, String line) {
        try {
            Path file = ItSettings.directory().resolve(fileName);
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
