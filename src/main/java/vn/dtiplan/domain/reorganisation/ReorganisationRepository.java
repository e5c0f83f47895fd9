package vn.dtiplan.domain.reorganisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/** Reorganisations, unit successions, and what a reorganisation moves, read through a scope. */
public interface ReorganisationRepository {

    Reorganisation add(TenantScope scope, Reorganisation reorganisation);

    /** The reorganisation, if the scope covers the scope that drafted it (the whole tree sees all). */
    Optional<Reorganisation> find(TenantScope scope, long id);

    /** Every reorganisation the scope may see, newest first. */
    List<Reorganisation> findAll(TenantScope scope);

    void add(UnitSuccession succession);

    /**
     * The paths of the predecessors of units at or below the given roots. Read without a scope:
     * the caller's scope is built from it (the table holds ids and paths only).
     */
    List<String> predecessorsWithin(Collection<String> roots);

    /** The successions in which this unit is predecessor or successor. */
    List<UnitSuccession> successionsOf(long unitId);

    /**
     * The unit's tasks that move with it: own tasks of issued plans and adopted or adapted copies
     * (not those reported done), and pending copies; never a copy merged into another.
     */
    List<Task> movingTasksOf(TenantScope scope, AdministrativeUnit unit);

    /** The unit's plans (drafts and issued): they stay with it, readable by its successor. */
    List<Plan> plansOf(TenantScope scope, AdministrativeUnit unit);

    /** How many periodic reports the unit has (they stay with it). */
    long reportCount(TenantScope scope, AdministrativeUnit unit);
}
