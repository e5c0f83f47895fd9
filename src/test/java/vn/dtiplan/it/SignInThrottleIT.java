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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in throttle: growing waits per account and per source address, kept in the shared
 * database, so every instance of a cluster counts the same failures and honours the same waits
 * (failures counted here are rows another instance reads; a wait another instance wrote refuses
 * the right password here until it is over). A stranger's failures make the victim wait about a
 * second, not five minutes; spraying from one address slows that address; a name without an
 * account costs as long as a wrong password. PostgreSQL only (the test reads the database beside
 * the running server, which H2's file lock forbids); the H2 suite signs in through the same code.
 * Each client comes from its own address ({@link Api#at}); the accounts signed in with are the
 * class's own ({@link #accounts()}), so no other test's account is ever made to wait.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private static ItTree accounts;

    /** A province and a ward of the class's own, with one account per test that signs in rightly. */
    private ItTree accounts() {
        if (accounts == null) {
            accounts = new ItTree(base).unit("P", "Tỉnh Đăng Nhập", "PROVINCE", null).unit("W", "Phường Đăng Nhập", "WARD", "P")
                    .account("waiting", "W", "WARD_OFFICER").account("victim", "W", "WARD_OFFICER")
                    .account("sprayed", "W", "WARD_OFFICER").account("timed", "P", "PROVINCE_OVERSEER");
        }
        return accounts;
    }

    private static String unique(String prefix) {
        NAMES.incrementAndGet();
        return prefix + Unique.code();
    }

    @Test
    void failuresCountedHereAreInTheSharedTable() throws SQLException {
        String name = unique("doan.mo.");
        Api stranger = Api.at(base).from("192.0.2." + (NAMES.get() % 250 + 1));
        for (int i = 0; i < 6; i++) {
            stranger.as(name, "sai-" + i).get("units").expectError(401);
        }
        try (Connection c = ItJdbc.appConnection()) {
            LocalDateTime waitUntil = row(c, "account:" + name, 6);
            assertTrue(waitUntil != null && waitUntil.isAfter(LocalDateTime.now(ZoneOffset.UTC).minusSeconds(5)),
                    "the sixth failure sets a wait: " + waitUntil);
            assertTrue(waitUntil.isBefore(LocalDateTime.now(ZoneOffset.UTC).plusSeconds(5)), "a second, not minutes");
            row(c, "source:192.0.2." + (NAMES.get() % 250 + 1), -1);
        }
    }

    @Test
    void aWaitWrittenByAnotherInstanceRefusesTheRightPasswordUntilOver() throws SQLException {
        String user = accounts().user("waiting");
        Api api = Api.at(base).as(user, ItTree.PASSWORD);
        api.get("units").expect(200);
        try (Connection c = ItJdbc.appConnection()) {
            execute(c, "delete from sign_in_failure where throttle_key = ?", "account:" + user);
            execute(c, "insert into sign_in_failure (throttle_key, failures, last_failure, wait_until) values (?, 9, ?, ?)",
                    "account:" + user, LocalDateTime.now(ZoneOffset.UTC), LocalDateTime.now(ZoneOffset.UTC).plusMinutes(1));
            try {
                api.get("units").expectError(401);
            } finally {
                execute(c, "delete from sign_in_failure where throttle_key = ?", "account:" + user);
            }
        }
        api.get("units").expect(200);
    }

    @Test
    void aStrangerCannotLockTheVictimOutForMinutes() throws InterruptedException {
        String victim = accounts().user("victim");
        Api stranger = Api.at(base);
        Api home = Api.at(base);
        home.as(victim, ItTree.PASSWORD).get("units").expect(200);
        for (int i = 0; i < 6; i++) {
            stranger.as(victim, "doan-" + i).get("units").expectError(401);
        }
        home.as(victim, ItTree.PASSWORD).get("units").expectError(401);
        Thread.sleep(1_500);
        home.as(victim, ItTree.PASSWORD).get("units").expect(200);
    }

    @Test
    void sprayingOnePasswordOverManyNamesFromOneAddressSlowsThatAddress() {
        Api sprayer = Api.at(base);
        for (int i = 0; i < 21; i++) {
            sprayer.as(unique("nguoi.dung."), "Matkhau@123").get("units").expectError(401);
        }
        String sprayed = accounts().user("sprayed");
        sprayer.as(sprayed, ItTree.PASSWORD).get("units").expectError(401);
        Api.at(base).as(sprayed, ItTree.PASSWORD).get("units").expect(200);
    }

    @Test
    void aNameWithoutAccountTakesAsLongAsAWrongPassword() {
        String timed = accounts().user("timed");
        Api client = Api.at(base);
        client.as(timed, ItTree.PASSWORD).get("units").expect(200);
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            unknown.add(timed(client.as(unique("khong.co."), "Sai-mat-khau-" + i)));
            wrong.add(timed(client.as(timed, "Sai-mat-khau-" + i)));
        }
        client.as(timed, ItTree.PASSWORD).get("units").expect(200);
        long unknownMedian = median(unknown);
        long wrongMedian = median(wrong);
        assertTrue(unknownMedian * 2 > wrongMedian,
                "unknown names answer in " + unknown + " ms, wrong passwords in " + wrong + " ms");
    }

    private static long timed(Api client) {
        long start = System.nanoTime();
        client.get("units").expectError(401);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }

    /** The wait of a key's row after checking its count ({@code -1}: any count). */
    private static LocalDateTime row(Connection c, String key, int failures) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select failures, wait_until from sign_in_failure where throttle_key = ?")) {
            s.setString(1, key);
            try (ResultSet row = s.executeQuery()) {
                assertTrue(row.next(), "no row for " + key);
                if (failures >= 0) {
                    assertEquals(failures, row.getInt(1), key);
                }
                return row.getObject(2, LocalDateTime.class);
            }
        }
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
