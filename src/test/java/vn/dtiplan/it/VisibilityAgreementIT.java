package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.Visibility;
import vn.dtiplan.infrastructure.persistence.VisibilityProbe;

/**
 * The agreement of the three renderings of {@link Visibility} on PostgreSQL: on a tree the test
 * makes itself (two roots, four levels, 30 units with unique codes; never the demo data; one
 * ward of the second root is the successor of two wards of the first, one with wards below, so
 * the scopes covering it also cover their subtrees, as {@code Tenancy} resolves them), for
 * EVERY pair of viewer unit and owner unit, the ids that the PostgreSQL row-level security
 * policies let the application role read (JDBC, {@code app.scope} = the viewer's path) equal
 * those the repositories' JPQL predicates select (a test-only {@link VisibilityProbe} deployed
 * with this IT, run under the system setting so RLS lets every row through) and those the
 * in-memory rule accepts. Records: a draft and an issued plan per unit; per unit a task of each
 * published × cascade combination; the units themselves. The whole-tree scope is checked too.
 * The test's rows are deleted afterwards. PostgreSQL only (H2 has no row-level security).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisibilityAgreementIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private final List<Unit> units = new ArrayList<>();
    private final List<Rec> plans = new ArrayList<>();
    private final List<Rec> tasks = new ArrayList<>();
    private final List<Long> successions = new ArrayList<>();
    /** predecessor path → successor path */
    private final Map<String, String> merged = new LinkedHashMap<>();

    private record Unit(long id, String path) {
    }

    /** A plan (draft = !released) or a task (released = published) of the unit with this path. */
    private record Rec(long id, String path, boolean released, boolean cascade) {
    }

    @BeforeEach
    void makeTree() throws SQLException {
        assumeTrue(ItSettings.isPostgreSql(), "row-level security exists on PostgreSQL only");
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        try (Connection c = ItJdbc.appConnection()) {
            c.setAutoCommit(false);
            ItJdbc.scope(c, "*");
            Unit first = unit(c, run, null, "PROVINCE");
            for (int city = 0; city < 3; city++) {
                Unit cityUnit = unit(c, run, first, "CITY");
                for (int ward = 0; ward < 3; ward++) {
                    Unit wardUnit = unit(c, run, cityUnit, "WARD");
                    for (int below = 0; below < (ward < 2 ? 2 : 0); below++) {
                        unit(c, run, wardUnit, "WARD");
                    }
                }
            }
            Unit second = unit(c, run, null, "PROVINCE");
            Unit secondCity = unit(c, run, second, "CITY");
            unit(c, run, secondCity, "WARD");
            unit(c, run, secondCity, "WARD");
            Unit successor = unit(c, run, second, "WARD");
            succession(c, units.get(2), successor);
            succession(c, units.get(8), successor);
            for (Unit u : units) {
                records(c, run, u);
            }
            c.commit();
        }
        assertEquals(30, units.size());
    }

    @AfterEach
    void removeTree() throws SQLException {
        if (units.isEmpty()) {
            return;
        }
        try (Connection c = ItJdbc.appConnection()) {
            c.setAutoCommit(false);
            ItJdbc.scope(c, "*");
            delete(c, "unit_succession", successions);
            delete(c, "task", ids(tasks));
            delete(c, "plan", ids(plans));
            delete(c, "administrative_unit", units.stream().map(Unit::id).toList());
            c.commit();
        }
    }

    @Test
    void jpqlPredicatesInMemoryRuleAndRowLevelSecurityAgreeOnEveryPair() throws Exception {
        int pairs = 0;
        try (Connection c = ItJdbc.appConnection()) {
            for (Unit viewer : units) {
                TenantScope scope = scopeOf(viewer);
                agree(c, scope.databaseSetting(), viewer, scope);
                pairs += units.size();
            }
            agree(c, "*", null, TenantScope.system());
        }
        assertEquals(30 * 30, pairs);
    }

    @Test
    void theTreeExercisesEveryBranchOfTheRule() {
        TenantScope deepWard = scopeOf(units.get(3));
        TenantScope city = scopeOf(units.get(1));
        assertTrue(plans.stream().anyMatch(p -> !p.released() && !Visibility.plan(city, p.path(), true)
                && Visibility.plan(scopeOf(p.path()), p.path(), true)), "a draft hidden from the unit above");
        assertTrue(plans.stream().anyMatch(p -> p.released() && Visibility.isAncestor(deepWard, p.path())
                && Visibility.plan(deepWard, p.path(), false)), "an issued plan of an ancestor");
        assertTrue(tasks.stream().anyMatch(t -> t.released() && !t.cascade() && Visibility.isAncestor(deepWard, t.path())
                && !Visibility.task(deepWard, t.path(), true, false)), "a non-cascading task above");
        TenantScope successor = scopeOf(units.get(29));
        TenantScope secondProvince = scopeOf(units.get(25));
        assertEquals(3, successor.roots().size(), "the successor covers both predecessors");
        assertEquals(successor.predecessorRoots(), secondProvince.predecessorRoots(), "and so does its province");
        assertTrue(scopeOf(units.get(26)).predecessorRoots().isEmpty(), "a city beside the successor does not");
        assertTrue(plans.stream().anyMatch(p -> p.released() && p.path().equals(units.get(3).path())
                && Visibility.plan(successor, p.path(), false)), "an issued plan below a predecessor");
        assertTrue(plans.stream().anyMatch(p -> !p.released() && p.path().equals(units.get(2).path())
                && !Visibility.plan(successor, p.path(), true)), "a predecessor's draft stays its own");
        assertTrue(Visibility.isAncestor(successor, units.get(1).path()), "the predecessors' city is above it");
    }

    private void agree(Connection c, String setting, Unit viewer, TenantScope scope) throws Exception {
        check(c, setting, viewer, "plan", plans, p -> Visibility.plan(scope, p.path(), !p.released()));
        check(c, setting, viewer, "task", tasks, t -> Visibility.task(scope, t.path(), t.released(), t.cascade()));
        List<Rec> unitRecords = units.stream().map(u -> new Rec(u.id(), u.path(), true, false)).toList();
        check(c, setting, viewer, "unit", unitRecords, u -> Visibility.unit(scope, u.path()));
    }

    private void check(Connection c, String setting, Unit viewer, String kind, List<Rec> records, Predicate<Rec> rule)
            throws Exception {
        String table = "unit".equals(kind) ? "administrative_unit" : kind;
        Set<Long> byPolicy = visibleByPolicy(c, setting, table, ids(records));
        Set<Long> byJpql = visibleByJpql(kind, setting, viewer, ids(records));
        Set<Long> byRule = records.stream().filter(rule).map(Rec::id).collect(Collectors.toCollection(TreeSet::new));
        String who = kind + "s seen by " + setting;
        assertEquals(byPolicy, byJpql, who + ": row-level security vs JPQL");
        assertEquals(byPolicy, byRule, who + ": row-level security vs the in-memory rule");
    }

    private Set<Long> visibleByJpql(String kind, String setting, Unit viewer, List<Long> ids)
            throws IOException, InterruptedException {
        String query = "kind=" + kind + "&path=" + setting + "&unit=" + (viewer == null ? 0 : viewer.id())
                + "&ids=" + ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        URI uri = Api.loopback(base).resolve("it-probe/visibility?" + query);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().isEmpty() ? new TreeSet<>() : Arrays.stream(response.body().split(","))
                .map(Long::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Long> visibleByPolicy(Connection c, String setting, String table, List<Long> ids)
            throws SQLException {
        ItJdbc.scope(c, setting);
        Set<Long> seen = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("select id from " + table + " where id = any(?)")) {
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    seen.add(rs.getLong(1));
                }
            }
        } finally {
            ItJdbc.scope(c, "");
        }
        return seen;
    }

    private Unit unit(Connection c, String run, Unit parent, String level) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("insert into administrative_unit"
                + " (code, name, unit_type, level, parent_id, valid_from) values (?, ?, 'Thử', ?, ?, current_date) returning id")) {
            s.setString(1, "V" + run + units.size());
            s.setString(2, "Đơn vị thử " + run + " " + units.size());
            s.setString(3, level);
            s.setObject(4, parent == null ? null : parent.id());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        Unit unit = new Unit(id, parent == null ? Long.toString(id) : parent.path() + "." + id);
        try (PreparedStatement s = c.prepareStatement("update administrative_unit set path = ? where id = ?")) {
            s.setString(1, unit.path());
            s.setLong(2, id);
            s.executeUpdate();
        }
        units.add(unit);
        return unit;
    }

    private void records(Connection c, String run, Unit u) throws SQLException {
        long issued = 0;
        for (String status : List.of("DRAFT", "ISSUED")) {
            try (PreparedStatement s = c.prepareStatement("insert into plan (unit_id, unit_path, number, title, plan_year,"
                    + " status) values (?, ?, ?, 'Kế hoạch thử', 2030, ?) returning id")) {
                s.setLong(1, u.id());
                s.setString(2, u.path());
                s.setString(3, run + "/" + u.id() + "/" + status);
                s.setString(4, status);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    issued = rs.getLong(1);
                    plans.add(new Rec(issued, u.path(), "ISSUED".equals(status), false));
                }
            }
        }
        for (boolean published : new boolean[] {false, true}) {
            for (boolean cascade : new boolean[] {false, true}) {
                task(c, u, issued, published, cascade);
            }
        }
    }

    private void task(Connection c, Unit u, long plan, boolean published, boolean cascade) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into task (id, plan_id, unit_id, unit_path, ordinal, solution,"
                + " lead_kind, timeframe_kind, cascade, published) values (nextval('task_seq'), ?, ?, ?, ?, 'Giải pháp thử',"
                + " 'AS_WRITTEN', 'AS_WRITTEN', ?, ?) returning id")) {
            s.setLong(1, plan);
            s.setLong(2, u.id());
            s.setString(3, u.path());
            s.setInt(4, tasks.size());
            s.setBoolean(5, cascade);
            s.setBoolean(6, published);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                tasks.add(new Rec(rs.getLong(1), u.path(), published, cascade));
            }
        }
    }

    /** The scope {@code Tenancy} resolves: the unit's subtree and the predecessors of units in it, repeatedly. */
    private TenantScope scopeOf(Unit unit) {
        Set<String> roots = new LinkedHashSet<>(List.of(unit.path()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, String> m : merged.entrySet()) {
                boolean within = roots.stream().anyMatch(r -> m.getValue().equals(r) || m.getValue().startsWith(r + "."));
                grew |= within && roots.add(m.getKey());
            }
        }
        roots.remove(unit.path());
        return TenantScope.subtree(unit.id(), unit.path(), roots);
    }

    private void succession(Connection c, Unit predecessor, Unit successor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into unit_succession (predecessor_id, predecessor_path,"
                + " successor_id, successor_path, kind) values (?, ?, ?, ?, 'MERGED') returning id")) {
            s.setLong(1, predecessor.id());
            s.setString(2, predecessor.path());
            s.setLong(3, successor.id());
            s.setString(4, successor.path());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                successions.add(rs.getLong(1));
            }
        }
        merged.put(predecessor.path(), successor.path());
    }

    private TenantScope scopeOf(String path) {
        return units.stream().filter(u -> u.path().equals(path)).findFirst().map(this::scopeOf).orElseThrow();
    }

    private static List<Long> ids(List<Rec> records) {
        return records.stream().map(Rec::id).toList();
    }

    private static void delete(Connection c, String table, List<Long> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from " + table + " where id = any(?)")) {
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            s.executeUpdate();
        }
    }
}
