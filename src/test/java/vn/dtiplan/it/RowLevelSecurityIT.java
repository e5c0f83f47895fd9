package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The PostgreSQL backstop under the repositories: connects with plain JDBC as the
 * application's own role (credentials from the settings {@link ItDatabase} gave the server)
 * after the deployed application has migrated the schema, and checks what forced row-level
 * security lets that role see and change for each {@code app.scope}, on a tree the class makes
 * through the admin API (never the demo data).
 * PostgreSQL only (not tagged {@code smoke}: H2 has no row-level security).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RowLevelSecurityIT {

    private static final List<String> CITY_WARDS = List.of("W1", "W2", "W3", "W4", "W5");
    /** Suffixes of the units outside city C: its province's other cities, a foreign province, its city and ward. */
    private static final List<String> OUTSIDE = List.of("C2", "C3", "Q", "QC", "QW");
    private static final int WARD2_DEPARTMENTS = 7;

    private static ItTree tree;

    /**
     * The class's tree, made by the first test: province P with city C (wards W1–W5) and cities
     * C2 and C3, a foreign province Q with city QC and ward QW; W2 has seven departments, every
     * other unit one.
     */
    private ItTree tree() {
        if (tree == null) {
            ItTree t = new ItTree(base).unit("P", "Tỉnh Chốt Chặn", "PROVINCE", null).unit("C", "Thành phố Chốt Chặn",
                    "CITY", "P").unit("C2", "Thành phố Bên Cạnh", "CITY", "P").unit("C3", "Thị xã Bên Cạnh", "CITY", "P")
                    .unit("Q", "Tỉnh Xa", "PROVINCE", null).unit("QC", "Thành phố Xa", "CITY", "Q")
                    .unit("QW", "Phường Xa", "WARD", "QC");
            CITY_WARDS.forEach(w -> t.unit(w, "Phường Chốt " + w, "WARD", "C"));
            for (int i = 1; i <= WARD2_DEPARTMENTS; i++) {
                t.department("W2", "Bộ phận " + i);
            }
            Stream.concat(Stream.of("P", "C", "W1", "W3", "W4", "W5"), OUTSIDE.stream())
                    .forEach(u -> t.department(u, "Văn phòng " + u));
            tree = t;
        }
        return tree;
    }

    private String code(String suffix) {
        return tree().code(suffix);
    }

    private Set<String> codes(Collection<String> suffixes) {
        return suffixes.stream().map(this::code).collect(Collectors.toSet());
    }

    private String inList(Collection<String> suffixes) {
        return suffixes.stream().map(s -> "'" + code(s) + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    @BeforeEach
    void postgreSqlOnly() {
        assumeTrue(ItSettings.isPostgreSql(), "row-level security exists on PostgreSQL only");
        tree();
    }

    @Test
    void applicationRoleOwnsNothingAndCannotBypass() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            assertEquals(0, count(c, "select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user"));
            assertEquals(ItDatabase.OWNER_ROLE, string(c, "select tableowner from pg_tables where tablename = 'administrative_unit'"));
            assertEquals("false false", string(c,
                    "select rolsuper::text || ' ' || rolbypassrls::text from pg_roles where rolname = current_user"));
            assertEquals(2, count(c, "select count(*) from pg_class where relname in ('administrative_unit', 'department')"
                    + " and relrowsecurity and relforcerowsecurity"));
        }
    }

    /**
     * Every table that carries a unit path is tenant-owned and must have forced row-level
     * security, so a table added without policies fails here. Accounts are the one exception:
     * the identity store reads them before any scope exists (see V2).
     */
    @Test
    void everyTenantOwnedTableHasForcedRowLevelSecurity() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            assertEquals("", string(c, "select coalesce(string_agg(t.relname, ', ' order by t.relname), '')"
                    + " from pg_class t join pg_namespace n on n.oid = t.relnamespace"
                    + " where n.nspname = 'public' and t.relkind = 'r' and t.relname <> 'app_user'"
                    + " and exists (select 1 from information_schema.columns col where col.table_schema = 'public'"
                    + " and col.table_name = t.relname and col.column_name = 'unit_path')"
                    + " and not (t.relrowsecurity and t.relforcerowsecurity)"));
            assertTrue(count(c, "select count(*) from information_schema.columns where table_schema = 'public'"
                    + " and column_name = 'unit_path'") >= 3, "the check must see the tenant-owned tables");
        }
    }

    @Test
    void noScopeSeesNoRow() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            assertEquals(0, count(c, "select count(*) from administrative_unit"));
            assertEquals(0, count(c, "select count(*) from department"));
        }
    }

    @Test
    void emptyScopeSeesNoRow() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            ItJdbc.scope(c, "");
            assertEquals(0, count(c, "select count(*) from administrative_unit"));
            assertEquals(0, count(c, "select count(*) from department"));
        }
    }

    @Test
    void allScopeSeesEveryUnit() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            ItJdbc.scope(c, "*");
            Set<String> codes = unitCodes(c);
            assertTrue(codes.containsAll(codes(CITY_WARDS)), codes.toString());
            assertTrue(codes.containsAll(codes(List.of("P", "C", "C2", "C3", "Q", "QC", "QW"))), codes.toString());
            assertTrue(count(c, "select count(*) from department") >= WARD2_DEPARTMENTS + 11);
        }
    }

    @Test
    void wardScopeSeesItselfAndItsAncestorsButOnlyItsOwnDepartments() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            Map<String, Long> ids = idsByCode(c);
            ItJdbc.scope(c, pathOf(c, code("W2")));
            assertEquals(codes(List.of("W2", "C", "P")), unitCodes(c));
            Set<Long> departmentUnits = longs(c, "select distinct unit_id from department");
            assertEquals(Set.of(ids.get(code("W2"))), departmentUnits);
            assertEquals(WARD2_DEPARTMENTS, count(c, "select count(*) from department"));
        }
    }

    @Test
    void cityScopeSeesItsSubtreeAndProvinceNothingElse() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            ItJdbc.scope(c, pathOf(c, code("C")));
            Set<String> expected = new HashSet<>(codes(CITY_WARDS));
            expected.addAll(codes(List.of("C", "P")));
            assertEquals(expected, unitCodes(c));
            List<String> outside = new ArrayList<>(OUTSIDE);
            outside.add("P");
            assertEquals(0, count(c, "select count(*) from department d join administrative_unit u on u.id = d.unit_id"
                    + " where u.code in " + inList(outside)));
        }
    }

    @Test
    void pathPrefixNeedsTheSeparator() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            String ward = pathOf(c, code("W2"));
            String lastSegment = ward.substring(ward.lastIndexOf('.') + 1);
            assumeTrue(lastSegment.length() >= 2, "the ward's id has one digit: no string-prefix twin to test");
            ItJdbc.scope(c, ward.substring(0, ward.length() - 1));
            assertFalse(unitCodes(c).contains(code("W2")), "scope " + ward.substring(0, ward.length() - 1) + " covers " + ward);
            assertEquals(0, count(c, "select count(*) from department d join administrative_unit u on u.id = d.unit_id"
                    + " where u.code = '" + code("W2") + "'"));
        }
    }

    @Test
    void transactionScopeEndsWithTheTransaction() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("select set_config('app.scope', '*', true)")) {
                s.executeQuery().close();
            }
            assertTrue(count(c, "select count(*) from administrative_unit") > 0);
            c.commit();
            assertEquals("", string(c, "select current_setting('app.scope', true)"), "the setting after commit");
            assertEquals(0, count(c, "select count(*) from administrative_unit"), "'' must mean no rows, not all");
            c.commit();
        }
    }

    @Test
    void wardScopeCannotWriteOutsideItself() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            Map<String, Long> ids = idsByCode(c);
            c.setAutoCommit(false);
            try {
                ItJdbc.scope(c, pathOf(c, code("W2")));
                try (Statement s = c.createStatement()) {
                    assertEquals(0, s.executeUpdate("update department set name = name || ' x' where unit_id = "
                            + ids.get(code("W3"))), "updated a sibling's department");
                    assertEquals(0, s.executeUpdate("delete from department where unit_id = " + ids.get(code("QW"))),
                            "deleted a foreign department");
                }
                SQLException refused = assertThrows(SQLException.class, () -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("insert into department (unit_id, name) values (" + ids.get(code("W3")) + ", 'Lọt')");
                    }
                });
                assertEquals("42501", refused.getSQLState(), refused.getMessage());
            } finally {
                c.rollback();
            }
            c.setAutoCommit(true);
            ItJdbc.scope(c, "*");
            assertEquals(0, count(c, "select count(*) from department where name = 'Lọt' or name like '% x'"));
        }
    }



    /** Reads under the all scope, then clears the scope again. */
    private static String pathOf(Connection c, String code) throws SQLException {
        ItJdbc.scope(c, "*");
        try (PreparedStatement s = c.prepareStatement("select path from administrative_unit where code = ? and valid_to is null")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no unit " + code);
                return rs.getString(1);
            }
        } finally {
            ItJdbc.scope(c, "");
        }
    }

    private static Map<String, Long> idsByCode(Connection c) throws SQLException {
        ItJdbc.scope(c, "*");
        Map<String, Long> ids = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select code, id from administrative_unit where valid_to is null")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        } finally {
            ItJdbc.scope(c, "");
        }
        return ids;
    }

    private static Set<String> unitCodes(Connection c) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code from administrative_unit")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private static Set<Long> longs(Connection c, String sql) throws SQLException {
        Set<Long> values = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
