package vn.dtiplan.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import vn.dtiplan.infrastructure.persistence.TaskCountBackfill;

/**
 * The set-based SQL steps of {@link NationalData}, each committed and timed. Working sets live in temporary
 * tables ({@code nat_*}) of the session: the units with their ids and paths, the frameworks, pillars,
 * assessments and plans made by this run.
 */
final class NationalSql {

    static final int CRITERIA = 137;
    static final int CASCADING = 40;
    static final int OWN = 2;
    static final int WARD_OWN = 2;
    private static final String LAST_YEAR = String.valueOf(NationalData.FIRST_YEAR + NationalData.YEARS - 1);
    private static final String BENCH_NOTE = " (dữ liệu đo hiệu năng)";

    /** Pillars of the 1,000-point commune framework: position, name, maximum, number of criteria (137). */
    private static final String PILLARS = "(1, 'Nhận thức số', 100, 16), (2, 'Thể chế số', 100, 16),"
            + " (3, 'Hạ tầng số', 100, 16), (4, 'Nhân lực số', 100, 16), (5, 'An toàn thông tin mạng', 100, 16),"
            + " (6, 'Chính quyền số', 200, 21), (7, 'Kinh tế số', 150, 18), (8, 'Xã hội số', 150, 18)";

    private final Connection c;
    private final NationalData.Size size;
    private final Consumer<String> log;
    private final List<long[]> taskRanges = new ArrayList<>();
    private long inherited;
    private long progress;

    NationalSql(Connection c, NationalData.Size size, Consumer<String> log) {
        this.c = c;
        this.size = size;
        this.log = log;
    }

    /** Stages the file's rows and inserts the units not yet in force with their code (provinces, then wards). */
    void units(List<String[]> rows) throws SQLException {
        long start = System.nanoTime();
        exec("drop table if exists nat_unit", "create temp table nat_unit (code varchar(16), name varchar(200),"
                + " unit_type varchar(40), level varchar(16), parent_code varchar(16), id bigint, path varchar(400))");
        String p = size.prefix();
        NationalData.batch(c, "insert into nat_unit (code, name, unit_type, level, parent_code) values (?, ?, ?, ?, ?)",
                rows.stream().map(r -> new Object[] {p + r[0], r[1], r[2], r[3], r[4].isEmpty() ? null : p + r[4]}).toList());
        for (String level : List.of("PROVINCE", "WARD")) {
            String parent = level.equals("WARD") ? "(select id from nat_unit q where q.code = n.parent_code)" : "null";
            exec("insert into administrative_unit (code, name, unit_type, level, parent_id, valid_from)"
                    + " select n.code, n.name, n.unit_type, n.level, " + parent + ", date '2020-01-01' from nat_unit n"
                    + " where n.level = '" + level + "' and not exists (select 1 from administrative_unit u"
                    + " where u.code = n.code and u.valid_to is null)",
                    "update administrative_unit u set path = coalesce((select q.path from nat_unit q where q.id = u.parent_id)"
                    + " || '.', '') || u.id where u.path is null and u.code in (select code from nat_unit where level = '"
                    + level + "')",
                    "update nat_unit n set id = u.id, path = u.path from administrative_unit u where u.code = n.code"
                    + " and u.valid_to is null and n.level = '" + level + "'");
        }
        require("units without a single unit in force with their code",
                "select count(*) from nat_unit n where n.id is null or 1 <> (select count(*) from administrative_unit u"
                + " where u.code = n.code and u.valid_to is null)");
        done("units", start, "select count(*) from nat_unit");
    }

    /** One province overseer per province, {@code bench.tinh<code>}, with the password of {@code size.passwordOf()}. */
    void accounts() throws SQLException {
        long start = System.nanoTime();
        exec("insert into app_user (username, password_hash, full_name, unit_id, unit_path, enabled, created_at)"
                + " select 'bench.tinh' || lower(n.code), a.password_hash, 'Cán bộ theo dõi ' || n.name, n.id, n.path, true,"
                + " current_timestamp from nat_unit n join app_user a on a.username = '" + size.passwordOf().replace("'", "''")
                + "' where n.level = 'PROVINCE' and not exists (select 1 from app_user x where x.username = 'bench.tinh'"
                + " || lower(n.code))",
                "insert into app_user_role (user_id, role) select u.id, 'PROVINCE_OVERSEER' from app_user u join nat_unit n"
                + " on u.username = 'bench.tinh' || lower(n.code) where not exists (select 1 from app_user_role r"
                + " where r.user_id = u.id)");
        done("accounts", start, "select count(*) from app_user u join nat_unit n on u.username = 'bench.tinh' || lower(n.code)");
    }

    /** Each province's ward framework of each year: 8 pillars (1,000 points), 137 criteria, frozen. */
    void frameworks() throws SQLException {
        long start = System.nanoTime();
        exec("drop table if exists nat_fw", "create temp table nat_fw (id bigint, issuer_id bigint, year int)",
                "with f as (insert into index_framework (issuer_id, issuer_path, score_year, unit_level, name, status, kind)"
                + " select n.id, n.path, y, 'WARD', 'Bộ chỉ số đánh giá chuyển đổi số cấp xã năm ' || y || ', ' || n.name"
                + " || '" + BENCH_NOTE + "', 'FROZEN', 'DTI' from nat_unit n cross join generate_series("
                + NationalData.FIRST_YEAR + ", " + LAST_YEAR + ") y where n.level = 'PROVINCE'"
                + " returning id, issuer_id, score_year) insert into nat_fw select * from f",
                "drop table if exists nat_pillar_def", "create temp table nat_pillar_def (position int, name varchar(200),"
                + " max_points numeric(9, 4), criteria int)", "insert into nat_pillar_def values " + PILLARS,
                "drop table if exists nat_pillar", "create temp table nat_pillar (id bigint, framework_id bigint, position int)",
                "with p as (insert into framework_pillar (framework_id, position, name, max_points) select f.id, d.position,"
                + " d.name, d.max_points from nat_fw f cross join nat_pillar_def d returning id, framework_id, position)"
                + " insert into nat_pillar select * from p",
                // integer maxima that sum to the pillar's: the first (max mod n) criteria get one point more
                "insert into framework_criterion (pillar_id, position, code, title, max_points, scoring_method)"
                + " select p.id, k, p.position || '.' || k, 'Tiêu chí ' || p.position || '.' || k || ' của trụ cột ' || d.name,"
                + " floor(d.max_points / d.criteria) + case when k <= mod(d.max_points, d.criteria) then 1 else 0 end,"
                + " 'Điểm tối đa chia đều trong trụ cột" + BENCH_NOTE + "' from nat_pillar p join nat_pillar_def d"
                + " on d.position = p.position cross join lateral generate_series(1, d.criteria) k");
        done("frameworks (" + CRITERIA + " criteria each)", start, "select count(*) from nat_fw");
    }

    /**
     * One published assessment per ward and year on its province's framework: criterion scores in 0…max
     * (60 % at the maximum), each pillar the sum of its criteria, the total the sum of the pillars, ranked
     * among the province's wards; the workflow steps and the rank as published; the results each assessment
     * keeps by {@code Assessment.keepResults}'s rule (every pillar given, no adjustment: each pillar's effective
     * score, the published total, else their sum).
     */
    void assessments() throws SQLException {
        long start = System.nanoTime();
        exec("drop table if exists nat_assessment", "create temp table nat_assessment (id bigint, unit_id bigint,"
                + " framework_id bigint, year int, scope_code varchar(16))",
                "with a as (insert into assessment (unit_id, unit_path, score_year, framework_id, status)"
                + " select w.id, w.path, f.year, f.id, 'PUBLISHED' from nat_unit w join nat_unit p on p.code = w.parent_code"
                + " join nat_fw f on f.issuer_id = p.id where w.level = 'WARD' returning id, unit_id, framework_id, score_year)"
                + " insert into nat_assessment select a.*, p.code from a join nat_fw f on f.id = a.framework_id"
                + " join nat_unit p on p.id = f.issuer_id");
        commit();
        exec("insert into assessment_criterion_score (assessment_id, criterion_id, self_score, appraised_score)"
                + " select a.id, c.id, case when x.h < 80 then y.s else c.max_points end, y.s from nat_assessment a"
                + " join nat_pillar p on p.framework_id = a.framework_id join framework_criterion c on c.pillar_id = p.id"
                + " cross join lateral (select mod(a.id * 7919 + c.id * 104729, 100) as h) x"
                + " cross join lateral (select case when x.h < 60 then c.max_points"
                + " else round(c.max_points * x.h / 100, 4) end as s) y");
        commit();
        exec("insert into assessment_pillar_score (assessment_id, pillar_id, self_score, appraised_score)"
                + " select s.assessment_id, c.pillar_id, sum(s.self_score), sum(s.appraised_score)"
                + " from assessment_criterion_score s join nat_assessment a on a.id = s.assessment_id"
                + " join framework_criterion c on c.id = s.criterion_id group by s.assessment_id, c.pillar_id",
                "update assessment a set published_total = t.total, published_rank = t.r, published_rank_of = t.n"
                + " from (select s.assessment_id, sum(s.appraised_score) as total,"
                + " rank() over (partition by a.framework_id order by sum(s.appraised_score) desc) as r,"
                + " count(*) over (partition by a.framework_id) as n from assessment_pillar_score s"
                + " join nat_assessment a on a.id = s.assessment_id group by s.assessment_id, a.framework_id) t"
                + " where a.id = t.assessment_id",
                "insert into assessment_rank (assessment_id, position, scope_code, rank_value, rank_of)"
                + " select a.id, 0, n.scope_code, a.published_rank, a.published_rank_of from assessment a"
                + " join nat_assessment n on n.id = a.id",
                "insert into assessment_kept_pillar (assessment_id, pillar_id, score)"
                + " select s.assessment_id, s.pillar_id, coalesce(s.appraised_score, s.self_score)"
                + " from assessment_pillar_score s join nat_assessment a on a.id = s.assessment_id"
                + " where coalesce(s.appraised_score, s.self_score) is not null",
                "update assessment a set results_kept = true, kept_total = coalesce(a.published_total, t.total)"
                + " from (select k.assessment_id, sum(k.score) as total from assessment_kept_pillar k"
                + " join nat_assessment n on n.id = k.assessment_id group by k.assessment_id) t"
                + " where a.id = t.assessment_id",
                "insert into assessment_step (assessment_id, position, status, actor, taken_at)"
                + " select a.id, s.position, s.status, 'bench', make_timestamp(a.year + 1, 1 + s.position, 15, 9, 0, 0)"
                + " from nat_assessment a cross join (values (0, 'SUBMITTED'), (1, 'APPRAISED'), (2, 'PUBLISHED'))"
                + " s(position, status)");
        done("assessments", start, "select count(*) from nat_assessment");
    }

    /** The timeframes by year and slot, as {@link NationalData#timeframes()} read them. */
    void timeframes(List<Object[]> rows) throws SQLException {
        exec("drop table if exists nat_tf", "create temp table nat_tf (year int, slot int, words varchar(400),"
                + " kind varchar(16), due date)");
        NationalData.batch(c, "insert into nat_tf values (?, ?, ?, ?, ?)", rows);
    }

    /**
     * Each province's plan of each year ({@value #CASCADING} tasks led by "UBND các phường, xã" that cascade,
     * {@value #OWN} of its own), the copies in every ward, the ward plans of the years before the last
     * (all copies decided) that take the adopted copies in and add {@value #WARD_OWN} own tasks, and progress.
     */
    void plans() throws SQLException {
        long start = System.nanoTime();
        exec("drop table if exists nat_plan", "create temp table nat_plan (id bigint, unit_id bigint, year int)",
                "with p as (insert into plan (unit_id, unit_path, number, plan_date, place, title, plan_year, status, issued_by)"
                + " select n.id, n.path, (100 + y - 2020) || '/KH-UBND', make_date(y, 3, 15), n.name,"
                + " 'Kế hoạch nâng cao Chỉ số chuyển đổi số năm ' || y || '" + BENCH_NOTE + "', y, 'ISSUED', 'bench'"
                + " from nat_unit n cross join generate_series(" + NationalData.FIRST_YEAR + ", " + LAST_YEAR + ") y"
                + " where n.level = 'PROVINCE' returning id, unit_id, plan_year) insert into nat_plan select * from p",
                "drop table if exists nat_wplan", "create temp table nat_wplan (id bigint, unit_id bigint, year int)",
                "with p as (insert into plan (unit_id, unit_path, number, plan_date, place, title, plan_year,"
                + " implements_plan_id, status, issued_by) select w.id, w.path, (200 + pp.year - 2020) || '/KH-UBND',"
                + " make_date(pp.year, 4, 1), w.name, 'Kế hoạch thực hiện Chỉ số chuyển đổi số năm ' || pp.year, pp.year,"
                + " pp.id, 'ISSUED', 'bench' from nat_unit w join nat_unit pr on pr.code = w.parent_code"
                + " join nat_plan pp on pp.unit_id = pr.id where w.level = 'WARD' and pp.year < " + LAST_YEAR
                + " returning id, unit_id, plan_year) insert into nat_wplan select * from p");
        long provinceTasks = NationalData.count(c, "select count(*) from nat_plan") * (CASCADING + OWN);
        exec("insert into task (id, plan_id, unit_id, unit_path, ordinal, criterion_code, criterion_title, solution,"
                + " lead_name, lead_kind, coordinating, evidence, timeframe, timeframe_kind, due, cascade, published, kind)"
                + " select " + reserve(provinceTasks) + " - 1 + row_number() over (order by p.id, k), p.id, p.unit_id, n.path, k,"
                + " mod(k - 1, 8) + 1 || '.' || (k - 1) / 8 + 1, 'Tiêu chí ' || mod(k - 1, 8) + 1 || '.' || (k - 1) / 8 + 1,"
                + " 'Giải pháp số ' || k || ': nâng tỷ lệ hồ sơ trực tuyến toàn trình', case when k <= " + CASCADING
                + " then 'UBND các phường, xã' else 'Sở Khoa học và Công nghệ' end, case when k <= " + CASCADING
                + " then 'CHILD_UNITS' else 'AS_WRITTEN' end, 'Sở Nội vụ' || chr(10) || 'Văn phòng UBND tỉnh',"
                + " 'Báo cáo kết quả thực hiện', tf.words, tf.kind, tf.due, k <= " + CASCADING + ", true, 'OWN'"
                + " from nat_plan p join nat_unit n on n.id = p.unit_id cross join generate_series(1, " + (CASCADING + OWN)
                + ") k join nat_tf tf on tf.year = p.year and tf.slot = mod(k, 4)");
        commit();
        copies();
        long wardTasks = NationalData.count(c, "select count(*) from nat_wplan") * WARD_OWN;
        exec("insert into task (id, plan_id, unit_id, unit_path, ordinal, criterion_code, criterion_title, solution,"
                + " lead_name, lead_kind, timeframe, timeframe_kind, due, cascade, published, kind)"
                + " select " + reserve(wardTasks) + " - 1 + row_number() over (order by p.id, k), p.id, w.id, w.path,"
                + CASCADING + " + k, '8.' || k, 'Tiêu chí 8.' || k, 'Nhiệm vụ riêng số ' || k || ' của ' || w.name,"
                + " 'Công chức Văn hóa - Xã hội', 'AS_WRITTEN', tf.words, tf.kind, tf.due, false, true, 'OWN'"
                + " from nat_wplan p join nat_unit w on w.id = p.unit_id cross join generate_series(1, " + WARD_OWN + ") k"
                + " join nat_tf tf on tf.year = p.year and tf.slot = k");
        commit();
        progress();
        done("plans and tasks", start, "select count(*) from nat_plan");
    }

    /** The copy of each cascading province task in each ward: decided before the last year, partly pending in it. */
    private void copies() throws SQLException {
        long n = NationalData.count(c, "select count(*) from task t join nat_plan p on p.id = t.plan_id join nat_unit pr"
                + " on pr.id = p.unit_id join nat_unit w on w.parent_code = pr.code where t.cascade");
        String state = "case when p.year = " + LAST_YEAR + " and x.h < 6 then 'PENDING'"
                + " when x.h = 0 or (p.year = " + LAST_YEAR + " and x.h = 6) then 'DECLINED' else 'ADOPTED' end";
        exec("insert into task (id, plan_id, unit_id, unit_path, parent_task_id, source_plan_id, ordinal, criterion_code,"
                + " criterion_title, points_at_stake, solution, lead_name, lead_kind, coordinating, target, evidence,"
                + " timeframe, timeframe_kind, due, cascade, published, state, decided_by, decided_at, decline_reason, kind)"
                + " select " + reserve(n) + " - 1 + row_number() over (order by t.id, w.id),"
                + " case when y.state = 'ADOPTED' then wp.id end, w.id, w.path, t.id, t.plan_id, t.ordinal, t.criterion_code,"
                + " t.criterion_title, t.points_at_stake, t.solution, w.name, 'AS_WRITTEN', t.coordinating, t.target,"
                + " t.evidence, t.timeframe, t.timeframe_kind, t.due, false, true, y.state,"
                + " case when y.state <> 'PENDING' then 'bench' end,"
                + " case when y.state <> 'PENDING' then make_timestamp(p.year, 3, 25, 8, 0, 0) end,"
                + " case when y.state = 'DECLINED' then 'Không phù hợp với điều kiện của địa phương" + BENCH_NOTE + "' end,"
                + " 'INHERITED' from task t join nat_plan p on p.id = t.plan_id join nat_unit pr on pr.id = p.unit_id"
                + " join nat_unit w on w.parent_code = pr.code left join nat_wplan wp on wp.unit_id = w.id and wp.year = p.year"
                + " cross join lateral (select mod(t.id * 31 + w.id * 17, 20) as h) x"
                + " cross join lateral (select " + state + " as state) y where t.cascade");
        inherited = n;
        commit();
    }

    /** Progress on the counted tasks: mostly done in the early years, some under way in the last. */
    private void progress() throws SQLException {
        StringBuilder ids = new StringBuilder();
        for (long[] range : taskRanges) {
            ids.append(ids.length() == 0 ? "" : " or ").append("t.id between ").append(range[0]).append(" and ").append(range[1]);
        }
        try (Statement s = c.createStatement()) {
            progress = s.executeUpdate("insert into task_progress (task_id, unit_path, status, percent, updated_by, updated_at)"
                    + " select t.id, t.unit_path, case when p.plan_year < 2024 and mod(t.id, 10) < 8 then 'DONE'"
                    + " when p.plan_year = 2024 and mod(t.id, 10) < 5 then 'DONE' else 'IN_PROGRESS' end,"
                    + " case when p.plan_year < 2024 and mod(t.id, 10) < 8 then 100"
                    + " when p.plan_year = 2024 and mod(t.id, 10) < 5 then 100 else 40 end, 'bench',"
                    + " make_timestamp(p.plan_year, 11, 20, 8, 0, 0) from task t join plan p on p.id = coalesce(t.plan_id,"
                    + " t.source_plan_id) where (" + ids + ") and (t.state is null or t.state = 'ADOPTED') and not t.cascade"
                    + " and (p.plan_year < " + LAST_YEAR + " or mod(t.id, 10) < 3)");
        }
        commit();
    }

    /** Recounts every kept roll-up figure with migration 63's recount (what {@code POST /api/admin/task-counts} runs). */
    void recount() throws SQLException {
        long start = System.nanoTime();
        exec("delete from task_count");
        try {
            new TaskCountBackfill().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return c;
                }
            });
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        exec("select set_config('app.scope', '*', false)");
        commit();
        exec("analyze");
        done("kept figures recounted, analyze", start, "select count(*) from task_count");
    }

    NationalData.Summary summary(String firstProvince) throws SQLException {
        long tasks = taskRanges.stream().mapToLong(r -> r[1] - r[0] + 1).sum();
        return new NationalData.Summary((int) NationalData.count(c, "select count(*) from nat_unit where level = 'PROVINCE'"),
                (int) NationalData.count(c, "select count(*) from nat_unit where level = 'WARD'"),
                NationalData.count(c, "select count(*) from nat_assessment"),
                NationalData.count(c, "select count(*) from assessment_criterion_score s join nat_assessment a"
                        + " on a.id = s.assessment_id"), tasks, inherited, progress, size.prefix() + firstProvince,
                "bench.tinh");
    }

    /**
     * Takes {@code n} task ids as the JPA generator does (each {@code task_seq} value {@code v} is the block
     * {@code v - 99 … v}); answers the first. The blocks must follow each other (nothing else takes ids meanwhile).
     */
    private long reserve(long n) throws SQLException {
        long blocks = Math.max(1, (n + 99) / 100);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select min(v), max(v) from (select nextval('task_seq')"
                + " as v from generate_series(1, " + blocks + ")) b")) {
            r.next();
            long min = r.getLong(1);
            long max = r.getLong(2);
            if (max - min != (blocks - 1) * 100) {
                throw new IllegalStateException("task_seq blocks are not consecutive: another writer? " + min + ".." + max);
            }
            taskRanges.add(new long[] {min - 99, min - 99 + n - 1});
            return min - 99;
        }
    }

    private void require(String what, String countSql) throws SQLException {
        long n = NationalData.count(c, countSql);
        if (n != 0) {
            throw new IllegalStateException(n + " " + what);
        }
    }

    private void exec(String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private void commit() throws SQLException {
        c.commit();
    }

    private void done(String step, long start, String countSql) throws SQLException {
        commit();
        log.accept(String.format("  %s: %,d rows in %,d ms", step, NationalData.count(c, countSql),
                (System.nanoTime() - start) / 1_000_000));
    }
}
