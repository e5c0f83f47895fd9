package vn.dtiplan.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/**
 * An <em>inherited task</em>: the copy of a parent unit's cascading task in a child unit, linked
 * to that parent task for ever, which the unit adopts, adapts or declines ({@link #decide}).
 * Stored in the {@code task} table beside the units' own tasks ({@code kind = 'INHERITED'}).
 *
 * <p>Once in a unit, the copy is that unit's task: the same id answers in its inbox, its
 * decisions, its lineage and its progress. It belongs to no plan until the unit issues a plan
 * implementing the parent plan, which takes it in ({@link #attachTo}). Until decided it cannot
 * be edited; it is never removed.
 *
 * <p>Adapting keeps local values apart from what the parent wrote: the fields a unit adapted
 * ({@link #getAdaptedFields}) stay when the parent task is amended; every other field follows the
 * parent ({@link #followParent}). A local due date later than the parent's is refused when
 * adapting, and flagged as a conflict when an amendment moves the parent's due date earlier
 * than it.
 */
@Entity
@DiscriminatorValue("INHERITED")
public class InheritedTask extends Task {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_task_id", updatable = false)
    private Task parentTask;

    /** The parent's id as stored: known even where the parent row is outside the reader's scope (a moved unit). */
    @Column(name = "parent_task_id", insertable = false, updatable = false)
    private Long parentTaskId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_plan_id", updatable = false)
    private Plan sourcePlan;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 16)
    private InheritanceState state;

    @Convert(converter = TaskFieldsConverter.class)
    @Column(name = "adapted_fields", length = 200)
    private List<TaskField> adaptedFields = new ArrayList<>();

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decline_reason", length = 2000)
    private String declineReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_review", length = 16)
    private DeclineReview declineReview;

    @Column(name = "due_conflict", nullable = false)
    private boolean dueConflict;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    protected InheritedTask() {
    }

    /** The pending copy of {@code parent} in {@code child}. */
    InheritedTask(Task parent, AdministrativeUnit child) {
        super(parent, child);
        this.parentTask = parent;
        this.sourcePlan = parent.getPlan();
        this.state = InheritanceState.PENDING;
    }

    /** Takes an adopted inherited task into the plan that implements its parent plan. */
    public void attachTo(Plan implementing) {
        if (getPlan() == null && state.isTakenOn()) {
            takeInto(implementing);
        }
    }

    /**
     * Records the child unit's decision on this inherited task.
     *
     * @throws StateConflictException when already decided
     * @throws DomainRuleException when an adapted due date is later than the parent's, an
     *         adaptation changes nothing, or a decline has no reason
     */
    public void decide(Decision decision) {
        if (state != InheritanceState.PENDING) {
            throw new StateConflictException("task.decision.twice", String.valueOf(getId()), state.name());
        }
        switch (decision.action()) {
            case ADOPT -> adopt(decision);
            case ADAPT -> adapt(decision);
            case DECLINE -> decline(decision);
        }
        if (decision.cascade() != null && decision.action() != DecisionAction.DECLINE) {
            setCascade(decision.cascade());
        }
        this.state = decision.action().resultingState();
        this.decidedBy = decision.by();
        this.decidedAt = decision.at();
    }

    private void adopt(Decision decision) {
        if (decision.leadDepartment() != null) {
            setLead(null, decision.leadDepartment());
        }
    }

    private void adapt(Decision decision) {
        LocalDate parentDue = parentTask.getDue();
        if (decision.due() != null && parentDue != null && decision.due().isAfter(parentDue)) {
            throw new DomainRuleException("task.adapt.dueLater", Dates.vietnamese(decision.due()), Dates.vietnamese(parentDue));
        }
        List<TaskField> local = new ArrayList<>();
        if (decision.solution() != null && !decision.solution().isBlank()) {
            local.add(TaskField.SOLUTION);
        }
        if (decision.due() != null) {
            local.add(TaskField.DUE);
        }
        if (decision.leadDepartment() != null) {
            local.add(TaskField.LEAD);
        }
        if (local.isEmpty()) {
            throw new DomainRuleException("task.adapt.nothing");
        }
        if (local.contains(TaskField.SOLUTION)) {
            setSolution(decision.solution());
        }
        if (local.contains(TaskField.DUE)) {
            setDue(decision.due());
        }
        if (local.contains(TaskField.LEAD)) {
            setLead(null, decision.leadDepartment());
        }
        this.adaptedFields = local;
    }

    private void decline(Decision decision) {
        if (decision.reason() == null || decision.reason().isBlank()) {
            throw new DomainRuleException("task.decline.reasonRequired");
        }
        this.declineReason = decision.reason().strip();
        this.declineReview = DeclineReview.AWAITING;
    }

    /**
     * The parent unit's review of a decline: accepted, the copy is finished; sent back, it is
     * pending again and the child unit decides anew.
     *
     * @throws StateConflictException when no decline awaits review
     */
    public void reviewDecline(boolean accept) {
        if (state != InheritanceState.DECLINED || declineReview != DeclineReview.AWAITING) {
            throw new StateConflictException("task.review.notAwaiting", String.valueOf(getId()));
        }
        if (accept) {
            declineReview = DeclineReview.ACCEPTED;
            return;
        }
        state = InheritanceState.PENDING;
        declineReview = null;
        decidedBy = null;
        decidedAt = null;
    }

    /**
     * Follows an amendment of the parent task: fields this copy adapted stay local (and a lead
     * it assigned to a local department), the others take the parent's new values. Answers
     * whether the parent's due date is now earlier than this copy's (a conflict the unit must
     * resolve).
     */
    public boolean followParent(Map<TaskField, FieldChange> parentChanges) {
        for (TaskField field : parentChanges.keySet()) {
            if (!adaptedFields.contains(field) && !(field == TaskField.LEAD && getLeadDepartment() != null)) {
                take(field, parentTask);
            }
        }
        LocalDate parentDue = parentTask.getDue();
        dueConflict = parentDue != null && getDue() != null && parentDue.isBefore(getDue());
        return dueConflict;
    }

    /** Clears the due-date conflict once the unit has acknowledged or moved its date. */
    public void resolveConflict() {
        LocalDate parentDue = parentTask.getDue();
        if (dueConflict && (parentDue == null || getDue() == null || !parentDue.isBefore(getDue()))) {
            dueConflict = false;
        }
    }

    /**
     * Whether the copy still needs to hear of its parent's changes: a declined copy does not,
     * nor one its unit has reported done ({@code reportedDone}, from its progress); a pending,
     * adopted or adapted copy still in progress does.
     */
    public boolean isUnfinished(boolean reportedDone) {
        return !reportedDone && state != InheritanceState.DECLINED;
    }

    @Override
    public Optional<InheritedTask> inherited() {
        return Optional.of(this);
    }

    /** Whether the unit has adopted or adapted the copy. */
    @Override
    public boolean isTakenOn() {
        return state.isTakenOn();
    }

    /**
     * A copy is edited only once decided.
     *
     * @throws StateConflictException while pending
     */
    @Override
    public void requireAmendable() {
        if (state == InheritanceState.PENDING) {
            throw new StateConflictException("task.amend.pending", String.valueOf(getId()));
        }
    }

    /**
     * A copy is never removed (it is declined instead).
     *
     * @throws StateConflictException always
     */
    @Override
    public void requireRemovable() {
        throw new StateConflictException("task.remove.inherited");
    }

    /**
     * Progress is reported on a copy once adopted or adapted.
     *
     * @throws StateConflictException while pending or declined
     */
    @Override
    public void requireReportable() {
        if (!state.isTakenOn()) {
            throw new StateConflictException("progress.task.notTakenOn");
        }
    }

    /** The parent task this is a copy of. */
    /**
     * Another copy of the same parent task carries the work on in a merged unit (a reorganisation);
     * this copy stays with its closed unit as history ({@link #getMergedIntoId()}).
     */
    public void mergeInto(InheritedTask survivor) {
        if (!parentTask.getId().equals(survivor.parentTask.getId())) {
            throw new IllegalArgumentException("only copies of the same parent task merge");
        }
        this.mergedIntoId = survivor.getId();
    }

    /** The copy that took this one's work over in a merge, if any. */
    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Task getParentTask() {
        return parentTask;
    }

    /** The parent task's id, for ever, whether or not the reader may load the parent itself. */
    public Long getParentTaskId() {
        return parentTaskId != null ? parentTaskId : parentTask == null ? null : parentTask.getId();
    }

    /** The plan that issued the parent task. */
    public Plan getSourcePlan() {
        return sourcePlan;
    }

    public InheritanceState getState() {
        return state;
    }

    /** The fields the unit adapted (kept local when the parent changes), in the order decided. */
    public List<TaskField> getAdaptedFields() {
        return List.copyOf(adaptedFields);
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public DeclineReview getDeclineReview() {
        return declineReview;
    }

    public boolean isDueConflict() {
        return dueConflict;
    }
}
