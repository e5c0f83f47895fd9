package vn.dtiplan.infrastructure.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import vn.dtiplan.domain.account.SignInFailures;
import vn.dtiplan.domain.account.SignInThrottle.Failures;
import vn.dtiplan.infrastructure.database.DatabaseBootstrap;

/**
 * The throttle's counts in table {@code sign_in_failure}, so all instances share them. An
 * update locks the key's row ({@code select … for update}) in its own local transaction; the
 * first failure of a key inserts the row, and a concurrent insert of the same key is retried
 * as an update. Times are UTC.
 */
@ApplicationScoped
public class JdbcSignInFailures implements SignInFailures {

    private static final String SELECT =
            "select failures, last_failure, wait_until from sign_in_failure where throttle_key = ?";

    @Resource(lookup = DatabaseBootstrap.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public Optional<Failures> find(String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT)) {
            return read(select, key);
        } catch (SQLException e) {
            throw new IllegalStateException("sign-in failures of " + key, e);
        }
    }

    @Override
    public void update(String key, UnaryOperator<Failures> change) {
        try {
            updateOnce(key, change);
        } catch (SQLException raced) {
            try {
                updateOnce(key, change);
            } catch (SQLException e) {
                e.addSuppressed(raced);
                throw new IllegalStateException("sign-in failures of " + key, e);
            }
        }
    }

    @Override
    public void clear(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("delete from sign_in_failure where throttle_key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("sign-in failures of " + key, e);
        }
    }

    private void updateOnce(String key, UnaryOperator<Failures> change) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Optional<Failures> previous;
                try (PreparedStatement select = c.prepareStatement(SELECT + " for update")) {
                    previous = read(select, key);
                }
                write(c, key, change.apply(previous.orElse(null)), previous.isPresent());
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static void write(Connection c, String key, Failures next, boolean exists) throws SQLException {
        String sql = exists
                ? "update sign_in_failure set failures = ?, last_failure = ?, wait_until = ? where throttle_key = ?"
                : "insert into sign_in_failure (failures, last_failure, wait_until, throttle_key) values (?, ?, ?, ?)";
        try (PreparedStatement write = c.prepareStatement(sql)) {
            write.setInt(1, next.count());
            write.setObject(2, utc(next.last()));
            write.setObject(3, utc(next.waitUntil()));
            write.setString(4, key);
            write.executeUpdate();
        }
    }

    private static Optional<Failures> read(PreparedStatement select, String key) throws SQLException {
        select.setString(1, key);
        try (ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new Failures(row.getInt(1), instant(row.getObject(2, LocalDateTime.class)),
                    instant(row.getObject(3, LocalDateTime.class))));
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
