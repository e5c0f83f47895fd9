package vn.dtiplan.application.plan;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import vn.dtiplan.domain.account.Roles;
import vn.dtiplan.domain.plan.LeadKind;
import vn.dtiplan.domain.plan.LeadMatcher;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.PlanRepository;
import vn.dtiplan.domain.plan.TaskChanges;
import vn.dtiplan.domain.tenancy.TenantScope;

/**
 * Leads that match (issue 16): for each own task of a plan whose lead names no department of its
 * unit exactly, the closest department ({@link LeadMatcher}); the official confirms it, which
 * changes the task like any other edit ({@link PlanService#amendTask}: in an issued plan, an
 * amendment with its notices). Roles as {@link PlanService}.
 */
@RolesAllowed({Roles.PROVINCE_OVERSEER, Roles.CITY_PLANNER, Roles.WARD_OFFICER, Roles.SYSTEM_ADMIN})
@Stateless
public class LeadService {

    @Inject
    private PlanAccess access;

    @Inject
    private PlanRepository plans;

    @Inject
    private PlanService planService;

    /** The suggestions for the plan's own tasks, if any lead is close to a department. */
    @PermitAll
    public List<LeadSuggestion> leadSuggestions(long planId) {
        TenantScope scope = access.scope();
        Plan plan = access.plan(scope, planId);
        List<String> departments = access.departmentNames(scope, plan.getUnit());
        return plans.findTasksOf(scope, plan).stream()
                .filter(t -> t.inherited().isEmpty() && t.getLeadKind() == LeadKind.AS_WRITTEN)
                .flatMap(t -> LeadMatcher.closest(t.getLeadName(), departments).stream()
                        .map(d -> new LeadSuggestion(t.getId(), t.getLeadName(), d)))
                .toList();
    }

    /** Makes the suggested department the task's lead. */
    public TaskView confirmLead(long taskId, String department) {
        return planService.amendTask(taskId, new TaskChanges(null, null, department, null, null, null, null, null, null), null);
    }
}
