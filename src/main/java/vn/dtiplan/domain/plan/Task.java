package vn.dtiplan.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.Department;

/**
 * A task (nhiệm vụ, giải pháp) of a unit: what it does, who leads, by when, and whether it
 * cascades to the child units. This class is the unit's <em>own</em> task, written in one of its
 * plans; {@link InheritedTask} is the other concept, the copy of a parent unit's task, stored in
 * the same table (JPA single-table inheritance, column {@code kind}: {@code OWN} or
 * {@code INHERITED}, which V42 keeps equal to having a parent task). The content rules (wording,
 * lead, timeframe, cascade targets, amending with a field-by-field difference) are here and hold
 * for both; the rules that differ are methods the copy overrides ({@link #requireAmendable},
 * {@link #requireRemovable}, {@link #requireReportable}, {@link #isTakenOn}), so no code asks
 * which kind a task is by a null state.
 *
 * <p>Ids come from a sequence (not an identity column) so issuing to hundreds of units
 * inserts the copies in JDBC batches.
 */
@Entity
@Table(name = "task")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 16)
@DiscriminatorValue("OWN")
public class Task {

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

    @Embedded
    private MeasurableTarget measurable;

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
        setTarget(content.target(), content.measurable());
        this.evidence = Plan.blankToNull(content.evidence());
        setTimeframe(content.timeframe(), content.due(), anchor);
    }

    /** A published task of {@code child}, in no plan, with every field {@link #take taken} from {@code parent}. */
    Task(Task parent, AdministrativeUnit child) {
        this.unit = child;
        this.unitPath = Objects.requireNonNull(child.getPath(), "child path");
        this.ordinal = parent.ordinal;
        this.published = true;
        for (TaskField field : TaskField.values()) {
            take(field, parent);
        }
    }

    void setSolution(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleException("task.solution.required");
        }
        this.solution = text.strip();
    }

    void setLead(String words, Department department) {
        this.leadName = Plan.blankToNull(words);
        this.leadDepartment = department;
        if (department != null) {
            this.leadName = department.getName();
            this.leadKind = LeadKind.DEPARTMENT;
        } else {
            this.leadKind = LeadKind.namesChildUnits(words) ? LeadKind.CHILD_UNITS : LeadKind.AS_WRITTEN;
        }
    }

    void setDue(LocalDate due) {
        this.due = due;
    }

    void setCascade(boolean cascade) {
        this.cascade = cascade;
    }

    private void setTarget(String words, MeasurableTarget measured) {
        this.measurable = measured;
        this.target = MeasurableTarget.text(words, measured);
    }

    private void setTimeframe(String words, LocalDate explicitDue, LocalDate anchor) {
        Timeframe read = Timeframe.parse(words);
        this.timeframe = read.words().isEmpty() ? null : read.words();
        this.timeframeKind = read.kind();
        this.due = read.due(explicitDue, l -> Optional.ofNullable(plan).flatMap(p -> p.implementedPlanDate(l)), anchor,
                plan == null ? null : plan.firstDay());
    }

    /**
     * Takes one field from {@code other} (the parent of a copy): a lead written as "the child
     * units" becomes this unit's name; the cascade stays this unit's own choice.
     */
    void take(TaskField field, Task other) {
        switch (field) {
            case CRITERION_CODE -> {
                criterionCode = other.criterionCode;
                criterionTitle = other.criterionTitle;
                pointsAtStake = other.pointsAtStake;
            }
            case SOLUTION -> solution = other.solution;
            case LEAD -> leadName = other.leadKind == LeadKind.CHILD_UNITS ? unit.getName() : other.leadName;
            case COORDINATING -> coordinating = new ArrayList<>(other.coordinating);
            case TARGET -> {
                target = other.target;
                measurable = other.measurable == null ? null : other.measurable.forCopy();
            }
            case EVIDENCE -> evidence = other.evidence;
            case TIMEFRAME -> {
                timeframe = other.timeframe;
                timeframeKind = other.timeframeKind;
            }
            case DUE -> due = other.due;
            case CASCADE -> { }
        }
    }

    /** The copies to store for these child units (direct children in force), or none. */
    List<InheritedTask> cascadeTo(Collection<AdministrativeUnit> children) {
        return children.stream().filter(this::cascadesTo).map(c -> new InheritedTask(this, c)).toList();
    }

    /** Whether issuing copies this task to the child unit: a cascading task goes to its targets, or to every child if none is named. */
    public boolean cascadesTo(AdministrativeUnit child) {
        return cascade && (cascadeTargets.isEmpty() || cascadeTargets.contains(child.getCode()));
    }

    void publish() {
        this.published = true;
    }

    void takeInto(Plan implementing) {
        this.plan = implementing;
    }

    /** The inherited copy this task is, or none: a unit's own task. */
    public Optional<InheritedTask> inherited() {
        return Optional.empty();
    }

    /** Whether the unit works on this task (reports progress, counts its stakes): its own task always. */
    public boolean isTakenOn() {
        return true;
    }

    /** An own task can always be edited (how depends on its plan, see {@link Amendment}). */
    public void requireAmendable() {
        // every own task can be
    }

    /**
     * An own task is removed only from a draft plan.
     *
     * @throws StateConflictException when its plan is issued
     */
    public void requireRemovable() {
        plan.requireDraft();
    }

    /**
     * Progress is reported on an own task once its plan is issued.
     *
     * @throws StateConflictException while the plan is a draft
     */
    public void requireReportable() {
        if (plan == null || plan.getStatus() == PlanStatus.DRAFT) {
            throw new StateConflictException("progress.plan.draft");
        }
    }

    /**
     * Edits this task and answers the field-by-field difference (only fields that changed).
     * {@code lead} is the unit's department when the new lead names one.
     */
    public Map<TaskField, FieldChange> amend(TaskChanges changes, Department lead, LocalDate anchor) {
        Map<TaskField, String> before = fields();
        String code = changes.criterionCode() == null ? criterionCode : Plan.blankToNull(changes.criterionCode());
        if (!Objects.equals(code, criterionCode)) {
            criterionCode = code;
            criterionTitle = code == null ? null : Plan.blankToNull(changes.criterionTitle());
            pointsAtStake = code == null ? null : changes.pointsAtStake();
        }
        Optional.ofNullable(changes.solution()).ifPresent(this::setSolution);
        Optional.ofNullable(changes.lead()).ifPresent(words -> setLead(words, lead));
        Optional.ofNullable(changes.coordinating()).ifPresent(c -> coordinating = new ArrayList<>(TextListConverter.clean(c)));
        if (changes.target() != null || changes.measurable() != null) {
            setTarget(changes.target(), changes.measurable() != null ? changes.measurable() : measurable);
        }
        if (changes.evidence() != null) {
            evidence = Plan.blankToNull(changes.evidence());
        }
        if (changes.timeframe() != null || changes.due() != null) {
            setTimeframe(changes.timeframe() != null ? changes.timeframe() : timeframe,
                    changes.due() != null ? changes.due() : (changes.timeframe() != null ? null : due), anchor);
        }
        Optional.ofNullable(changes.cascade()).ifPresent(this::setCascade);
        return FieldChange.between(before, fields());
    }

    /**
     * A reorganisation hands this task to the unit that succeeds its own: the task keeps its id,
     * plan, parent and history; only the unit holding it changes.
     */
    public void moveTo(AdministrativeUnit successor) {
        this.unit = successor;
        this.unitPath = successor.getPath();
    }

    /** The fields an amendment compares, as text. */
    Map<TaskField, String> fields() {
        Map<TaskField, String> f = new EnumMap<>(TaskField.class);
        f.put(TaskField.CRITERION_CODE, criterionCode);
        f.put(TaskField.SOLUTION, solution);
        f.put(TaskField.LEAD, leadName);
        f.put(TaskField.COORDINATING, coordinating.isEmpty() ? null : String.join("; ", coordinating));
        f.put(TaskField.TARGET, target);
        f.put(TaskField.EVIDENCE, evidence);
        f.put(TaskField.TIMEFRAME, timeframe);
        f.put(TaskField.DUE, due == null ? null : due.toString());
        f.put(TaskField.CASCADE, Boolean.toString(cascade));
        return f;
    }

    /** The timeframe read from its words. */
    public Timeframe timeframe() {
        return Timeframe.parse(timeframe);
    }

    /** Progress on {@code day}: the due date moves ({@link Timeframe#dueAfterReport}), {@code measured} is the target's latest. */
    public void reported(LocalDate day, BigDecimal measured) {
        measurable = measured == null ? measurable : MeasurableTarget.measuredOn(measurable, measured);
        due = timeframe().dueAfterReport(day, due, plan == null ? null : plan.lastDay().orElse(null));
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

    /** The measurable target, or null (the target, if any, is free text). */
    public MeasurableTarget getMeasurable() {
        return measurable;
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

    public long getVersion() {
        return version;
    }
}
