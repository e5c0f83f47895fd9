package vn.dtiplan.application.report;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.PlanRepository;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.progress.ActivityRepository;
import vn.dtiplan.domain.progress.PeriodicReport;
import vn.dtiplan.domain.progress.ProgressRepository;
import vn.dtiplan.domain.progress.ReportChanges;
import vn.dtiplan.domain.progress.ReportRepository;
import vn.dtiplan.domain.progress.ReportingPeriod;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;

/**
 * What changed since the last report ({@link ReportChanges}): for one report, and for each child
 * unit of a unit in a period (the parent's view of its children's reports). Read through the
 * caller's scope: a report or unit out of scope is not found. The unit's tasks are its live tasks
 * (own tasks of issued plans and inherited copies), as the report's draft reads them.
 */
@Stateless
public class ReportChangesService {

    @Inject
    private Tenancy tenancy;

    @Inject
    private ReportRepository reports;

    @Inject
    private ProgressRepository progress;

    @Inject
    private ActivityRepository activity;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private PlanRepository plans;

    @Inject
    private VietnamTime time;

    /** The changes of the report's period against the previous period. */
    public ReportChanges.Changes changes(long reportId) {
        TenantScope scope = tenancy.current();
        PeriodicReport report = reports.find(scope, reportId).orElseThrow(RecordNotFoundException::new);
        return changes(scope, report.getUnitPath(), report.period());
    }

    /** The changes of each child unit of the unit in the period, by child unit code, in the children's order. */
    public Map<String, ReportChanges.Changes> children(String unitCode, ReportingPeriod period) {
        TenantScope scope = tenancy.current();
        AdministrativeUnit unit = units.findByCode(scope, unitCode).filter(u -> scope.covers(u.getPath()))
                .orElseThrow(RecordNotFoundException::new);
        Map<String, ReportChanges.Changes> byChild = new LinkedHashMap<>();
        plans.findChildUnits(scope, unit).forEach(child -> byChild.put(child.getCode(),
                changes(scope, child.getPath(), period)));
        return byChild;
    }

    private ReportChanges.Changes changes(TenantScope scope, String unitPath, ReportingPeriod period) {
        List<Task> tasks = progress.liveTasksOf(scope, unitPath);
        List<Long> ids = tasks.stream().map(Task::getId).toList();
        LocalDate today = time.today();
        return ReportChanges.of(period, today, tasks.stream().map(ReportChangesService::facts).toList(),
                activity.progressOf(scope, ids), activity.evidenceOf(scope, ids), activity.noticesOf(scope, ids));
    }

    private static ReportChanges.TaskFacts facts(Task t) {
        return new ReportChanges.TaskFacts(t.getId(), t.getCriterionCode(), t.getSolution(), t.getTimeframeKind(),
                t.inherited().map(InheritedTask::getState).orElse(null), t.getDue(),
                t.inherited().map(InheritedTask::getDecidedAt).orElse(null));
    }
}
