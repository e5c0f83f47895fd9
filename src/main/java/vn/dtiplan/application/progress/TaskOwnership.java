package vn.dtiplan.application.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.AccessRefusedException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.account.Role;
import vn.dtiplan.domain.account.UserAccount;
import vn.dtiplan.domain.plan.PlanRepository;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.Visibility;

/**
 * Who may report on a task: only the unit that owns it (a unit above sees it but is refused),
 * and of that unit's department staff only those of the task's lead department. A task can
 * take progress once it is live: a task of an issued plan, or an inherited task the unit
 * adopted or adapted.
 */
@ApplicationScoped
class TaskOwnership {

    @Inject
    private Tenancy tenancy;

    @Inject
    private PlanRepository plans;

    Task visibleTask(TenantScope scope, long taskId) {
        return plans.findTask(scope, taskId).orElseThrow(RecordNotFoundException::new);
    }

    Task reportableTask(TenantScope scope, long taskId) {
        Task task = visibleTask(scope, taskId);
        if (!Visibility.owns(scope, task.getUnitPath())) {
            throw new AccessRefusedException("progress.notOwner");
        }
        UserAccount caller = tenancy.callerAccount().orElseThrow(() -> new AccessRefusedException("progress.notOwner"));
        if (isDepartmentStaffOnly(caller) && !sameDepartment(caller, task)) {
            throw new AccessRefusedException("progress.notLead");
        }
        task.requireReportable();
        return task;
    }

    String caller() {
        return tenancy.callerAccount().map(UserAccount::getUsername).orElse("system");
    }

    private static boolean isDepartmentStaffOnly(UserAccount caller) {
        return caller.getRoles().contains(Role.DEPARTMENT_STAFF) && caller.getRoles().size() == 1;
    }

    private static boolean sameDepartment(UserAccount caller, Task task) {
        return caller.getDepartment() != null && task.getLeadDepartment() != null
                && Objects.equals(caller.getDepartment().getId(), task.getLeadDepartment().getId());
    }
}
