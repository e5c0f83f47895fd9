package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 2: the roll-up figures kept as work happens ({@code task_count}) equal a recount
 * from scratch ({@code POST /api/admin/task-counts}) after a random sequence of work through the
 * API on a tree the test makes (a province, a city with three wards, a second city): issuing with
 * cascades, adoptions, adaptations with a due date, declines and their review, progress, amendments
 * of due dates and leads, change notices acknowledged, a ward's own plan, a reorganisation merging
 * two wards and dissolving the city, and a plain move of a ward to another city. After each stage
 * the kept rows of the province's subtree are read, everything is recounted, and the rows and the
 * province's progress answer must be the same. PostgreSQL only: the tree is written with JDBC.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeptCountsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final List<String> TIMEFRAMES = List.of("Quý I/2025", "Quý IV/2027", "Thường xuyên", "Năm 2027",
            "Hằng tháng");
    private static final List<String> LEADS = List.of("UBND các phường, xã", "Phòng Văn hóa - Thông tin");

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private final Map<Long, String> paths = new HashMap<>();
    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    private final long seed = new Random().nextLong();
    private final Random random = new Random(seed);

    private String code(String suffix) {
        return "K" + run + suffix;
    }

    private String user(String suffix) {
        return "kept." + run.toLowerCase() + "." + suffix;
    }

    private Api as(String suffix) {
        return Api.at(base).as(user(suffix));
    }

    @Test
    void keptFiguresEqualARecountAfterRandomWork() throws SQLException {
        assumeTrue(ItSettings.isPostgreSql(), "the test tree is written with JDBC");
        String province = makeTree();
        List<Long> parents = issueCityPlan();
        assertKeptEqualsRecount(province, "right after issuing (the copies are written with JDBC)");
        for (String ward : List.of("w1", "w2", "w3")) {
            work(ward, code(ward.toUpperCase()));
        }
        assertKeptEqualsRecount(province, "after decisions and progress");

        int amended = 0;
        for (long parent : parents) {
            if (amended == 0 || random.nextBoolean()) {
                int status = as("city").patch("tasks/" + parent, Json.createObjectBuilder()
                        .add("due", random.nextBoolean() ? "2025-02-01" : "2027-06-30").build()).status();
                amended += status == 200 ? 1 : 0;
            }
        }
        assertTrue(amended > 0, "at least one amendment");
        for (String ward : List.of("w1", "w2", "w3")) {
            for (JsonObject notice : as(ward).get("units/" + code(ward.toUpperCase()) + "/notices").expect(200).array()
                    .getValuesAs(JsonObject.class)) {
                if (random.nextBoolean()) {
                    as(ward).post("notices/" + notice.getJsonNumber("id").longValue() + "/ack", JsonValue.EMPTY_JSON_OBJECT);
                }
            }
        }
        reviewDeclines();
        JsonObject wardPlan = as("w2").post("plans", plan(code("W2"), "2/KH-UBND", 1, false)).expect(201).object();
        as("w2").post("plans/" + wardPlan.getJsonNumber("id").longValue() + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        assertKeptEqualsRecount(province, "after amendments, notices, reviews and a ward's plan");

        long id = as("overseer").post("reorganisations", reorganisation()).expect(201).object().getJsonNumber("id").longValue();
        as("overseer").post("reorganisations/" + id + "/apply", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        assertKeptEqualsRecount(province, "after the reorganisation");

        work("w1", code("N"));
        work("w3", code("W3"));
        Api.at(base).as("admin").patch("units/" + code("W3"), Json.createObjectBuilder().add("parentCode", code("C2")).build())
                .expect(200);
        assertKeptEqualsRecount(province, "after work in the successors and a move of ward 3");
    }

    /** Issue 15: the results each assessment keeps equal a recomputation after random scoring ({@link KeptResultsScenario}). */
    @Test
    void keptAssessmentResultsEqualARecomputationAfterRandomScoring() throws SQLException {
        assumeTrue(ItSettings.isPostgreSql(), "the kept figures are read with JDBC");
        new KeptResultsScenario(base, seed).run();
    }

    /**
     * Issue 15, item 5: the national benchmark loader ({@link NationalData}) at a small size (two provinces of six
     * wards) keeps its counts, its copies' links to their parents, the framework maxima, the rule that a ward plan is
     * issued only with no copy pending, and kept figures that a recount leaves unchanged.
     */
    @Test
    void nationalLoaderKeepsTheRulesAtSmallScale() throws SQLException {
        assumeTrue(ItSettings.isPostgreSql(), "the loader writes PostgreSQL");
        NationalData.Summary loaded;
        try (Connection c = ItJdbc.ownerConnection()) {
            loaded = NationalData.load(c, new NationalData.Size(2, 6, "N" + run, "admin"), line -> { });
        }
        assertEquals(List.of(2, 12, 60L, 60L * 137, 2L * 5 * 42 + 12 * 5 * 40 + 12 * 4 * 2, 12L * 5 * 40),
                List.of(loaded.provinces(), loaded.wards(), loaded.assessments(), loaded.criterionScores(), loaded.tasks(),
                        loaded.inheritedTasks()));
        String province = loaded.firstProvinceCode();
        String path = pathOf(province);
        assertEquals(List.of(6L * 5 * 40, 0L, 0L, 0L, 0L, 0L), counts(path,
                "select count(*) from task t where t.parent_task_id is not null and t.unit_path like ?2",
                "select count(*) from task t left join task p on p.id = t.parent_task_id where t.unit_path like ?2"
                        + " and t.parent_task_id is not null and (p.id is null or p.unit_path <> ?1 or not p.cascade"
                        + " or p.plan_id <> t.source_plan_id or p.solution <> t.solution or p.due is distinct from t.due)",
                "select count(*) from assessment_criterion_score s join framework_criterion c on c.id = s.criterion_id"
                        + " join assessment a on a.id = s.assessment_id where a.unit_path like ?2 and (s.appraised_score < 0"
                        + " or s.appraised_score > c.max_points or s.self_score < 0 or s.self_score > c.max_points)",
                "select count(*) from assessment_pillar_score s join framework_pillar p on p.id = s.pillar_id"
                        + " join assessment a on a.id = s.assessment_id where a.unit_path like ?2 and (s.appraised_score > p.max_points"
                        + " or p.max_points - s.appraised_score < (select sum(c.max_points - cs.appraised_score)"
                        + " from assessment_criterion_score cs join framework_criterion c on c.id = cs.criterion_id"
                        + " where cs.assessment_id = a.id and c.pillar_id = p.id))",
                "select count(*) from framework_pillar p join index_framework f on f.id = p.framework_id where f.issuer_path = ?1"
                        + " and p.max_points <> (select sum(c.max_points) from framework_criterion c where c.pillar_id = p.id)",
                "select count(*) from task t join plan w on w.implements_plan_id = t.source_plan_id and w.unit_id = t.unit_id"
                        + " where t.unit_path like ?2 and t.state = 'PENDING' and w.status = 'ISSUED'"));
        Api overseer = Api.at(base).as(loaded.userPrefix() + province.toLowerCase());
        JsonObject progress = overseer.get("units/" + province + "/progress").expect(200).object();
        assertEquals(2 * 5 + 6 * 5 * 40 + 6 * 4 * 2, progress.getInt("tasks"), progress.toString());
        assertEquals(counts(path, "select count(*) from task where unit_path like ?2 and state = 'PENDING'").get(0),
                progress.getJsonNumber("pending").longValue());
        List<String> kept = keptRows(path);
        Api.at(base).as("admin").post("admin/task-counts", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        assertEquals(kept, keptRows(path));
        assertEquals(progress, overseer.get("units/" + province + "/progress").expect(200).object());
        assertEquals(List.of(0L, 0L), counts(path, "select count(*) from assessment where unit_path like ?2 and (not results_kept"
                        + " or kept_total is distinct from published_total)",
                "select count(*) from assessment_pillar_score s join assessment a on a.id = s.assessment_id"
                        + " left join assessment_kept_pillar k on k.assessment_id = s.assessment_id and k.pillar_id = s.pillar_id"
                        + " where a.unit_path like ?2 and k.score is distinct from coalesce(s.appraised_score, s.self_score)"),
                "the loader keeps each assessment's results by the scorecard's rule");
    }

    /** Each count query with {@code ?1} the path and {@code ?2} the pattern below it, read with the system scope. */
    private static List<Long> counts(String path, String... queries) throws SQLException {
        List<Long> counts = new ArrayList<>();
        try (Connection c = ItJdbc.appConnection()) {
            ItJdbc.scope(c, "*");
            for (String query : queries) {
                try (PreparedStatement s = c.prepareStatement(query.replaceAll("\\?[12]", "?"))) {
                    Matcher m = Pattern.compile("\\?([12])").matcher(query);
                    for (int i = 1; m.find(); i++) {
                        s.setString(i, m.group(1).equals("1") ? path : path + ".%");
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        counts.add(rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /** The city's plan: tasks of random timeframes and leads, most cascading; answers the parent tasks' ids. */
    private List<Long> issueCityPlan() {
        JsonObject plan = as("city").post("plans", plan(code("C"), "1/KH-UBND", 8, true)).expect(201).object();
        as("city").post("plans/" + plan.getJsonNumber("id").longValue() + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        return plan.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonNumber("id").longValue()).toList();
    }

    /** Random decisions on the unit's inbox, then random progress on every task it owns. */
    private void work(String account, String unit) {
        Api api = as(account);
        for (JsonObject copy : api.get("units/" + unit + "/inbox").expect(200).array().getValuesAs(JsonObject.class)) {
            long task = copy.getJsonNumber("id").longValue();
            switch (random.nextInt(4)) {
                case 0 -> api.post("inherited/" + task + "/decision", Json.createObjectBuilder().add("action", "ADOPT")
                        .build()).expect(200);
                case 1 -> {
                    // an adapted due date may not be later than the parent's: adopt when refused
                    if (api.post("inherited/" + task + "/decision", Json.createObjectBuilder().add("action", "ADAPT")
                            .add("due", "2025-01-15").add("solution", "Điều chỉnh " + run).build()).status() != 200) {
                        api.post("inherited/" + task + "/decision", Json.createObjectBuilder().add("action", "ADOPT")
                                .build()).expect(200);
                    }
                }
                case 2 -> api.post("inherited/" + task + "/decision", Json.createObjectBuilder().add("action", "DECLINE")
                        .add("reason", "Không phù hợp").build()).expect(200);
                default -> { } // stays pending
            }
        }
        for (long task : ids("select t.id from task t left join plan pl on pl.id = t.plan_id where t.unit_path = ?"
                + " and (t.parent_task_id is not null or pl.status <> 'DRAFT')", pathOf(unit))) {
            int pick = random.nextInt(3);
            if (pick > 0) {
                api.post("tasks/" + task + "/progress", Json.createObjectBuilder()
                        .add("status", pick == 1 ? "IN_PROGRESS" : "DONE").add("percent", pick == 1 ? 50 : 100).build());
            }
        }
    }

    /** The city reviews its wards' declines at random (accepting or sending back). */
    private void reviewDeclines() {
        for (String ward : List.of("W1", "W2", "W3")) {
            for (long copy : ids("select id from task where unit_path = ? and state = 'DECLINED'", pathOf(code(ward)))) {
                as("city").post("inherited/" + copy + "/review", Json.createObjectBuilder().add("accept", random.nextBoolean())
                        .build());
            }
        }
    }

    private void assertKeptEqualsRecount(String provincePath, String when) throws SQLException {
        List<String> kept = keptRows(provincePath);
        JsonObject progress = as("overseer").get("units/" + code("P") + "/progress").expect(200).object();
        assertFalse(kept.isEmpty(), when + ": nothing kept");
        Api.at(base).as("admin").post("admin/task-counts", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        assertEquals(keptRows(provincePath), kept, when + " (seed " + seed + ")");
        assertEquals(as("overseer").get("units/" + code("P") + "/progress").expect(200).object(), progress,
                when + " (seed " + seed + ")");
    }

    private List<String> keptRows(String path) throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            ItJdbc.scope(c, "*");
            try (PreparedStatement s = c.prepareStatement("select unit_path, due, tasks, pending, adopted, declined, done,"
                    + " owing from task_count where unit_path = ? or unit_path like ? order by unit_path, due nulls first")) {
                s.setString(1, path);
                s.setString(2, path + ".%");
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + "/" + rs.getLong(4) + "/"
                                + rs.getLong(5) + "/" + rs.getLong(6) + "/" + rs.getLong(7) + "/" + rs.getLong(8));
                    }
                }
                return rows;
            }
        }
    }

    private String pathOf(String unitCode) {
        return ids("select id from administrative_unit where code = ? and valid_to is null", unitCode).stream()
                .map(this::readPath).findFirst().orElseThrow();
    }

    private String readPath(long unitId) {
        try (Connection c = ItJdbc.appConnection()) {
            ItJdbc.scope(c, "*");
            try (PreparedStatement s = c.prepareStatement("select path from administrative_unit where id = ?")) {
                s.setLong(1, unitId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids a query with one text parameter answers, read with the system scope. */
    private static List<Long> ids(String sql, String parameter) {
        try (Connection c = ItJdbc.appConnection()) {
            ItJdbc.scope(c, "*");
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, parameter);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonObject plan(String unit, String number, int tasks, boolean cascade) {
        var list = Json.createArrayBuilder();
        for (int i = 0; i < tasks; i++) {
            list.add(Json.createObjectBuilder().add("solution", "Nhiệm vụ " + i + " " + run)
                    .add("lead", LEADS.get(random.nextInt(LEADS.size()))).add("coordinating", Json.createArrayBuilder())
                    .add("timeframe", TIMEFRAMES.get(random.nextInt(TIMEFRAMES.size())))
                    .add("cascade", cascade && random.nextInt(4) > 0));
        }
        return Api.signed(Json.createObjectBuilder()).add("unitCode", unit).add("number", number).add("title", "Kế hoạch đếm")
                .add("year", 2027).add("tasks", list).build();
    }

    private JsonObject reorganisation() {
        return Json.createObjectBuilder().add("effective", TODAY.toString())
                .add("basis", "Nghị quyết thử " + run)
                .add("changes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("successor", Json.createObjectBuilder().add("code", code("N"))
                                .add("name", "Phường Mới " + run).add("level", "WARD").add("parentCode", code("P")))
                        .add("predecessors", Json.createArrayBuilder().add(code("W1")).add(code("W2")))))
                .add("dissolve", Json.createArrayBuilder().add(code("C"))).build();
    }

    /** Answers the province's path. */
    private String makeTree() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            c.setAutoCommit(false);
            ItJdbc.scope(c, "*");
            long p = unit(c, "P", "Tỉnh Đếm " + run, "PROVINCE", null);
            long city = unit(c, "C", "Thành phố Đếm " + run, "CITY", p);
            long second = unit(c, "C2", "Thị xã Đếm " + run, "CITY", p);
            long w1 = unit(c, "W1", "Phường 1 Đếm " + run, "WARD", city);
            long w2 = unit(c, "W2", "Phường 2 Đếm " + run, "WARD", city);
            long w3 = unit(c, "W3", "Phường 3 Đếm " + run, "WARD", city);
            account(c, "overseer", p, "PROVINCE_OVERSEER");
            account(c, "city", city, "CITY_PLANNER");
            account(c, "second", second, "CITY_PLANNER");
            account(c, "w1", w1, "WARD_OFFICER");
            account(c, "w2", w2, "WARD_OFFICER");
            account(c, "w3", w3, "WARD_OFFICER");
            c.commit();
            return paths.get(p);
        }
    }

    private long unit(Connection c, String suffix, String name, String level, Long parent) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("insert into administrative_unit (code, name, unit_type, level,"
                + " parent_id, valid_from) values (?, ?, 'Thử', ?, ?, date '2020-01-01') returning id")) {
            s.setString(1, code(suffix));
            s.setString(2, name);
            s.setString(3, level);
            if (parent == null) {
                s.setNull(4, java.sql.Types.BIGINT);
            } else {
                s.setLong(4, parent);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        String path = parent == null ? Long.toString(id) : paths.get(parent) + "." + id;
        paths.put(id, path);
        try (PreparedStatement s = c.prepareStatement("update administrative_unit set path = ? where id = ?")) {
            s.setString(1, path);
            s.setLong(2, id);
            s.executeUpdate();
        }
        return id;
    }

    private void account(Connection c, String suffix, long unit, String role) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into app_user (username, password_hash, full_name, unit_id,"
                + " unit_path, enabled, created_at) select ?, password_hash, ?, ?, (select path from administrative_unit"
                + " where id = ?), true, current_timestamp from app_user where username = 'tp.vungtau'")) {
            s.setString(1, user(suffix));
            s.setString(2, "Cán bộ đếm " + suffix);
            s.setLong(3, unit);
            s.setLong(4, unit);
            assertEquals(1, s.executeUpdate());
        }
        try (PreparedStatement s = c.prepareStatement("insert into app_user_role (user_id, role) select id, ? from app_user"
                + " where username = ?")) {
            s.setString(1, role);
            s.setString(2, user(suffix));
            s.executeUpdate();
        }
    }
}
