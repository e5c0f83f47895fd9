package vn.dtiplan.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.dtiplan.domain.plan.Timeframe;

/**
 * National-scale benchmark data (issue 15, item 5), loaded with set-based SQL into PostgreSQL: the 2025
 * tree of {@code units-2025.csv} (a copy under {@code src/test/resources/bench}), five years (2021–2025) of
 * published ward assessments on a 1,000-point framework of 8 pillars and {@value NationalSql#CRITERIA}
 * criteria issued by each province for each year, and each year a province plan of
 * {@value NationalSql#CASCADING} cascading tasks and {@value NationalSql#OWN} own tasks whose copies every
 * ward decides (ward plans implementing 2021–2024 take the adopted copies in and add two own tasks each),
 * with progress. At 34 provinces: 3,355 units, 16,605 assessments, 2,274,885 criterion scores, 697,908 tasks.
 *
 * <p>The rows keep the rules the services keep: a copy links its parent task and the parent's plan, takes
 * its fields and its unit's name as lead; a ward plan is issued only when no copy is pending; scores lie in
 * 0…max and a pillar's score is its criteria's sum (so it never loses fewer points than they do); due dates
 * come from {@link Timeframe}; task ids are blocks of {@code task_seq} as the JPA generator takes them.
 * The kept roll-up figures are then recounted with the recount of migration 63 (the same SQL as
 * {@code POST /api/admin/task-counts}). Units already in force with a code are reused, so the work can go
 * on a tree imported by the bootstrap. Every run adds a new set of frameworks, plans and tasks.
 *
 * <p>Run from the command line against the database of the production settings (docs/benchmark.md):
 * {@code DTIPLAN_DB_URL} and the owner role ({@code DTIPLAN_DB_OWNER_USER}, {@code DTIPLAN_DB_OWNER_PASSWORD}: the
 * steps stage rows in temporary tables, which the application role may not create, and end with {@code analyze});
 * arguments: provinces
 * (default all), wards per province (default all, 0 = all), code prefix (default none), the account
 * whose password the province overseers {@code bench.tinh<code>} get (default {@code admin}).
 */
public final class NationalData {

    /** What to load: the first {@code provinces} of the file, at most {@code wards} wards each (0: all). */
    public record Size(int provinces, int wards, String prefix, String passwordOf) {
    }

    /** What was loaded. */
    public record Summary(int provinces, int wards, long assessments, long criterionScores, long tasks,
                          long inheritedTasks, long progress, String firstProvinceCode, String userPrefix) {
    }

    static final int FIRST_YEAR = 2021;
    static final int YEARS = 5;

    private NationalData() {
    }

    public static void main(String[] args) throws SQLException {
        Size size = new Size(args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE,
                args.length > 1 ? Integer.parseInt(args[1]) : 0, args.length > 2 ? args[2] : "",
                args.length > 3 ? args[3] : "admin");
        boolean owner = System.getenv("DTIPLAN_DB_OWNER_USER") != null;
        try (Connection c = DriverManager.getConnection(env("DTIPLAN_DB_URL"),
                env(owner ? "DTIPLAN_DB_OWNER_USER" : "DTIPLAN_DB_USER"),
                System.getenv(owner ? "DTIPLAN_DB_OWNER_PASSWORD" : "DTIPLAN_DB_PASSWORD"))) {
            Summary summary = load(c, size, System.out::println);
            System.out.println(summary);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set (docs/operations.md, PostgreSQL settings)");
        }
        return value;
    }

    /** Loads {@code size} through {@code c} (any role row-level security lets write with the system scope). */
    public static Summary load(Connection c, Size size, Consumer<String> log) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        long start = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('app.scope', '*', false)");
            s.execute("set synchronous_commit = off");
            List<String[]> units = units(size);
            NationalSql sql = new NationalSql(c, size, log);
            sql.units(units);
            sql.accounts();
            sql.frameworks();
            sql.assessments();
            sql.timeframes(timeframes());
            sql.plans();
            sql.recount();
            Summary summary = sql.summary(units.get(0)[0]);
            log.accept("national data loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return summary;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The rows of the unit file (code, name, type, level, parent code) that {@code size} keeps, provinces first. */
    static List<String[]> units(Size size) {
        Map<String, String[]> provinces = new LinkedHashMap<>();
        List<String[]> wards = new ArrayList<>();
        Map<String, Integer> perProvince = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NationalData.class.getResourceAsStream("/bench/units-2025.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] row = line.split(",", -1);
                if (row[3].equals("PROVINCE")) {
                    if (provinces.size() < size.provinces()) {
                        provinces.put(row[0], row);
                    }
                } else if (provinces.containsKey(row[4])
                        && (size.wards() == 0 || perProvince.merge(row[4], 1, Integer::sum) <= size.wards())) {
                    wards.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> all = new ArrayList<>(provinces.values());
        all.addAll(wards);
        return all;
    }

    /**
     * The timeframes of the tasks, by year and slot (task ordinal modulo 4): words, kind and due date as
     * {@link Timeframe} reads them from the plan's date (15 March of the year).
     */
    static List<Object[]> timeframes() {
        List<Object[]> rows = new ArrayList<>();
        String[] quarters = {"I", "II", "III", "IV"};
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            List<String> words = List.of("Thường xuyên", "Quý " + quarters[year % 4] + "/" + year, "Quý IV/" + year,
                    "Trước ngày 20 hằng tháng");
            for (int slot = 0; slot < words.size(); slot++) {
                Timeframe t = Timeframe.parse(words.get(slot));
                LocalDate due = t.due(null, level -> Optional.empty(), LocalDate.of(year, 3, 15),
                        LocalDate.of(year, 1, 1));
                rows.add(new Object[] {year, slot, t.words(), t.kind().name(), due == null ? null : java.sql.Date.valueOf(due)});
            }
        }
        return rows;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    s.setObject(i + 1, row[i]);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
