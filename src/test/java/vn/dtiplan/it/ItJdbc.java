package vn.dtiplan.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;

/**
 * JDBC beside the running server, as the application's own role (the credentials
 * {@link ItDatabase} gave the server): for ITs that check what the database holds or lets
 * through. PostgreSQL only — H2's file lock keeps everyone but the server out.
 */
public final class ItJdbc {

    private ItJdbc() {
    }

    public static Connection appConnection() throws SQLException {
        Properties settings = ItSettings.serverSettings();
        return DriverManager.getConnection(settings.getProperty("dtiplan.db.url"),
                settings.getProperty("dtiplan.db.user"), settings.getProperty("dtiplan.db.password"));
    }

    /** The owner role's connection (the migrations' role: may create temporary tables and analyze; RLS is forced on it too). */
    public static Connection ownerConnection() throws SQLException {
        Properties settings = ItSettings.serverSettings();
        return DriverManager.getConnection(settings.getProperty("dtiplan.db.url"),
                settings.getProperty("dtiplan.db.owner.user"), settings.getProperty("dtiplan.db.owner.password"));
    }

    /** Sets the row-level-security scope of the connection ({@code app.scope}): a unit path, or {@code *}. */
    public static void scope(Connection c, String scope) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select set_config('app.scope', ?, false)")) {
            s.setString(1, scope);
            s.executeQuery().close();
        }
    }
}
