package vn.dtiplan.domain.plan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import vn.dtiplan.domain.tenancy.TenantScope;

/**
 * Issuing a plan with its repository: the plan's tasks (with the adopted inherited tasks it
 * takes in), the coverage gate over the implemented plan, the copies to each direct child
 * unit stored in batches, and the adopted inherited tasks attached to the plan. One place
 * for the service and the demo data.
 */
public final class Issuing {

    private static final EnumSet<InheritanceState> PENDING = EnumSet.of(InheritanceState.PENDING);
    private static final EnumSet<InheritanceState> TAKEN_ON =
            EnumSet.of(InheritanceState.ADOPTED, InheritanceState.ADAPTED);

    private Issuing() {
    }

    /** Issues {@code plan} inside {@code scope}; answers the number of inherited tasks created. */
    public static int issue(PlanRepository plans, TenantScope scope, Plan plan, String by, LocalDate today) {
        return issue(plans, scope, plan, List.of(), by, today);
    }

    /**
     * Issues {@code plan} once it is complete ({@link IssueCheck}, with {@code gaps} the criteria
     * that lost points in the assessments it answers); answers the number of inherited tasks created.
     *
     * @throws PlanIncompleteException listing every problem, nothing changed
     */
    public static int issue(PlanRepository plans, TenantScope scope, Plan plan, List<AnswerGaps> gaps, String by,
                            LocalDate today) {
        List<Task> tasks = plans.findTasksOf(scope, plan);
        if (plan.getStatus() == PlanStatus.DRAFT) {
            IssueCheck.require(plan, tasks, gaps);
        }
        List<InheritedTask> copies = plan.issue(tasks, pendingOfParent(plans, scope, plan),
                plans.findChildUnits(scope, plan.getUnit()), by, today);
        if (plan.getImplementsPlan() != null) {
            plans.findInherited(scope, plan.getUnit(), plan.getImplementsPlan(), TAKEN_ON)
                    .forEach(t -> t.attachTo(plan));
        }
        plans.addCopies(scope, copies);
        return copies.size();
    }

    /** The inherited tasks of the implemented plan still pending in the plan's unit. */
    public static List<InheritedTask> pendingOfParent(PlanRepository plans, TenantScope scope, Plan plan) {
        return plan.getImplementsPlan() == null ? List.of()
                : plans.findInherited(scope, plan.getUnit(), plan.getImplementsPlan(), PENDING);
    }
}
