package vn.dtiplan.domain.listing;

import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/** Filtered, paged lists read by one query each (and one count), through the caller's scope. */
public interface Listings {

    /** The unit's live tasks (as {@code ProgressRepository.liveTasksOf}) that match, by id. */
    Page<Task> liveTasks(TenantScope scope, String unitPath, TaskQuery query, LocalDate today, PageRequest page);

    /** The distinct criteria (code, title) the unit's live tasks name, to resolve a pillar filter. */
    List<TaskQuery.Criterion> criteriaOfLiveTasks(TenantScope scope, String unitPath);

    /** The unit's plans the scope sees (as {@code PlanRepository.findPlansOf}) that match, latest year first. */
    Page<Plan> plans(TenantScope scope, AdministrativeUnit unit, PlanQuery query, PageRequest page);

    /** The reports of the unit and every unit below it that match, latest period first, then by unit path. */
    Page<ReportRow> reports(TenantScope scope, String unitPath, ReportQuery query, PageRequest page);
}
