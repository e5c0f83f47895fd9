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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import vn.dtiplan.domain.account.ApiToken;
import vn.dtiplan.domain.account.ApiTokens;
import vn.dtiplan.infrastructure.database.DatabaseBootstrap;

/**
 * API tokens in table {@code api_token}, by JDBC: the mechanism looks a token up on every API
 * request before any scope or transaction exists (one indexed query joining the account, so a
 * disabled account's tokens stop at once), and the token service lists and revokes them inside
 * its own transaction (the data source is enlisted then). Times are UTC.
 */
@ApplicationScoped
public class JdbcApiTokens implements ApiTokens {

    private static final String CALLER = "select u.username, r.role from api_token t join app_user u on u.id = t.user_id"
            + " left join app_user_role r on r.user_id = u.id where t.digest = ? and t.expires_at > ? and u.enabled = true";

    @Resource(lookup = DatabaseBootstrap.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public long add(String username, ApiToken token, String digest) {
        String sql = "insert into api_token (user_id, name, digest, created_at, expires_at)"
                + " select id, ?, ?, ?, ? from app_user where username = ?";
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(sql, new String[] {"id"})) {
            insert.setString(1, token.name());
            insert.setString(2, digest);
            insert.setObject(3, utc(token.createdAt()));
            insert.setObject(4, utc(token.expiresAt()));
            insert.setString(5, username);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("no account " + username);
            }
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("api token of " + username, e);
        }
    }

    @Override
    public List<ApiToken> list(String username) {
        String sql = "select t.id, t.name, t.created_at, t.expires_at from api_token t join app_user u on u.id = t.user_id"
                + " where u.username = ? order by t.created_at desc, t.id desc";
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, username);
            List<ApiToken> tokens = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    tokens.add(new ApiToken(row.getLong(1), row.getString(2),
                            instant(row.getObject(3, LocalDateTime.class)), instant(row.getObject(4, LocalDateTime.class))));
                }
            }
            return tokens;
        } catch (SQLException e) {
            throw new IllegalStateException("api tokens of " + username, e);
        }
    }

    @Override
    public boolean revoke(String username, long id) {
        String sql = "delete from api_token where id = ? and user_id = (select id from app_user where username = ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(sql)) {
            delete.setLong(1, id);
            delete.setString(2, username);
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("api token " + id, e);
        }
    }

    @Override
    public Optional<Caller> caller(String digest, Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(CALLER)) {
            select.setString(1, digest);
            select.setObject(2, utc(now));
            String username = null;
            Set<String> roles = new java.util.HashSet<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    username = row.getString(1);
                    if (row.getString(2) != null) {
                        roles.add(row.getString(2));
                    }
                }
            }
            return username == null ? Optional.empty() : Optional.of(new Caller(username, Set.copyOf(roles)));
        } catch (SQLException e) {
            throw new IllegalStateException("api token look-up", e);
        }
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
