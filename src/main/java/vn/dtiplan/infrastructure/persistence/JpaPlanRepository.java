package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.plan.ChangeNotice;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.PlanRepository;
import vn.dtiplan.domain.plan.PlanStatus;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.plan.TaskRevision;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.Visibility;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/**
 * JPA plans and tasks. Plans and tasks are filtered by the JPQL renderings of
 * {@link Visibility#plan} and {@link Visibility#task} (row-level security of V21 underneath).
 * Queries over {@code Task} answer own and inherited tasks alike; those about copies only ask
 * for {@code InheritedTask} (the rows of kind {@code INHERITED}).
 */
@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

    static final String PLAN_VISIBLE = Visibility.planJpql("p.unitPath", "p.status <> :draft");
    static final String TASK_VISIBLE = Visibility.taskJpql("t.unitPath", "t.published = TRUE", "t.cascade = TRUE");
    private static final EnumSet<InheritanceState> TAKEN_ON = EnumSet.of(InheritanceState.ADOPTED, InheritanceState.ADAPTED);

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    private <T> TypedQuery<T> plans(String jpql, Class<T> type, TenantScope scope) {
        return ScopeFilter.bind(em.createQuery(jpql, type), scope).setParameter("draft", PlanStatus.DRAFT);
    }

    private TypedQuery<Task> tasks(String where, TenantScope scope) {
        return tasks(Task.class, where, scope);
    }

    private <T extends Task> TypedQuery<T> tasks(Class<T> type, String where, TenantScope scope) {
        return ScopeFilter.bind(em.createQuery("select t from " + type.getSimpleName() + " t join fetch t.unit where "
                + where + " and " + TASK_VISIBLE + " order by t.ordinal, t.id", type), scope);
    }

    @Override
    public Optional<Plan> findPlan(TenantScope scope, long id) {
        if (scope.isNone()) {
            return Optional.empty();
        }
        return plans("select p from Plan p join fetch p.unit where p.id = :id and " + PLAN_VISIBLE, Plan.class, scope)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Plan> findPlansOf(TenantScope scope, AdministrativeUnit unit) {
        if (scope.isNone()) {
            return List.of();
        }
        return plans("select p from Plan p where p.unit = :unit and " + PLAN_VISIBLE
                + " order by p.year desc, p.id desc", Plan.class, scope)
                .setParameter("unit", unit).getResultList();
    }

    @Override
    public Optional<Task> findTask(TenantScope scope, long id) {
        if (scope.isNone()) {
            return Optional.empty();
        }
        return tasks("t.id = :id", scope).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Task> findTasksOf(TenantScope scope, Plan plan) {
        if (scope.isNone()) {
            return List.of();
        }
        if (plan.getImplementsPlan() == null) {
            return tasks("t.plan = :plan", scope).setParameter("plan", plan).getResultList();
        }
        List<Task> tasks = new ArrayList<>(tasks("t.plan = :plan", scope).setParameter("plan", plan).getResultList());
        tasks.addAll(tasks(InheritedTask.class, "t.plan is null and t.unit = :unit and t.sourcePlan = :source"
                + " and t.state in :taken", scope)
                .setParameter("unit", plan.getUnit()).setParameter("source", plan.getImplementsPlan())
                .setParameter("taken", TAKEN_ON).getResultList());
        tasks.sort(Comparator.comparing(Task::getOrdinal).thenComparing(Task::getId));
        return tasks;
    }

    @Override
    public List<InheritedTask> findInherited(TenantScope scope, AdministrativeUnit unit, Plan sourcePlan,
                                             Collection<InheritanceState> states) {
        if (scope.isNone()) {
            return List.of();
        }
        return tasks(InheritedTask.class, "t.unit = :unit and t.sourcePlan = :source and t.state in :states", scope)
                .setParameter("unit", unit).setParameter("source", sourcePlan)
                .setParameter("states", states.isEmpty() ? EnumSet.allOf(InheritanceState.class) : states)
                .getResultList();
    }

    @Override
    public List<InheritedTask> findInheritedOf(TenantScope scope, AdministrativeUnit unit,
                                               Collection<InheritanceState> states) {
        if (scope.isNone()) {
            return List.of();
        }
        return tasks(InheritedTask.class, "t.unit = :unit and t.state in :states", scope)
                .setParameter("unit", unit)
                .setParameter("states", states.isEmpty() ? EnumSet.allOf(InheritanceState.class) : states)
                .getResultList();
    }

    @Override
    public List<InheritedTask> findCopies(TenantScope scope, Task parent) {
        if (scope.isNone()) {
            return List.of();
        }
        return tasks(InheritedTask.class, "t.parentTask = :parent", scope).setParameter("parent", parent).getResultList();
    }

    @Override
    public List<InheritedTask> findCopiesOfPlan(TenantScope scope, Plan plan) {
        if (scope.isNone()) {
            return List.of();
        }
        return tasks(InheritedTask.class, "t.sourcePlan = :plan", scope).setParameter("plan", plan)
                .getResultList();
    }

    @Override
    public List<ChangeNotice> findNotices(TenantScope scope, AdministrativeUnit unit, boolean includeAcknowledged) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select n from ChangeNotice n join fetch n.task t where t.unit = :unit"
                        + (includeAcknowledged ? "" : " and n.acknowledgedAt is null")
                        + " and " + ScopeFilter.on("n.unitPath") + " order by n.createdAt desc, n.id desc",
                        ChangeNotice.class), scope)
                .setParameter("unit", unit).getResultList();
    }

    @Override
    public Optional<ChangeNotice> findNotice(TenantScope scope, long id) {
        if (scope.isNone()) {
            return Optional.empty();
        }
        return ScopeFilter.bind(em.createQuery("select n from ChangeNotice n where n.id = :id and "
                        + ScopeFilter.on("n.unitPath"), ChangeNotice.class), scope)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<AdministrativeUnit> findPlanningUnit(TenantScope scope, String code) {
        if (scope.isNone() || code == null) {
            return Optional.empty();
        }
        return ScopeFilter.bind(em.createQuery("select u from AdministrativeUnit u where u.code = :code"
                        + " and u.validTo is null and " + Visibility.unitJpql("u.path"), AdministrativeUnit.class), scope)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<AdministrativeUnit> findChildUnits(TenantScope scope, AdministrativeUnit unit) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select u from AdministrativeUnit u where u.parent = :unit"
                        + " and u.validTo is null and " + ScopeFilter.on("u.path") + " order by u.code",
                        AdministrativeUnit.class), scope)
                .setParameter("unit", unit).getResultList();
    }

    @Override
    public Plan add(TenantScope scope, Plan plan) {
        ScopeFilter.requireWritable(scope, plan.getUnitPath());
        em.persist(plan);
        em.flush();
        return plan;
    }

    @Override
    public Task add(TenantScope scope, Task task) {
        ScopeFilter.requireWritable(scope, task.getUnitPath());
        em.persist(task);
        return task;
    }

    @Override
    public void addCopies(TenantScope scope, Collection<InheritedTask> copies) {
        copies.forEach(copy -> ScopeFilter.requireWritable(scope, copy.getUnitPath()));
        TaskCopyWriter.insert(em, copies);
    }

    @Override
    public void add(TenantScope scope, TaskRevision revision) {
        ScopeFilter.requireWritable(scope, revision.getUnitPath());
        em.persist(revision);
    }

    @Override
    public void add(TenantScope scope, ChangeNotice notice) {
        ScopeFilter.requireWritable(scope, notice.getUnitPath());
        em.persist(notice);
    }

    @Override
    public void remove(TenantScope scope, Task task) {
        ScopeFilter.requireWritable(scope, task.getUnitPath());
        em.remove(task);
    }
}
