package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.account.UserAccount;
import vn.dtiplan.domain.account.UserAccountRepository;
import vn.dtiplan.domain.tenancy.TenantScope;

/** JPA accounts. */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select a from UserAccount a where a.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> findVisible(TenantScope scope) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select a from UserAccount a where " + ScopeFilter.on("a.unitPath")
                        + " order by a.username", UserAccount.class), scope)
                .getResultList();
    }

    @Override
    public List<UserAccount> findEnabledOf(TenantScope scope, Long unitId) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select a from UserAccount a where a.unitId = :unit and a.enabled = true and "
                        + ScopeFilter.on("a.unitPath") + " order by a.username", UserAccount.class), scope)
                .setParameter("unit", unitId).getResultList();
    }

    @Override
    public boolean existsByUsername(String username) {
        return !em.createQuery("select a.id from UserAccount a where a.username = :username", Long.class)
                .setParameter("username", username).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public UserAccount add(UserAccount account) {
        em.persist(account);
        return account;
    }
}
