package vn.dtiplan.domain.account;

import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.tenancy.TenantScope;

/** Accounts. */
public interface UserAccountRepository {

    /**
     * The account with this user name, for resolving the caller's own scope. This is the one
     * read that precedes any scope: it returns only the caller's own row.
     */
    Optional<UserAccount> findByUsername(String username);

    /** The accounts whose unit the scope covers (all of them, system admins too, for {@code all()}). */
    List<UserAccount> findVisible(TenantScope scope);

    /** The enabled accounts of exactly this unit, within the scope (one query, whatever the tree's size). */
    List<UserAccount> findEnabledOf(TenantScope scope, Long unitId);

    boolean existsByUsername(String username);

    UserAccount add(UserAccount account);
}
