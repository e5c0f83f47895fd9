package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal API tokens ({@code /api/tokens}, {@code Authorization: Bearer}) and the cache of
 * verified Basic credentials: a token works like its owner's password, is stored as a SHA-256
 * only, is its owner's alone, and stops when revoked, expired or its account is disabled; a
 * cached Basic credential stops at once when the stored password changes, the account is
 * disabled or the name has to wait. PostgreSQL only: the test changes accounts beside the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokenIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private static ItTree tree;

    /**
     * The class's tree, made by the first test: province P with city C and ward W (a department
     * and its staff account), a foreign province Q with ward QW (a department); each test signs
     * in with an account of its own, so a disabled account or a changed password touches no other test.
     */
    private ItTree tree() {
        if (tree == null) {
            tree = new ItTree(base).unit("P", "Tỉnh Mã Truy Cập", "PROVINCE", null)
                    .unit("C", "Thành phố Mã Truy Cập", "CITY", "P").unit("W", "Phường Mã Truy Cập", "WARD", "C")
                    .unit("Q", "Tỉnh Khác", "PROVINCE", null).unit("QW", "Phường Khác", "WARD", "Q")
                    .department("W", "Bộ phận Văn hóa - Xã hội").department("QW", "Bộ phận một cửa")
                    .account("city", "C", "CITY_PLANNER").account("ward", "W", "WARD_OFFICER")
                    .account("overseer", "P", "PROVINCE_OVERSEER").account("foreign", "QW", "WARD_OFFICER")
                    .account("password", "W", "WARD_OFFICER").account("throttled", "C", "CITY_PLANNER")
                    .staff("staff", "W", "Bộ phận Văn hóa - Xã hội");
        }
        return tree;
    }

    private JsonObject create(Api owner, String name) {
        return owner.post("tokens", Json.createObjectBuilder().add("name", name).build()).expect(201).object();
    }

    @Test
    void aTokenWorksWhereBasicDoesAndIsListedWithoutItsSecret() throws SQLException {
        Api owner = tree().as("city");
        JsonObject created = create(owner, "bảng điều khiển");
        String token = created.getString("token");
        Api bearer = Api.at(base).withToken(token);
        assertEquals(codes(owner.get("units").expect(200).body()), codes(bearer.get("units").expect(200).body()));
        bearer.get("units/" + tree().code("QW") + "/departments").expectError(404);
        tree().as("foreign").get("units/" + tree().code("QW") + "/departments").expect(200);

        String listed = owner.get("tokens").expect(200).body();
        assertTrue(listed.contains("bảng điều khiển") && !listed.contains(token), listed);
        try (Connection c = ItJdbc.appConnection();
             PreparedStatement s = c.prepareStatement("select digest from api_token where id = ?")) {
            s.setLong(1, created.getJsonNumber("id").longValue());
            try (ResultSet row = s.executeQuery()) {
                assertTrue(row.next());
                assertEquals(sha256(token), row.getString(1).strip(), "only the SHA-256 is stored");
            }
        }
    }

    @Test
    void onlyTheOwnerRevokesAndARevokedTokenStops() {
        Api owner = tree().as("ward");
        JsonObject created = create(owner, "script");
        long id = created.getJsonNumber("id").longValue();
        Api bearer = Api.at(base).withToken(created.getString("token"));
        bearer.get("units").expect(200);
        Api overseer = tree().as("overseer");
        overseer.send(overseer.request(overseer.api("tokens/" + id)).DELETE()).expectError(404);
        assertFalse(overseer.get("tokens").body().contains("\"id\":" + id + ","));
        bearer.get("units").expect(200);
        owner.send(owner.request(owner.api("tokens/" + id)).DELETE()).expect(204);
        bearer.get("units").expectError(401);
        Api.at(base).withToken(created.getString("token").replace('a', 'b').replace('A', 'a')).get("units").expectError(401);
    }

    @Test
    void expiryIsCheckedAndLimited() throws SQLException {
        Api owner = tree().as("foreign");
        owner.post("tokens", Json.createObjectBuilder().add("name", "x").add("expires", "2020-01-01").build())
                .expectError(422);
        owner.post("tokens", Json.createObjectBuilder().add("name", "x")
                .add("expires", LocalDate.now().plusYears(2).toString()).build()).expectError(422);
        int badDate = owner.post("tokens", Json.createObjectBuilder().add("name", "x").add("expires", "ngày mai").build())
                .status();
        assertTrue(badDate == 400 || badDate == 422, "a date that is not YYYY-MM-DD answered " + badDate);
        int noName = owner.post("tokens", Json.createObjectBuilder().add("expires", "2030-01-01").build()).status();
        assertTrue(noName == 400 || noName == 422, "a token without a name answered " + noName);
        JsonObject created = owner.post("tokens", Json.createObjectBuilder().add("name", "tháng này")
                .add("expires", LocalDate.now().plusDays(30).toString()).build()).expect(201).object();
        Api bearer = Api.at(base).withToken(created.getString("token"));
        bearer.get("units").expect(200);
        try (Connection c = ItJdbc.appConnection()) {
            execute(c, "update api_token set expires_at = localtimestamp - interval '1 minute' where id = ?",
                    created.getJsonNumber("id").longValue());
        }
        bearer.get("units").expectError(401);
    }

    @Test
    void aDisabledAccountsTokensAndCachedPasswordStopAtOnce() throws SQLException {
        String user = tree().user("staff");
        Api basic = tree().as("staff");
        String token = create(basic, "tắt tài khoản").getString("token");
        Api bearer = Api.at(base).withToken(token);
        basic.get("units").expect(200);
        bearer.get("units").expect(200);
        try (Connection c = ItJdbc.appConnection()) {
            execute(c, "update app_user set enabled = false where username = ?", user);
            try {
                basic.get("units").expectError(401);
                bearer.get("units").expectError(401);
            } finally {
                execute(c, "update app_user set enabled = true where username = ?", user);
            }
        }
        basic.get("units").expect(200);
        bearer.get("units").expect(200);
    }

    @Test
    void aChangedPasswordStopsTheCachedOneAtOnce() throws Exception {
        String user = tree().user("password");
        Api old = tree().as("password");
        old.get("units").expect(200);
        old.get("units").expect(200);
        String newPassword = "Song-Hong-" + Unique.code();
        try (Connection c = ItJdbc.appConnection()) {
            String previous = passwordHash(c, user);
            execute(c, "update app_user set password_hash = ? where username = ?", pbkdf2(newPassword), user);
            try {
                old.get("units").expectError(401);
                Api.at(base).as(user, newPassword).get("units").expect(200);
            } finally {
                execute(c, "update app_user set password_hash = ? where username = ?", previous, user);
            }
        }
        old.get("units").expect(200);
    }

    @Test
    void theThrottleStillAppliesToACachedPassword() throws SQLException {
        String user = tree().user("throttled");
        Api basic = tree().as("throttled");
        basic.get("units").expect(200);
        try (Connection c = ItJdbc.appConnection()) {
            execute(c, "insert into sign_in_failure (throttle_key, failures, last_failure, wait_until)"
                    + " values (?, 9, localtimestamp, localtimestamp + interval '1 minute')", "account:" + user);
            try {
                basic.get("units").expectError(401);
            } finally {
                execute(c, "delete from sign_in_failure where throttle_key = ?", "account:" + user);
            }
        }
        basic.get("units").expect(200);
    }

    private static Set<String> codes(String units) {
        return Json.createReader(new java.io.StringReader(units)).readArray().getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("code")).collect(Collectors.toSet());
    }

    private static String passwordHash(Connection c, String user) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select password_hash from app_user where username = ?")) {
            s.setString(1, user);
            try (ResultSet row = s.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    /** A hash in the identity store's format ({@code PBKDF2WithHmacSHA256:iterations:salt:key}, Base64). */
    private static String pbkdf2(String password) throws GeneralSecurityException {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:210000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
    }

    private static String sha256(String text) throws SQLException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
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
