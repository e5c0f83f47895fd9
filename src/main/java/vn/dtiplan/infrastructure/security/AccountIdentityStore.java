package vn.dtiplan.infrastructure.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import vn.dtiplan.application.CredentialCache;
import vn.dtiplan.application.PasswordHashing;
import vn.dtiplan.infrastructure.database.DatabaseBootstrap;

/**
 * Checks a user name and password against {@code app_user} (PBKDF2, {@link PasswordHashing}).
 * Every answer costs the same: a name without an account is checked against a dummy hash, and a
 * disabled account's password is checked before it is refused, so the time taken does not tell
 * which names exist. One query reads the stored hash, the enabled flag and the roles; a
 * credential {@link CredentialCache} verified against the same stored hash skips PBKDF2.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final String ACCOUNT = "select u.password_hash, u.enabled, r.role from app_user u"
            + " left join app_user_role r on r.user_id = u.id where u.username = ?";

    @Resource(lookup = DatabaseBootstrap.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private CredentialCache cache;

    private record Stored(String hash, boolean enabled, Set<String> roles) {
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up) || up.getCaller() == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = up.getCaller();
        char[] password = up.getPassword().getValue();
        Stored stored = read(username);
        if (stored == null) {
            passwords.verifyNothing(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        boolean matches = cache.verified(username, password, stored.hash());
        if (!matches) {
            matches = passwords.verify(password, stored.hash());
            if (matches && stored.enabled()) {
                cache.remember(username, password, stored.hash());
            }
        }
        return matches && stored.enabled() ? new CredentialValidationResult(username, stored.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult result) {
        Stored stored = read(result.getCallerPrincipal().getName());
        return stored == null || !stored.enabled() ? Set.of() : stored.roles();
    }

    private Stored read(String username) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(ACCOUNT)) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                String hash = row.getString(1);
                boolean enabled = row.getBoolean(2);
                Set<String> roles = new HashSet<>();
                do {
                    if (row.getString(3) != null) {
                        roles.add(row.getString(3));
                    }
                } while (row.next());
                return new Stored(hash, enabled, Set.copyOf(roles));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("account " + username, e);
        }
    }
}
