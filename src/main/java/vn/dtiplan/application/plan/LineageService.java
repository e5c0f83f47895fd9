package vn.dtiplan.application.plan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.PlanRepository;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/**
 * Where tasks went: the lineage of one task (every copy below it, level by level) and the
 * adoption matrix of a plan (child units × cascading tasks). Both show only the copies the
 * caller's scope covers: a ward sees its own copy, never a sibling's.
 */
@Stateless
public class LineageService {

    @Inject
    private PlanAccess access;

    @Inject
    private PlanRepository plans;

    @Inject
    private VietnamTime time;

    /** The task and every copy below it the caller may see, depth first. */
    public Optional<LineageView> lineage(long taskId) {
        TenantScope scope = access.scope();
        LocalDate today = time.today();
        return plans.findTask(scope, taskId).map(task -> {
            List<LineageView.Entry> entries = new ArrayList<>();
            collect(scope, task, 1, entries);
            return new LineageView(Views.task(task, today), entries);
        });
    }

    private void collect(TenantScope scope, Task task, int depth, List<LineageView.Entry> into) {
        for (InheritedTask copy : plans.findCopies(scope, task)) {
            into.add(new LineageView.Entry(copy.getId(), task.getId(), depth, copy.getUnit().getCode(),
                    copy.getUnit().getName(), copy.getState(), copy.getLeadName(), copy.getDue(), copy.isDueConflict()));
            collect(scope, copy, depth + 1, into);
        }
    }

    /** The adoption matrix of a plan: a row per child unit the caller may see, a column per cascading task. */
    public Optional<MatrixView> matrix(long planId) {
        TenantScope scope = access.scope();
        return plans.findPlan(scope, planId).map(plan -> matrix(scope, plan));
    }

    private MatrixView matrix(TenantScope scope, Plan plan) {
        List<Task> cascading = plans.findTasksOf(scope, plan).stream().filter(Task::isCascade).toList();
        Map<String, Map<Long, InheritedTask>> copies = plans.findCopiesOfPlan(scope, plan).stream()
                .collect(Collectors.groupingBy(Task::getUnitPath,
                        Collectors.toMap(t -> t.getParentTask().getId(), t -> t, (a, b) -> a)));
        List<MatrixView.Row> rows = new ArrayList<>();
        for (AdministrativeUnit child : plans.findChildUnits(scope, plan.getUnit())) {
            Map<Long, InheritedTask> own = copies.getOrDefault(child.getPath(), Map.of());
            if (own.isEmpty() && !scope.covers(child.getPath())) {
                continue;
            }
            List<MatrixView.Cell> cells = cascading.stream().map(t -> {
                InheritedTask copy = own.get(t.getId());
                return new MatrixView.Cell(t.getId(), copy == null ? null : copy.getId(),
                        copy == null ? null : copy.getState());
            }).toList();
            int pending = (int) cells.stream().filter(c -> c.state() == InheritanceState.PENDING)
                    .count();
            rows.add(new MatrixView.Row(child.getCode(), child.getName(), cells, pending));
        }
        List<MatrixView.Column> columns = cascading.stream()
                .map(t -> new MatrixView.Column(t.getId(), t.getOrdinal(), t.getCriterionCode(), t.getSolution()))
                .toList();
        return new MatrixView(plan.getId(), plan.getNumber(), columns, rows);
    }
}
