package vn.dtiplan.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import vn.dtiplan.domain.plan.PlanStatus;
import vn.dtiplan.domain.tenancy.ScopeEnforcement;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.Visibility;

/**
 * Test-only bean, deployed by {@code VisibilityAgreementIT} alone: answers which of the given
 * records the repositories' JPQL predicates let a viewer's scope see. The database setting is
 * the system's ({@code '*'}), so row-level security lets every row through and the answer is
 * the JPQL predicate's alone.
 */
@Stateless
public class VisibilityProbe {

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    @Inject
    private ScopeEnforcement enforcement;

    public List<Long> visible(String kind, TenantScope viewer, List<Long> ids) {
        enforcement.enforce(TenantScope.system());
        TypedQuery<Long> query = switch (kind) {
            case "plan" -> em.createQuery("select p.id from Plan p where p.id in :ids and "
                    + JpaPlanRepository.PLAN_VISIBLE, Long.class).setParameter("draft", PlanStatus.DRAFT);
            case "task" -> em.createQuery("select t.id from Task t where t.id in :ids and "
                    + JpaPlanRepository.TASK_VISIBLE, Long.class);
            case "unit" -> em.createQuery("select u.id from AdministrativeUnit u where u.id in :ids and "
                    + Visibility.unitJpql("u.path"), Long.class);
            default -> throw new IllegalArgumentException(kind);
        };
        return ScopeFilter.bind(query, viewer).setParameter("ids", ids).getResultList();
    }
}
