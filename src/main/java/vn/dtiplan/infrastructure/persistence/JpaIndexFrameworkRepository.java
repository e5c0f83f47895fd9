package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.IndexFrameworkRepository;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.Visibility;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * JPA frameworks. A scope reads the frameworks issued inside it and those issued by its
 * ancestors (the paths that are prefixes of the scope's path), which is how a ward reads its
 * province's framework without seeing anything else of the province.
 */
@ApplicationScoped
public class JpaIndexFrameworkRepository implements IndexFrameworkRepository {

    private static final String VISIBLE = Visibility.frameworkJpql("f.issuerPath");

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    @Override
    public IndexFramework add(TenantScope scope, IndexFramework framework) {
        ScopeFilter.requireWritable(scope, framework.getIssuerPath());
        em.persist(framework);
        em.flush();
        return framework;
    }

    @Override
    public void update(TenantScope scope, IndexFramework framework) {
        if (!Visibility.framework(scope, framework.getIssuerPath())) {
            throw new RecordNotFoundException();
        }
        em.lock(framework, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    @Override
    public Optional<IndexFramework> findById(TenantScope scope, long id) {
        if (scope.isNone()) {
            return Optional.empty();
        }
        return bind(em.createQuery("select f from IndexFramework f where f.id = :id and " + VISIBLE,
                IndexFramework.class), scope).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<IndexFramework> findVisible(TenantScope scope, Integer year, UnitLevel level) {
        if (scope.isNone()) {
            return List.of();
        }
        return bind(em.createQuery("select f from IndexFramework f where " + VISIBLE
                        + " and (:anyYear = TRUE or f.year = :year) and (:anyLevel = TRUE or f.level = :level)"
                        + " order by f.year desc, f.level, f.name", IndexFramework.class), scope)
                .setParameter("anyYear", year == null)
                .setParameter("year", year == null ? 0 : year)
                .setParameter("anyLevel", level == null)
                .setParameter("level", level == null ? UnitLevel.WARD : level)
                .getResultList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, TenantScope scope) {
        return ScopeFilter.bind(query, scope);
    }
}
