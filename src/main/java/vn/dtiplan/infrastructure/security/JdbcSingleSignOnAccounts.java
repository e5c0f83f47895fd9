package vn.dtiplan.infrastructure.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import vn.dtiplan.domain.account.SingleSignOnLink;
import vn.dtiplan.domain.account.SingleSignOnLink.Candidate;
import vn.dtiplan.domain.account.SingleSignOnLink.Claim;
import vn.dtiplan.infrastructure.database.DatabaseBootstrap;

/**
 * The accounts a single sign-on claim names, read from {@code app_user} by JDBC like the
 * identity store (before any scope or transaction exists), with their enabled flag and roles.
 */
@ApplicationScoped
public class JdbcSingleSignOnAccounts implements SingleSignOnLink.Accounts {

    private static final String SELECT = "select u.username, u.enabled, r.role from app_user u"
            + " left join app_user_role r on r.user_id = u.id where ";

    @Resource(lookup = DatabaseBootstrap.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public List<Candidate> named(Claim claim, String value) {
        String where = claim == Claim.EMAIL ? "lower(u.email) = ?" : "u.username = ?";
        String key = claim == Claim.EMAIL ? value.strip().toLowerCase(Locale.ROOT) : value;
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT + where)) {
            select.setString(1, key);
            Map<String, Boolean> enabled = new LinkedHashMap<>();
            Map<String, Set<String>> roles = new LinkedHashMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String username = row.getString(1);
                    enabled.put(username, row.getBoolean(2));
                    Set<String> held = roles.computeIfAbsent(username, u -> new HashSet<>());
                    if (row.getString(3) != null) {
                        held.add(row.getString(3));
                    }
                }
            }
            List<Candidate> candidates = new ArrayList<>();
            enabled.forEach((username, on) -> candidates.add(new Candidate(username, on, Set.copyOf(roles.get(username)))));
            return candidates;
        } catch (SQLException e) {
            throw new IllegalStateException("accounts by " + claim.claimName(), e);
        }
    }
}
