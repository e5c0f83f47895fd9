package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.PlanStatus;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.progress.ProgressStatus;
import vn.dtiplan.domain.reorganisation.Reorganisation;
import vn.dtiplan.domain.reorganisation.ReorganisationRepository;
import vn.dtiplan.domain.reorganisation.UnitSuccession;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.UnitPath;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/** JPA reorganisations and successions; what moves is read through the scope. */
@ApplicationScoped
public class JpaReorganisationRepository implements ReorganisationRepository {

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    @Override
    public Reorganisation add(TenantScope scope, Reorganisation reorganisation) {
        if (!scope.isAll()) {
            ScopeFilter.requireWritable(scope, reorganisation.getOwnerPath());
        }
        em.persist(reorganisation);
        em.flush();
        return reorganisation;
    }

    @Override
    public Optional<Reorganisation> find(TenantScope scope, long id) {
        if (scope.isNone()) {
            return Optional.empty();
        }
        return ScopeFilter.bind(em.createQuery("select r from Reorganisation r where r.id = :id and "
                        + ScopeFilter.on("r.ownerPath"), Reorganisation.class), scope)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Reorganisation> findAll(TenantScope scope) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select r from Reorganisation r where " + ScopeFilter.on("r.ownerPath")
                + " order by r.effective desc, r.id desc", Reorganisation.class), scope).getResultList();
    }

    @Override
    public void add(UnitSuccession succession) {
        em.persist(succession);
    }

    @Override
    public List<String> predecessorsWithin(Collection<String> roots) {
        if (roots.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        int i = 0;
        for (String root : roots) {
            where.append(i == 0 ? "" : " or ").append("s.successorPath = :r").append(i)
                    .append(" or s.successorPath like :d").append(i);
            i++;
        }
        var query = em.createQuery("select distinct s.predecessorPath from UnitSuccession s where " + where, String.class);
        i = 0;
        for (String root : roots) {
            query.setParameter("r" + i, root).setParameter("d" + i, UnitPath.of(root).descendantsPattern());
            i++;
        }
        return query.getResultList();
    }

    @Override
    public List<UnitSuccession> successionsOf(long unitId) {
        return em.createQuery("select s from UnitSuccession s where s.predecessorId = :id or s.successorId = :id"
                + " order by s.id", UnitSuccession.class).setParameter("id", unitId).getResultList();
    }

    @Override
    public List<Task> movingTasksOf(TenantScope scope, AdministrativeUnit unit) {
        if (scope.isNone()) {
            return List.of();
        }
        List<Task> candidates = new ArrayList<>(ScopeFilter.bind(em.createQuery("select t from Task t left join t.plan pl"
                        + " where t.unit = :unit and type(t) <> InheritedTask and pl.status <> :draft and "
                        + ScopeFilter.on("t.unitPath") + " order by t.id", Task.class), scope)
                .setParameter("unit", unit).setParameter("draft", PlanStatus.DRAFT).getResultList());
        candidates.addAll(ScopeFilter.bind(em.createQuery("select t from InheritedTask t where t.unit = :unit"
                        + " and t.mergedIntoId is null and t.state in :live and " + ScopeFilter.on("t.unitPath")
                        + " order by t.id", InheritedTask.class), scope)
                .setParameter("unit", unit)
                .setParameter("live", List.of(InheritanceState.PENDING, InheritanceState.ADOPTED, InheritanceState.ADAPTED))
                .getResultList());
        if (candidates.isEmpty()) {
            return candidates;
        }
        Set<Long> done = ScopeFilter.bind(em.createQuery("select p.taskId from TaskProgress p where p.taskId in :ids"
                                + " and p.status = :done and " + ScopeFilter.on("p.unitPath"), Long.class), scope)
                .setParameter("ids", candidates.stream().map(Task::getId).toList())
                .setParameter("done", ProgressStatus.DONE).getResultStream().collect(Collectors.toSet());
        return candidates.stream().filter(t -> !done.contains(t.getId())).toList();
    }

    @Override
    public List<Plan> plansOf(TenantScope scope, AdministrativeUnit unit) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select p from Plan p where p.unit = :unit and "
                + ScopeFilter.on("p.unitPath") + " order by p.id", Plan.class), scope)
                .setParameter("unit", unit).getResultList();
    }

    @Override
    public long reportCount(TenantScope scope, AdministrativeUnit unit) {
        if (scope.isNone()) {
            return 0;
        }
        return ScopeFilter.bind(em.createQuery("select count(r) from PeriodicReport r where r.unitPath = :path and "
                + ScopeFilter.on("r.unitPath"), Long.class), scope).setParameter("path", unit.getPath()).getSingleResult();
    }
}
