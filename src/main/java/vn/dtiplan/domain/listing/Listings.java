package vn.dtiplan.domain.listing;

import java.time.LocalDate;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/** Filtered, paged lists read by one query each (and one count), through the caller's scope. */
public interface Listings {

    /** The unit's live tasks (as {@code ProgressRepository.liveTasksOf}) that match, by id. */
    Page<Task> liveTasks(TenantScope scope, String unitPath, TaskQuery query, LocalDate today, PageRequest page);

    /** The unit's plans the scope sees (as {@code PlanRepository.findPlansOf}) that match, latest year first. */
    Page<Plan> plans(TenantScope scope, AdministrativeUnit unit, PlanQuery query, PageRequest page);
}
