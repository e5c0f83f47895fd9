package vn.dtiplan.infrastructure.database;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.dtiplan.domain.tenancy.ScopeEnforcement;
import vn.dtiplan.domain.tenancy.TenantScope;

/**
 * Hands the scope to PostgreSQL for the current transaction ({@code set_config(..., true)}),
 * where the row-level security policies of {@code db/migration/postgresql} read it. Needs
 * {@code eclipselink.transaction.join-existing=true} so that JPA reads use the same enlisted
 * connection. On H2 (no row-level security) it does nothing.
 */
@ApplicationScoped
public class RowLevelSecurity implements ScopeEnforcement {

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    private boolean postgreSql;

    @PostConstruct
    void init() {
        postgreSql = DatabaseSettings.fromConfig().isPostgreSql();
    }

    @Override
    public void enforce(TenantScope scope) {
        if (postgreSql) {
            em.createNativeQuery("select set_config('app.scope', ?1, true)")
                    .setParameter(1, scope.databaseSetting())
                    .getSingleResult();
        }
    }
}
