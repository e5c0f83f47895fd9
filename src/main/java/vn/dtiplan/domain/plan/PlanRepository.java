package vn.dtiplan.domain.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/**
 * Plans, tasks, revisions and change notices, always read through a scope. What a scope
 * sees: drafts and tasks of draft plans only in their own unit; issued plans and published
 * tasks in its subtree; issued plans of its ancestors and their cascading tasks.
 */
public interface PlanRepository {

    Optional<Plan> findPlan(TenantScope scope, long id);

    /** The unit's own plans visible to the scope, newest year first. */
    List<Plan> findPlansOf(TenantScope scope, AdministrativeUnit unit);

    Optional<Task> findTask(TenantScope scope, long id);

    /** The tasks of a plan: its own and the inherited tasks it took in, by ordinal. */
    List<Task> findTasksOf(TenantScope scope, Plan plan);

    /** Inherited tasks of {@code sourcePlan} in {@code unit} in the given states (all states if empty). */
    List<InheritedTask> findInherited(TenantScope scope, AdministrativeUnit unit, Plan sourcePlan,
                                      Collection<InheritanceState> states);

    /** The unit's inherited tasks in the given states, of any plan, oldest plan first. */
    List<InheritedTask> findInheritedOf(TenantScope scope, AdministrativeUnit unit, Collection<InheritanceState> states);

    /** The copies of a task in child units that the scope covers. */
    List<InheritedTask> findCopies(TenantScope scope, Task parent);

    /** Every copy of any task of {@code plan} that the scope covers. */
    List<InheritedTask> findCopiesOfPlan(TenantScope scope, Plan plan);

    List<ChangeNotice> findNotices(TenantScope scope, AdministrativeUnit unit, boolean includeAcknowledged);

    Optional<ChangeNotice> findNotice(TenantScope scope, long id);

    /**
     * The unit in force with this code whose plans the scope may list: a unit in the scope, or
     * an ancestor of the scope's unit (whose issued plans reach it).
     */
    Optional<AdministrativeUnit> findPlanningUnit(TenantScope scope, String code);

    /** The direct child units in force of {@code unit} that the scope covers, by code. */
    List<AdministrativeUnit> findChildUnits(TenantScope scope, AdministrativeUnit unit);

    // writes refuse records outside the scope as not found (Visibility.writes)

    Plan add(TenantScope scope, Plan plan);

    Task add(TenantScope scope, Task task);

    /**
     * Stores the copies an issue makes, all at once and in the caller's transaction (plain JDBC,
     * not one persist each); they are not managed entities afterwards: read them back through
     * the queries.
     */
    void addCopies(TenantScope scope, Collection<InheritedTask> copies);

    void add(TenantScope scope, TaskRevision revision);

    void add(TenantScope scope, ChangeNotice notice);

    void remove(TenantScope scope, Task task);
}
