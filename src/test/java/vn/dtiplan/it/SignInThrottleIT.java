package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in throttle keeps its counts in the shared database, so every instance of a cluster
 * counts the same failures and honours the same lock: failures counted by this instance are
 * rows another instance reads, and a lock another instance wrote refuses the right password
 * here until it is lifted. PostgreSQL only (the test reads the database beside the running
 * server, which H2's file lock forbids); the H2 suite signs in through the same code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void failuresCountedHereAreInTheSharedTable() throws SQLException {
        String name = "doan.mo." + Unique.code();
        for (int i = 0; i < 5; i++) {
            Api.at(base).as(name, "sai-" + i).get("units").expectError(401);
        }
        try (Connection c = ItJdbc.appConnection();
             PreparedStatement s = c.prepareStatement(
                     "select failures, locked_until from sign_in_failure where user_key = ?")) {
            s.setString(1, name);
            try (ResultSet row = s.executeQuery()) {
                assertTrue(row.next(), "no row for " + name);
                assertEquals(5, row.getInt(1));
                LocalDateTime lockedUntil = row.getObject(2, LocalDateTime.class);
                assertTrue(lockedUntil != null && lockedUntil.isAfter(LocalDateTime.now(ZoneOffset.UTC)),
                        "locked until " + lockedUntil);
            }
        }
    }

    @Test
    void aLockWrittenByAnotherInstanceRefusesTheRightPasswordUntilLifted() throws SQLException {
        String user = "hvt.bacgiang";
        Api api = Api.at(base).as(user);
        api.get("units").expect(200);
        try (Connection c = ItJdbc.appConnection()) {
            execute(c, "delete from sign_in_failure where user_key = ?", user);
            execute(c, "insert into sign_in_failure (user_key, failures, first_failure, locked_until) values (?, 5, ?, ?)",
                    user, LocalDateTime.now(ZoneOffset.UTC), LocalDateTime.now(ZoneOffset.UTC).plusMinutes(5));
            try {
                api.get("units").expectError(401);
            } finally {
                execute(c, "delete from sign_in_failure where user_key = ?", user);
            }
        }
        api.get("units").expect(200);
    }

    private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
