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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
 * after the deployed application has migrated the schema and loaded the demo data, and checks
 * what forced row-level security lets that role see and change for each {@code app.scope}.
 * PostgreSQL only (not tagged {@code smoke}: H2 has no row-level security).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RowLevelSecurityIT {

    private static final Set<String> VUNG_TAU_WARDS = Set.of("26506", "26508", "26509", "26512", "26515", "26518",
            "26521", "26524", "26526", "26527", "26530", "26533", "26535", "26536", "26539", "26542", "26545");

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    @BeforeEach
    void postgreSqlOnly() {
        assumeTrue(ItSettings.isPostgreSql(), "row-level security exists on PostgreSQL only");
        Api.at(base).as("tp.vungtau").get("units").expect(200);
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
            assertTrue(codes.containsAll(VUNG_TAU_WARDS), codes.toString());
            assertTrue(codes.containsAll(Set.of("77", "747", "748", "755", "24", "213", "07210")), codes.toString());
            assertTrue(count(c, "select count(*) from department") >= 23);
        }
    }

    @Test
    void wardScopeSeesItselfAndItsAncestorsButOnlyItsOwnDepartments() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            Map<String, Long> ids = idsByCode(c);
            ItJdbc.scope(c, pathOf(c, "26509"));
            assertEquals(Set.of("26509", "747", "77"), unitCodes(c));
            Set<Long> departmentUnits = longs(c, "select distinct unit_id from department");
            assertEquals(Set.of(ids.get("26509")), departmentUnits);
            assertEquals(7, count(c, "select count(*) from department"));
        }
    }

    @Test
    void cityScopeSeesItsSubtreeAndProvinceNothingElse() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            ItJdbc.scope(c, pathOf(c, "747"));
            Set<String> expected = new HashSet<>(VUNG_TAU_WARDS);
            expected.addAll(Set.of("747", "77"));
            assertEquals(expected, unitCodes(c));
            assertEquals(0, count(c, "select count(*) from department d join administrative_unit u on u.id = d.unit_id"
                    + " where u.code in ('77', '748', '24', '213', '07210')"));
        }
    }

    @Test
    void pathPrefixNeedsTheSeparator() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            String ward = pathOf(c, "26509");
            String lastSegment = ward.substring(ward.lastIndexOf('.') + 1);
            assumeTrue(lastSegment.length() >= 2, "Phường 2's id has one digit: no string-prefix twin to test");
            ItJdbc.scope(c, ward.substring(0, ward.length() - 1));
            assertFalse(unitCodes(c).contains("26509"), "scope " + ward.substring(0, ward.length() - 1) + " covers " + ward);
            assertEquals(0, count(c, "select count(*) from department d join administrative_unit u on u.id = d.unit_id"
                    + " where u.code = '26509'"));
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
                ItJdbc.scope(c, pathOf(c, "26509"));
                try (Statement s = c.createStatement()) {
                    assertEquals(0, s.executeUpdate("update department set name = name || ' x' where unit_id = "
                            + ids.get("26512")), "updated a sibling's department");
                    assertEquals(0, s.executeUpdate("delete from department where unit_id = " + ids.get("07210")),
                            "deleted a foreign department");
                }
                SQLException refused = assertThrows(SQLException.class, () -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("insert into department (unit_id, name) values (" + ids.get("26512") + ", 'Lọt')");
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
