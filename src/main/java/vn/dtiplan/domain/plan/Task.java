package vn.dtiplan.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.Department;

/**
 * A task (nhiệm vụ, giải pháp) of a unit. Either the unit's own task in one of its plans, or
 * an <em>inherited task</em>: the copy of a parent unit's cascading task, linked to that
 * parent task for ever, which the unit adopts, adapts or declines.
 *
 * <p>An inherited task, once in a unit, is that unit's task: the same id answers in its
 * inbox, its decisions, its lineage and its progress. It belongs to no plan until the unit
 * issues a plan implementing the parent plan, which takes it in ({@link #attachTo}).
 *
 * <p>Adapting keeps local values apart from what the parent wrote: the fields a unit adapted
 * ({@code adaptedFields}) stay when the parent task is amended; every other field follows the
 * parent. A local due date later than the parent's is refused when adapting, and flagged as
 * a conflict when an amendment moves the parent's due date earlier than it.
 *
 * <p>Ids come from a sequence (not an identity column) so issuing to hundreds of units
 * inserts the copies in JDBC batches.
 */
@Entity
@Table(name = "task")
public class Task {

    static final String SOLUTION = "solution";
    static final String DUE = "due";
    static final String LEAD = "lead";
    private static final int LISTED_WORDS = 80;

    @Id
    @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private AdministrativeUnit unit;

    @Column(name = "unit_path", nullable = false, length = 400)
    private String unitPath;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_task_id")
    private Task parentTask;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_plan_id")
    private Plan sourcePlan;

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    @Column(name = "criterion_code", length = 20)
    private String criterionCode;

    @Column(name = "criterion_title", length = 1000)
    private String criterionTitle;

    @Column(name = "points_at_stake", precision = 9, scale = 4)
    private BigDecimal pointsAtStake;

    @Column(nullable = false, length = 4000)
    private String solution;

    @Column(name = "lead_name", length = 400)
    private String leadName;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_kind", nullable = false, length = 16)
    private LeadKind leadKind = LeadKind.AS_WRITTEN;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_department_id")
    private Department leadDepartment;

    @Convert(converter = TextListConverter.class)
    @Column(name = "coordinating", length = 4000)
    private List<String> coordinating = new ArrayList<>();

    @Column(length = 1000)
    private String target;

    @Column(length = 2000)
    private String evidence;

    @Column(name = "timeframe", length = 400)
    private String timeframe;

    @Enumerated(EnumType.STRING)
    @Column(name = "timeframe_kind", nullable = false, length = 16)
    private TimeframeKind timeframeKind = TimeframeKind.ONGOING;

    @Column(name = "due")
    private LocalDate due;

    @Column(nullable = false)
    private boolean cascade;

    @Convert(converter = TextListConverter.class)
    @Column(name = "cascade_targets", length = 4000)
    private List<String> cascadeTargets = new ArrayList<>();

    @Column(nullable = false)
    private boolean published;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 16)
    private InheritanceState state;

    @Convert(converter = TextListConverter.class)
    @Column(name = "adapted_fields", length = 200)
    private List<String> adaptedFields = new ArrayList<>();

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

    @Version
    private long version;

    protected Task() {
    }

    /**
     * A task of {@code plan} (a draft). {@code lead} is the plan unit's department when the
     * lead names one; {@code anchor} is the day timeframes count from (the plan's date).
     */
    public Task(Plan plan, int ordinal, TaskContent content, Department lead, LocalDate anchor) {
        this.plan = Objects.requireNonNull(plan, "plan");
        plan.requireDraft();
        this.unit = plan.getUnit();
        this.unitPath = plan.getUnitPath();
        this.ordinal = ordinal;
        this.criterionCode = Plan.blankToNull(content.criterionCode());
        this.criterionTitle = Plan.blankToNull(content.criterionTitle());
        this.pointsAtStake = content.pointsAtStake();
        this.cascade = content.cascade();
        this.cascadeTargets = new ArrayList<>(TextListConverter.clean(content.cascadeTargets()));
        setSolution(content.solution());
        setLead(content.lead(), lead);
        this.coordinating = new ArrayList<>(TextListConverter.clean(content.coordinating()));
        this.target = Plan.blankToNull(content.target());
        this.evidence = Plan.blankToNull(content.evidence());
        setTimeframe(content.timeframe(), content.due(), anchor);
    }

    /** The inherited copy of {@code parent} in {@code child}. */
    private Task(Task parent, AdministrativeUnit child) {
        this.unit = child;
        this.unitPath = Objects.requireNonNull(child.getPath(), "child path");
        this.parentTask = parent;
        this.sourcePlan = parent.getPlan();
        this.ordinal = parent.ordinal;
        this.criterionCode = parent.criterionCode;
        this.criterionTitle = parent.criterionTitle;
        this.pointsAtStake = parent.pointsAtStake;
        this.solution = parent.solution;
        this.leadName = parent.leadKind == LeadKind.CHILD_UNITS ? child.getName() : parent.leadName;
        this.coordinating = new ArrayList<>(parent.coordinating);
        this.target = parent.target;
        this.evidence = parent.evidence;
        this.timeframe = parent.timeframe;
        this.timeframeKind = parent.timeframeKind;
        this.due = parent.due;
        this.published = true;
        this.state = InheritanceState.PENDING;
    }

    private void setSolution(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleException("task.solution.required");
        }
        this.solution = text.strip();
    }

    private void setLead(String words, Department department) {
        this.leadName = Plan.blankToNull(words);
        this.leadDepartment = department;
        if (department != null) {
            this.leadName = department.getName();
            this.leadKind = LeadKind.DEPARTMENT;
        } else {
            this.leadKind = LeadKind.namesChildUnits(words) ? LeadKind.CHILD_UNITS : LeadKind.AS_WRITTEN;
        }
    }

    private void setTimeframe(String words, LocalDate explicitDue, LocalDate anchor) {
        Timeframe read = Timeframe.parse(words);
        this.timeframe = read.words().isEmpty() ? null : read.words();
        this.timeframeKind = read.kind();
        this.due = explicitDue != null ? explicitDue : read.dueFrom(anchor).orElse(null);
    }

    /** The copies to store for these child units (direct children in force), or none. */
    List<Task> cascadeTo(Collection<AdministrativeUnit> children) {
        return children.stream().filter(this::cascadesTo).map(c -> new Task(this, c)).toList();
    }

    /** Whether issuing copies this task to the child unit: a cascading task goes to its targets, or to every child if none is named. */
    public boolean cascadesTo(AdministrativeUnit child) {
        return cascade && (cascadeTargets.isEmpty() || cascadeTargets.contains(child.getCode()));
    }

    void publish() {
        this.published = true;
    }

    /** Takes an adopted inherited task into the plan that implements its parent plan. */
    public void attachTo(Plan implementing) {
        if (getPlan() == null && state != null && state.isTakenOn()) {
            this.plan = implementing;
        }
    }

    /**
     * Records a child unit's decision on this inherited task.
     *
     * @throws StateConflictException when it is not an inherited task or already decided
     * @throws DomainRuleException when an adapted due date is later than the parent's, or a
     *         decline has no reason
     */
    public void decide(Decision decision) {
        requirePending();
        switch (decision.action()) {
            case ADOPT -> adopt(decision);
            case ADAPT -> adapt(decision);
            case DECLINE -> decline(decision);
        }
        if (decision.cascade() != null && decision.action() != DecisionAction.DECLINE) {
            this.cascade = decision.cascade();
        }
        this.state = decision.action().resultingState();
        this.decidedBy = decision.by();
        this.decidedAt = decision.at();
    }

    private void requirePending() {
        if (state == null) {
            throw new StateConflictException("task.decision.notInherited", String.valueOf(id));
        }
        if (state != InheritanceState.PENDING) {
            throw new StateConflictException("task.decision.twice", String.valueOf(id), state.name());
        }
    }

    private void adopt(Decision decision) {
        if (decision.leadDepartment() != null) {
            setLead(null, decision.leadDepartment());
        }
    }

    private void adapt(Decision decision) {
        LocalDate parentDue = getParentTask().getDue();
        if (decision.due() != null && parentDue != null && decision.due().isAfter(parentDue)) {
            throw new DomainRuleException("task.adapt.dueLater", Dates.vietnamese(decision.due()), Dates.vietnamese(parentDue));
        }
        List<String> local = new ArrayList<>();
        if (decision.solution() != null && !decision.solution().isBlank()) {
            local.add(SOLUTION);
        }
        if (decision.due() != null) {
            local.add(DUE);
        }
        if (decision.leadDepartment() != null) {
            local.add(LEAD);
        }
        if (local.isEmpty()) {
            throw new DomainRuleException("task.adapt.nothing");
        }
        if (local.contains(SOLUTION)) {
            setSolution(decision.solution());
        }
        if (local.contains(DUE)) {
            this.due = decision.due();
        }
        if (local.contains(LEAD)) {
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
     */
    public void reviewDecline(boolean accept) {
        if (state != InheritanceState.DECLINED || declineReview != DeclineReview.AWAITING) {
            throw new StateConflictException("task.review.notAwaiting", String.valueOf(id));
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
     * Edits this task and answers the field-by-field difference (only fields that changed).
     * {@code lead} is the unit's department when the new lead names one.
     */
    public Map<String, FieldChange> amend(TaskChanges changes, Department lead, LocalDate anchor) {
        Map<String, String> before = fields();
        String code = changes.criterionCode() == null ? criterionCode : Plan.blankToNull(changes.criterionCode());
        if (!Objects.equals(code, criterionCode)) {
            criterionCode = code;
            criterionTitle = code == null ? null : Plan.blankToNull(changes.criterionTitle());
            pointsAtStake = code == null ? null : changes.pointsAtStake();
        }
        if (changes.solution() != null) {
            setSolution(changes.solution());
        }
        if (changes.lead() != null) {
            setLead(changes.lead(), lead);
        }
        if (changes.coordinating() != null) {
            coordinating = new ArrayList<>(TextListConverter.clean(changes.coordinating()));
        }
        if (changes.target() != null) {
            target = Plan.blankToNull(changes.target());
        }
        if (changes.evidence() != null) {
            evidence = Plan.blankToNull(changes.evidence());
        }
        if (changes.timeframe() != null || changes.due() != null) {
            setTimeframe(changes.timeframe() != null ? changes.timeframe() : timeframe,
                    changes.due() != null ? changes.due() : (changes.timeframe() != null ? null : due), anchor);
        }
        if (changes.cascade() != null) {
            cascade = changes.cascade();
        }
        return difference(before, fields());
    }

    /**
     * Follows an amendment of the parent task: fields this copy adapted stay local, the others
     * take the parent's new values. Answers whether the parent's due date is now earlier than
     * this copy's (a conflict the unit must resolve).
     */
    public boolean followParent(Map<String, FieldChange> parentChanges) {
        for (String field : parentChanges.keySet()) {
            if (!adaptedFields.contains(field) && !(LEAD.equals(field) && leadDepartment != null)) {
                copyFromParent(field);
            }
        }
        LocalDate parentDue = getParentTask().getDue();
        dueConflict = parentDue != null && due != null && parentDue.isBefore(due);
        return dueConflict;
    }

    private void copyFromParent(String field) {
        Task p = getParentTask();
        switch (field) {
            case "criterionCode" -> {
                criterionCode = p.criterionCode;
                criterionTitle = p.criterionTitle;
                pointsAtStake = p.pointsAtStake;
            }
            case SOLUTION -> solution = p.solution;
            case LEAD -> leadName = p.leadKind == LeadKind.CHILD_UNITS ? getUnit().getName() : p.leadName;
            case "coordinating" -> coordinating = new ArrayList<>(p.coordinating);
            case "target" -> target = p.target;
            case "evidence" -> evidence = p.evidence;
            case "timeframe" -> {
                timeframe = p.timeframe;
                timeframeKind = p.timeframeKind;
            }
            case DUE -> due = p.due;
            default -> { }
        }
    }

    /**
     * Whether the copy still needs to hear of its parent's changes: a declined copy does not,
     * nor one its unit has reported done ({@code reportedDone}, from its progress); a pending,
     * adopted or adapted copy still in progress does.
     */
    public boolean isUnfinished(boolean reportedDone) {
        return !reportedDone && state != null && state != InheritanceState.DECLINED;
    }

    /**
     * A reorganisation hands this task to the unit that succeeds its own: the task keeps its id,
     * plan, parent and history; only the unit holding it changes.
     */
    public void moveTo(AdministrativeUnit successor) {
        this.unit = successor;
        this.unitPath = successor.getPath();
    }

    /**
     * Another copy of the same parent task carries the work on in the merged unit; this copy stays
     * with its closed unit as history ({@link #getMergedIntoId()}).
     */
    public void mergeInto(Task survivor) {
        if (parentTask == null || survivor.parentTask == null || !parentTask.getId().equals(survivor.parentTask.getId())) {
            throw new IllegalArgumentException("only copies of the same parent task merge");
        }
        this.mergedIntoId = survivor.getId();
    }

    /** The copy that took this one's work over in a merge, if any. */
    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    /** Clears the due-date conflict once the unit has acknowledged or moved its date. */
    public void resolveConflict() {
        LocalDate parentDue = getParentTask().getDue();
        if (dueConflict && (parentDue == null || due == null || !parentDue.isBefore(due))) {
            dueConflict = false;
        }
    }

    /** The fields an amendment compares, as text. */
    Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("criterionCode", criterionCode);
        f.put(SOLUTION, solution);
        f.put(LEAD, leadName);
        f.put("coordinating", coordinating.isEmpty() ? null : String.join("; ", coordinating));
        f.put("target", target);
        f.put("evidence", evidence);
        f.put("timeframe", timeframe);
        f.put(DUE, due == null ? null : due.toString());
        f.put("cascade", Boolean.toString(cascade));
        return f;
    }

    private static Map<String, FieldChange> difference(Map<String, String> before, Map<String, String> after) {
        Map<String, FieldChange> diff = new LinkedHashMap<>();
        before.forEach((field, from) -> {
            FieldChange change = new FieldChange(from, after.get(field));
            if (change.isChange()) {
                diff.put(field, change);
            }
        });
        return diff;
    }

    /** "#12 «Nâng cao tỷ lệ …»; #13 «…»": how a refusal names tasks. */
    static String listing(Collection<Task> tasks) {
        return tasks.stream().map(t -> "#" + t.id + " «" + shorten(t.solution) + "»")
                .collect(Collectors.joining("; "));
    }

    private static String shorten(String text) {
        return text.length() <= LISTED_WORDS ? text : text.substring(0, LISTED_WORDS - 1) + "…";
    }

    /** The timeframe read from its words. */
    public Timeframe timeframe() {
        return Timeframe.parse(timeframe);
    }

    /** The next due date on or after {@code today}: the next occurrence for a recurring task. */
    public Optional<LocalDate> nextDue(LocalDate today) {
        return timeframeKind.isRecurring() ? timeframe().dueFrom(today) : Optional.ofNullable(due);
    }

    public static <K> Map<K, List<Task>> groupBy(Collection<Task> tasks, Function<Task, K> key) {
        return tasks.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public AdministrativeUnit getUnit() {
        return unit;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public Task getParentTask() {
        return parentTask;
    }

    public Plan getSourcePlan() {
        return sourcePlan;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getCriterionCode() {
        return criterionCode;
    }

    public String getCriterionTitle() {
        return criterionTitle;
    }

    public BigDecimal getPointsAtStake() {
        return pointsAtStake;
    }

    public String getSolution() {
        return solution;
    }

    public String getLeadName() {
        return leadName;
    }

    public LeadKind getLeadKind() {
        return leadKind;
    }

    public Department getLeadDepartment() {
        return leadDepartment;
    }

    public List<String> getCoordinating() {
        return List.copyOf(coordinating);
    }

    public String getTarget() {
        return target;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getTimeframe() {
        return timeframe;
    }

    public TimeframeKind getTimeframeKind() {
        return timeframeKind;
    }

    public LocalDate getDue() {
        return due;
    }

    public boolean isCascade() {
        return cascade;
    }

    public List<String> getCascadeTargets() {
        return List.copyOf(cascadeTargets);
    }

    public boolean isPublished() {
        return published;
    }

    public InheritanceState getState() {
        return state;
    }

    public List<String> getAdaptedFields() {
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
