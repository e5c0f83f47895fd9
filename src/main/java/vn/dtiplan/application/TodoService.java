package vn.dtiplan.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import vn.dtiplan.application.plan.AdoptionService;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.application.progress.TaskProgressRow;
import vn.dtiplan.application.report.ReportService;
import vn.dtiplan.application.report.ReportView;
import vn.dtiplan.application.report.UnitReports;
import vn.dtiplan.domain.account.Role;
import vn.dtiplan.domain.progress.DueState;
import vn.dtiplan.domain.progress.ReportStatus;
import vn.dtiplan.domain.progress.ReportingPeriod;

/**
 * The home page's to-do list ({@link Todo}), gathered from the services that own each kind of
 * work, so each item counts exactly what the screen it links to lists. It adds no rule of its
 * own but two choices: department staff see the tasks their department leads, everyone else
 * the whole unit's; task lists come soonest due first (the page shows the first {@value #SHOWN}).
 * An account without a unit (a system administrator) has no to-do list.
 */
@Stateless
@PermitAll
public class TodoService {

    public static final int SHOWN = 5;

    @Inject
    private AccountService accounts;

    @Inject
    private AdoptionService adoption;

    @Inject
    private ReportService reports;

    @Inject
    private ProgressService progress;

    public Optional<Todo> todo() {
        return accounts.caller().filter(c -> c.unitCode() != null).map(this::of);
    }

    private Todo of(CallerView caller) {
        String unit = caller.unitCode();
        boolean hasChildren = caller.unitLevel() != null && caller.unitLevel().hasChildUnits();
        UnitReports standing = reports.unitReports(unit, ReportingPeriod.Frequency.MONTHLY, null);
        List<ReportView> toSend = standing.reports().stream().filter(r -> r.mayEdit() && r.status().editable()).toList();
        List<ReportView> toApprove = standing.children().stream().map(UnitReports.ChildReport::report)
                .filter(Objects::nonNull).filter(r -> r.status() == ReportStatus.SUBMITTED && r.mayDecide()).toList();
        List<TaskProgressRow> tasks = progress.tasksOf(unit).stream().filter(mine(caller)).toList();
        return new Todo(unit, caller.unitName(), adoption.inbox(unit).size(), adoption.notices(unit, false).size(),
                hasChildren ? adoption.declinesToReview(unit).size() : 0, standing.missing(), toSend, toApprove,
                due(tasks, DueState.OVERDUE), due(tasks, DueState.DUE_SOON));
    }

    private static Predicate<TaskProgressRow> mine(CallerView caller) {
        boolean departmentOnly = caller.department() != null && caller.roles().equals(java.util.Set.of(Role.DEPARTMENT_STAFF));
        return row -> !departmentOnly || caller.department().equals(row.lead());
    }

    private static List<TaskProgressRow> due(List<TaskProgressRow> tasks, DueState state) {
        return tasks.stream().filter(t -> t.dueState() == state)
                .sorted(Comparator.comparing(TaskProgressRow::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
