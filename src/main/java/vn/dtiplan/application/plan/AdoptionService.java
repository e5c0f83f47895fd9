package vn.dtiplan.application.plan;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.domain.account.Roles;
import vn.dtiplan.application.AuditTrail;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.audit.Change;
import vn.dtiplan.domain.plan.ChangeNotice;
import vn.dtiplan.domain.plan.Decision;
import vn.dtiplan.domain.plan.DecisionAction;
import vn.dtiplan.domain.plan.DeclineReview;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.PlanRepository;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.Department;

/**
 * A child unit's side of the cascade: its inbox of pending inherited tasks, its decisions
 * (one or many at once, all or nothing), the parent unit's review of declines, and the
 * change notices that amendments of parent tasks leave in the unit.
 *
 * <p>Only the unit that holds an inherited task decides on it: a unit above that can see the
 * copy is refused (403); a sibling cannot see it at all (404).
 *
 * <p>Changes need a role of {@link vn.dtiplan.domain.account.RoleGroup#ACTORS} (the class annotation); reads
 * are open to every signed-in role ({@code @PermitAll}) and the tenant scope decides what they show.
 */
@RolesAllowed({Roles.PROVINCE_OVERSEER, Roles.CITY_PLANNER, Roles.WARD_OFFICER, Roles.SYSTEM_ADMIN})
@Stateless
public class AdoptionService {

    @Inject
    private AuditTrail audit;

    @Inject
    private VietnamTime time;

    private static final EnumSet<InheritanceState> PENDING = EnumSet.of(InheritanceState.PENDING);

    @Inject
    private PlanAccess access;

    @Inject
    private PlanRepository plans;

    /** The unit's inherited tasks still pending, oldest first. */
    @PermitAll
    public List<TaskView> inbox(String unitCode) {
        return inherited(unitCode, PENDING);
    }

    /** The unit's inherited tasks in the given states (every state if none is given). */
    @PermitAll
    public List<TaskView> inherited(String unitCode, EnumSet<InheritanceState> states) {
        TenantScope scope = access.scope();
        AdministrativeUnit unit = access.unit(scope, unitCode);
        LocalDate today = time.today();
        return plans.findInheritedOf(scope, unit, states).stream().map(t -> Views.task(t, today)).toList();
    }

    /**
     * Decides on one inherited task of the caller's unit.
     *
     * @throws vn.dtiplan.domain.DomainRuleException ADAPT with a due date later than the
     *         parent's, DECLINE without a reason, an unknown department (422)
     * @throws vn.dtiplan.domain.StateConflictException a task already decided (409)
     */
    public TaskView decide(long taskId, DecisionRequest request) {
        TenantScope scope = access.scope();
        InheritedTask task = decideOne(scope, taskId, request);
        return Views.task(task, time.today());
    }

    /** The same decision on many inherited tasks: all are decided, or (one refused) none. */
    public List<TaskView> decideAll(List<Long> taskIds, DecisionRequest request) {
        TenantScope scope = access.scope();
        List<InheritedTask> decided = new ArrayList<>();
        for (Long id : taskIds) {
            decided.add(decideOne(scope, id, request));
        }
        LocalDate today = time.today();
        return decided.stream().map(t -> Views.task(t, today)).toList();
    }

    private InheritedTask decideOne(TenantScope scope, long taskId, DecisionRequest request) {
        Task task = access.task(scope, taskId);
        access.requireOwner(scope, task.getUnitPath(), "task.decision.forbidden");
        DecisionAction action = DecisionAction.parse(request.action());
        Department lead = action == DecisionAction.DECLINE ? null
                : (request.leadDepartment() == null ? null
                : access.requireDepartment(scope, task.getUnit(), request.leadDepartment()));
        InheritedTask copy = task.inherited()
                .orElseThrow(() -> new StateConflictException("task.decision.notInherited", String.valueOf(taskId)));
        Map<String, Object> before = AuditFields.decision(copy);
        copy.decide(new Decision(action, lead, request.due(), request.solution(), request.reason(),
                request.cascade(), access.caller(), time.now()));
        audit.record(copy.getUnitPath(), RecordType.TASK, copy.getId(), "DECISION", Change.between(before, AuditFields.decision(copy)));
        return copy;
    }

    /** Declined copies of the unit's own tasks that await its review. */
    @PermitAll
    public List<TaskView> declinesToReview(String unitCode) {
        TenantScope scope = access.scope();
        AdministrativeUnit unit = access.unit(scope, unitCode);
        LocalDate today = time.today();
        return plans.findPlansOf(scope, unit).stream()
                .flatMap(p -> plans.findCopiesOfPlan(scope, p).stream())
                .filter(t -> t.getDeclineReview() == DeclineReview.AWAITING)
                .map(t -> Views.task(t, today)).toList();
    }

    /**
     * The parent unit's review of a declined copy: accepted, or sent back to pending.
     * Only the unit that issued the parent task reviews.
     */
    public TaskView reviewDecline(long taskId, boolean accept) {
        TenantScope scope = access.scope();
        InheritedTask copy = access.task(scope, taskId).inherited()
                .orElseThrow(() -> new StateConflictException("task.review.notAwaiting", String.valueOf(taskId)));
        access.requireOwner(scope, copy.getParentTask().getUnitPath(), "task.review.forbidden");
        Map<String, Object> before = AuditFields.decision(copy);
        copy.reviewDecline(accept);
        audit.record(copy.getUnitPath(), RecordType.TASK, copy.getId(), "DECLINE_REVIEW",
                Change.between(before, AuditFields.decision(copy)));
        return Views.task(copy, time.today());
    }

    /** The unit's change notices, unacknowledged first (acknowledged ones only if asked). */
    @PermitAll
    public List<NoticeView> notices(String unitCode, boolean includeAcknowledged) {
        TenantScope scope = access.scope();
        AdministrativeUnit unit = access.unit(scope, unitCode);
        return plans.findNotices(scope, unit, includeAcknowledged).stream()
                .sorted(Comparator.comparing(ChangeNotice::isAcknowledged))
                .map(Views::notice).toList();
    }

    /** The unit acknowledges a change notice; a due-date conflict clears once resolved. */
    @RolesAllowed({Roles.PROVINCE_OVERSEER, Roles.CITY_PLANNER, Roles.WARD_OFFICER, Roles.DEPARTMENT_STAFF, Roles.SYSTEM_ADMIN})
    public NoticeView acknowledge(long noticeId) {
        TenantScope scope = access.scope();
        ChangeNotice notice = plans.findNotice(scope, noticeId)
                .orElseThrow(RecordNotFoundException::new);
        access.requireOwner(scope, notice.getUnitPath(), "notice.forbidden");
        notice.acknowledge(access.caller(), time.now());
        return Views.notice(notice);
    }
}
