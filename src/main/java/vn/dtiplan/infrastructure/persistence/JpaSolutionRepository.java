package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.PlanStatus;
import vn.dtiplan.domain.plan.SolutionRepository;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * JPA reads for the solution library: two queries (a unit's own tasks of plans that are no
 * drafts; the copies it adopted or adapted), filtered by {@link ScopeFilter} like every read.
 */
@ApplicationScoped
public class JpaSolutionRepository implements SolutionRepository {

    private static final String AIMS = "(t.criterionCode = :code or t.criterionTitle is not null)";

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    @Override
    public List<Task> candidates(TenantScope scope, UnitLevel level, String code) {
        if (scope.isNone()) {
            return List.of();
        }
        List<Task> found = new ArrayList<>(ScopeFilter.bind(em.createQuery("select t from Task t join t.plan pl "
                        + "where type(t) <> InheritedTask and pl.status <> :draft and t.unit.level = :level and " + AIMS
                        + " and " + ScopeFilter.on("t.unitPath") + " order by t.id", Task.class), scope)
                .setParameter("draft", PlanStatus.DRAFT).setParameter("level", level).setParameter("code", code)
                .getResultList());
        found.addAll(ScopeFilter.bind(em.createQuery("select t from InheritedTask t where t.state in :taken "
                        + "and t.unit.level = :level and " + AIMS + " and " + ScopeFilter.on("t.unitPath")
                        + " order by t.id", InheritedTask.class), scope)
                .setParameter("taken", EnumSet.of(InheritanceState.ADOPTED, InheritanceState.ADAPTED))
                .setParameter("level", level).setParameter("code", code).getResultList());
        return found;
    }
}
