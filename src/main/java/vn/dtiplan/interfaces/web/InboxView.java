package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;
import vn.dtiplan.application.plan.AdoptionService;
import vn.dtiplan.application.plan.DecisionRequest;
import vn.dtiplan.application.plan.NoticeView;
import vn.dtiplan.application.plan.TaskView;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.plan.FieldChange;

/**
 * The adoption inbox of the caller's unit: the inherited tasks still pending, a decision on
 * one (ADOPT with a local department; ADAPT with local wording, department or an earlier due
 * date; DECLINE with a reason), the same adoption for many selected tasks at once, and the
 * change notices amendments of parent tasks left, each to acknowledge. Refusals (a due date
 * later than the parent's, no reason for a decline) are the service's, shown by their keys;
 * the decision dialog stays open with the user's input when refused. A unit with child units
 * also reviews here the declines of its own tasks: accept, or send back to pending.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdoptionService adoption;

    @Inject
    private UnitService units;

    @Inject
    private AccountService accounts;

    private CallerUnit unit;
    private final Map<Long, Boolean> chosen = new HashMap<>();
    private Long bulkDepartmentId;
    private DecisionForm decision = new DecisionForm();
    private transient List<TaskView> pending;
    private transient List<NoticeView> notices;
    private transient List<TaskView> declines;
    private transient List<UnitView.DepartmentView> departments;

    /** One decision as the dialog edits it. */
    public static final class DecisionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long taskId;
        private String taskSolution;
        private LocalDate parentDue;
        private String action = "ADOPT";
        private Long departmentId;
        private LocalDate due;
        private String solution;
        private String reason;

        public Long getTaskId() { return taskId; }
        public String getTaskSolution() { return taskSolution; }
        public LocalDate getParentDue() { return parentDue; }
        public String getAction() { return action; }
        public void setAction(String v) { action = v; }
        public Long getDepartmentId() { return departmentId; }
        public void setDepartmentId(Long v) { departmentId = v; }
        public LocalDate getDue() { return due; }
        public void setDue(LocalDate v) { due = v; }
        public String getSolution() { return solution; }
        public void setSolution(String v) { solution = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }

        DecisionRequest toRequest() {
            boolean adapt = "ADAPT".equals(action);
            boolean decline = "DECLINE".equals(action);
            String changedSolution = adapt && solution != null && !solution.strip().equals(taskSolution)
                    ? solution : null;
            return new DecisionRequest(action, decline || departmentId == null ? null : departmentId.toString(),
                    adapt ? due : null, changedSolution, decline ? reason : null, null);
        }
    }

    @PostConstruct
    void load() {
        unit = CallerUnit.of(accounts.caller().orElse(null));
    }

    /** Opens the decision dialog for one task, filled with the task's own values. */
    public void startDecision(TaskView task) {
        decision = new DecisionForm();
        decision.taskId = task.id();
        decision.taskSolution = task.solution();
        decision.parentDue = task.due();
        decision.solution = task.solution();
        decision.due = task.due();
        decision.departmentId = task.leadDepartmentId();
    }

    public void decide() {
        try {
            adoption.decide(decision.taskId, decision.toRequest());
            Notices.info("inbox.decided." + decision.action);
            chosen.remove(decision.taskId);
            reload();
        } catch (DomainRuleException refused) {
            Notices.fieldError("decide-form:action", refused.messageKey(), refused.arguments());
            PrimeFaces.current().ajax().addCallbackParam("refused", true);
        }
    }

    /** Adopts every selected task with the chosen local department: all of them, or (one refused) none. */
    public void adoptSelected() {
        List<Long> ids = chosen.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        if (ids.isEmpty()) {
            Notices.error("inbox.bulk.none");
            return;
        }
        try {
            adoption.decideAll(ids, new DecisionRequest("ADOPT",
                    bulkDepartmentId == null ? null : bulkDepartmentId.toString(), null, null, null, null));
            Notices.info("inbox.bulk.done", ids.size());
            chosen.clear();
            reload();
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    public void acknowledge(long noticeId) {
        try {
            adoption.acknowledge(noticeId);
            Notices.info("notice.acknowledged");
            notices = null;
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    /** The parent unit's answer to a child unit's decline: accepted, or sent back to pending. */
    public void review(long copyId, boolean accept) {
        try {
            adoption.reviewDecline(copyId, accept);
            Notices.info(accept ? "review.accepted" : "review.returned");
            declines = null;
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    private void reload() {
        pending = null;
        notices = null;
        declines = null;
    }

    /** Declines of child units awaiting this unit's review (only a unit with child units has any). */
    public List<TaskView> getDeclines() {
        if (declines == null) {
            declines = unit.hasChildren() ? adoption.declinesToReview(unit.code()) : List.of();
        }
        return declines;
    }

    public boolean isHasChildren() {
        return unit.hasChildren();
    }

    public List<TaskView> getPending() {
        if (pending == null) {
            pending = unit.present() ? adoption.inbox(unit.code()) : List.of();
        }
        return pending;
    }

    public List<NoticeView> getNotices() {
        if (notices == null) {
            notices = unit.present() ? adoption.notices(unit.code(), false) : List.of();
        }
        return notices;
    }

    public List<UnitView.DepartmentView> getDepartments() {
        if (departments == null) {
            departments = unit.present()
                    ? units.unit(unit.code()).map(UnitView::departments).orElse(List.of()) : List.of();
        }
        return departments;
    }

    /** A notice's changes as "field: from → to" lines, field names translated. */
    public List<String> changes(NoticeView notice) {
        return notice.changes().entrySet().stream()
                .map(e -> Notices.text("task.field." + e.getKey()) + ": " + describe(e.getValue()))
                .collect(Collectors.toList());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    public boolean isCanDecide() {
        return unit.planner();
    }

    public String getUnitName() {
        return unit.name();
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    public Long getBulkDepartmentId() {
        return bulkDepartmentId;
    }

    public void setBulkDepartmentId(Long bulkDepartmentId) {
        this.bulkDepartmentId = bulkDepartmentId;
    }

    public DecisionForm getDecision() {
        return decision;
    }

    private static String describe(FieldChange change) {
        return text(change.from()) + " → " + text(change.to());
    }
}
