package vn.dtiplan.application.plan;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.domain.account.Roles;
import vn.dtiplan.application.AssessmentGaps;
import vn.dtiplan.application.AssessmentService;
import vn.dtiplan.application.AuditTrail;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.listing.Listings;
import vn.dtiplan.domain.workbook.ImportProblems;
import vn.dtiplan.domain.workbook.TaskTableSheet;
import vn.dtiplan.domain.workbook.WorkbookFiles;
import vn.dtiplan.domain.listing.Page;
import vn.dtiplan.domain.listing.PageRequest;
import vn.dtiplan.domain.listing.PlanQuery;
import vn.dtiplan.domain.StaleVersionException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.Versioned;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.audit.Change;
import vn.dtiplan.domain.plan.Amendment;
import vn.dtiplan.domain.plan.AnswerGaps;
import vn.dtiplan.domain.plan.AnsweredAssessment;
import vn.dtiplan.domain.plan.IssueCheck;
import vn.dtiplan.domain.plan.IssueProblem;
import vn.dtiplan.domain.plan.NotAddressed;
import vn.dtiplan.domain.plan.PlanAnswers;
import vn.dtiplan.domain.plan.GapRemediation;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.Issuing;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.PlanHeader;
import vn.dtiplan.domain.plan.PlanRepository;
import vn.dtiplan.domain.plan.PlanStatus;
import vn.dtiplan.domain.plan.PointsLost;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.plan.TaskNumbering;
import vn.dtiplan.domain.plan.TaskChanges;
import vn.dtiplan.domain.plan.TaskField;
import vn.dtiplan.domain.plan.TaskContent;
import vn.dtiplan.domain.progress.ProgressRepository;
import vn.dtiplan.domain.progress.ProgressStatus;
import vn.dtiplan.domain.progress.TaskProgress;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.Department;

/**
 * Plans and their tasks: drafting, issuing (the cascade), and amending issued tasks.
 *
 * <p>Only a unit's own planners write its plans; a unit above that can see them is refused
 * (403), anything outside the caller's scope is not found (404). Issuing runs in one
 * transaction: either every child unit has its copies or none has.
 *
 * <p>Changes need a role of {@link vn.dtiplan.domain.account.RoleGroup#ACTORS} (the class annotation); reads
 * are open to every signed-in role ({@code @PermitAll}) and the tenant scope decides what they show.
 */
@RolesAllowed({Roles.PROVINCE_OVERSEER, Roles.CITY_PLANNER, Roles.WARD_OFFICER, Roles.SYSTEM_ADMIN})
@Stateless
public class PlanService {

    @Inject
    private AuditTrail audit;

    @Inject
    private PlanAccess access;

    @Inject
    private PlanRepository plans;

    @Inject
    private AssessmentService assessments;

    @Inject
    private ProgressRepository progress;

    @Inject
    private CriterionCatalog criteria;

    @Inject
    private VietnamTime time;

    @Inject
    private Listings listings;

    @Inject
    private WorkbookFiles workbooks;

    @Inject
    private PlanGaps gaps;

    /**
     * The unit's own plans the caller may see: drafts only for the unit's own accounts; for a
     * unit above the caller's, its issued plans.
     */
    @PermitAll
    public List<PlanSummary> plansOf(String unitCode) {
        TenantScope scope = access.scope();
        AdministrativeUnit unit = plans.findPlanningUnit(scope, unitCode).orElseThrow(RecordNotFoundException::new);
        return plans.findPlansOf(scope, unit).stream().map(Views::summary).toList();
    }

    /** A page of the unit's plans as {@link #plansOf(String)} that match the filters, read by the query. */
    @PermitAll
    public Page<PlanSummary> plansOf(String unitCode, PlanQuery query, PageRequest page) {
        TenantScope scope = access.scope();
        AdministrativeUnit unit = plans.findPlanningUnit(scope, unitCode).orElseThrow(RecordNotFoundException::new);
        return listings.plans(scope, unit, query, page).map(Views::summary);
    }

    /** One plan with its tasks, if the caller may see it. */
    @PermitAll
    public Optional<PlanDetail> plan(long id) {
        TenantScope scope = access.scope();
        return plans.findPlan(scope, id).map(p -> detail(scope, p));
    }

    /** One task, if the caller may see it. */
    @PermitAll
    public Optional<TaskView> task(long id) {
        TenantScope scope = access.scope();
        LocalDate today = time.today();
        return plans.findTask(scope, id).map(t -> Views.task(t, today));
    }

    /** A new draft plan of the caller's own unit, with its tasks in the order given. */
    public PlanDetail createDraft(PlanDraft draft) {
        TenantScope scope = access.scope();
        AdministrativeUnit unit = access.unit(scope, draft.unitCode());
        access.requireOwner(scope, unit.getPath(), "plan.forbidden");
        Plan parent = draft.implementsPlanId() == null ? null : access.plan(scope, draft.implementsPlanId());
        Plan plan = plans.add(scope, new Plan(unit, draft.header(), parent));
        plan.answer(draft.answers());
        int ordinal = 1;
        List<CriterionOption> catalog = catalogFor(plan, draft.tasks());
        for (TaskContent content : draft.tasks()) {
            plans.add(scope, newTask(scope, plan, ordinal++, content, catalog));
        }
        Map<String, Object> created = AuditFields.plan(plan);
        created.put("tasks", draft.tasks().size());
        audit.record(plan.getUnitPath(), RecordType.PLAN, plan.getId(), "CREATE", Change.between(Map.of(), created));
        return detail(scope, plan);
    }

    /**
     * A new draft of the caller's own unit drafted from the gaps of its assessment of
     * {@code year}: one task per criterion (or pillar) that lost points, most first.
     *
     * @throws DomainRuleException when the unit has no assessment that year, or lost nothing
     */
    public PlanDetail draftFromGaps(String unitCode, int year) {
        TenantScope scope = access.scope();
        AdministrativeUnit unit = access.unit(scope, unitCode);
        access.requireOwner(scope, unit.getPath(), "plan.forbidden");
        AssessmentGaps gaps = assessments.gaps(unitCode, year).orElseThrow(
                () -> new DomainRuleException("plan.gaps.noAssessment", unit.getName(), String.valueOf(year)));
        List<PointsLost> criterionGaps = gaps.criteria().stream()
                .map(g -> PointsLost.criterion(g.code(), g.title(), g.pillar(), g.parentCode(), g.lost())).toList();
        List<PointsLost> pillars = gaps.pillars().stream().map(g -> PointsLost.pillar(g.pillar(), g.lost())).toList();
        List<TaskContent> tasks = GapRemediation.tasks(criterionGaps, pillars, year);
        BigDecimal totalLost = pillars.isEmpty() ? null
                : pillars.stream().map(PointsLost::lost).reduce(BigDecimal.ZERO, BigDecimal::add);
        PlanAnswers answers = new PlanAnswers(this.gaps.frameworkOf(unitCode, year)
                .map(f -> List.of(new AnsweredAssessment(f, year))).orElse(List.of()), List.of());
        return createDraft(new PlanDraft(unitCode, GapRemediation.header(year, totalLost), null, tasks, answers));
    }

    /**
     * Replaces the header of a draft, of the version the form was opened on: a plan changed since is
     * refused ({@link StaleVersionException}, nothing stored); null checks nothing.
     */
    public PlanDetail updateDraft(long planId, PlanHeader header, Long expectedVersion) {
        TenantScope scope = access.scope();
        Plan plan = ownedPlan(scope, planId);
        Versioned.require(expectedVersion, plan.getVersion());
        Map<String, Object> before = AuditFields.plan(plan);
        plan.revise(header);
        audit.record(plan.getUnitPath(), RecordType.PLAN, plan.getId(), "UPDATE", Change.between(before, AuditFields.plan(plan)));
        return detail(scope, plan);
    }

    /**
     * Makes a draft answer the unit's assessment of {@code year} (its căn cứ): at issue every
     * criterion that lost points there needs a task or a reason.
     *
     * @throws DomainRuleException when the unit has no assessment that year
     */
    public PlanDetail answerAssessment(long planId, int year) {
        TenantScope scope = access.scope();
        Plan plan = ownedPlan(scope, planId);
        AdministrativeUnit unit = plan.getUnit();
        long framework = gaps.frameworkOf(unit.getCode(), year).orElseThrow(
                () -> new DomainRuleException("plan.gaps.noAssessment", unit.getName(), String.valueOf(year)));
        plan.answer(plan.getAnswers().withAnswer(new AnsweredAssessment(framework, year)));
        audit.record(plan.getUnitPath(), RecordType.PLAN, plan.getId(), "ANSWER",
                Change.between(Map.of(), Map.of("answers", year + " (" + framework + ")")));
        return detail(scope, plan);
    }

    /** The years the plan's unit is assessed in (that the caller may see), newest first. */
    @PermitAll
    public List<Integer> assessedYears(long planId) {
        TenantScope scope = access.scope();
        return assessments.years(access.plan(scope, planId).getUnit().getCode());
    }

    /** Records in a draft that a criterion that lost points is not addressed this year, and why. */
    public PlanDetail leaveUnaddressed(long planId, String criterionCode, String reason) {
        TenantScope scope = access.scope();
        Plan plan = ownedPlan(scope, planId);
        return notAddressed(scope, plan, plan.getAnswers().withNotAddressed(new NotAddressed(criterionCode, reason)));
    }

    /**
     * Replaces the criteria a draft leaves for later, each with its reason ({@code PUT
     * /plans/{id}/not-addressed}): an empty list addresses them all again.
     */
    public PlanDetail replaceNotAddressed(long planId, List<NotAddressed> lines) {
        TenantScope scope = access.scope();
        Plan plan = ownedPlan(scope, planId);
        return notAddressed(scope, plan, new PlanAnswers(plan.getAnswers().answers(), lines));
    }

    private PlanDetail notAddressed(TenantScope scope, Plan plan, PlanAnswers answers) {
        Map<String, String> before = plan.getAnswers().reasons();
        plan.answer(answers);
        audit.record(plan.getUnitPath(), RecordType.PLAN, plan.getId(), "NOT_ADDRESSED",
                Change.between(before, plan.getAnswers().reasons()));
        return detail(scope, plan);
    }

    /** Adds a task at the end of a draft. */
    public TaskView addTask(long planId, TaskContent content) {
        TenantScope scope = access.scope();
        Plan plan = ownedPlan(scope, planId);
        Task task = plans.add(scope, newTask(scope, plan, nextOrdinal(scope, plan), content, catalogFor(plan, List.of(content))));
        audit.record(plan.getUnitPath(), RecordType.PLAN, plan.getId(), "TASK_ADD",
                Change.between(Map.of(), Map.of("task", task.getId() + ": " + task.getSolution())));
        return Views.task(task, time.today());
    }

    /**
     * Adds the tasks of an Excel task table ({@link TaskTableSheet}) at the end of a draft: all of
     * them, or none when any row is refused (each problem names its sheet, row and column).
     */
    public List<TaskView> importTasks(long planId, byte[] xlsx) {
        TenantScope scope = access.scope();
        Plan plan = ownedPlan(scope, planId);
        List<TaskTableSheet.Row> rows = TaskTableSheet.read(workbooks.read(xlsx));
        int next = nextOrdinal(scope, plan);
        List<CriterionOption> catalog = catalogFor(plan, rows.stream().map(TaskTableSheet.Row::content).toList());
        ImportProblems problems = new ImportProblems();
        List<Task> added = new ArrayList<>();
        for (TaskTableSheet.Row row : rows) {
            try {
                added.add(plans.add(scope, newTask(scope, plan, next++, row.content(), catalog)));
            } catch (DomainRuleException refused) {
                problems.add(row.sheet(), row.row(), null, refused);
            }
        }
        problems.throwIfAny();
        audit.record(plan.getUnitPath(), RecordType.PLAN, plan.getId(), "TASK_IMPORT",
                Change.between(Map.of(), Map.of("tasks", added.size())));
        LocalDate today = time.today();
        return added.stream().map(t -> Views.task(t, today)).toList();
    }

    /** Removes a task from a draft (an issued task is amended, never removed). */
    public void removeTask(long taskId) {
        TenantScope scope = access.scope();
        Task task = access.task(scope, taskId);
        access.requireOwner(scope, task.getUnitPath(), "plan.forbidden");
        task.requireRemovable();
        audit.record(task.getUnitPath(), RecordType.PLAN, task.getPlan().getId(), "TASK_REMOVE",
                Change.between(Map.of("task", task.getId() + ": " + task.getSolution()), Map.of()));
        plans.remove(scope, task);
    }

    /** What issuing would do: how many units receive how many tasks, and what blocks it. */
    @PermitAll
    public IssuePreview previewIssue(long planId) {
        TenantScope scope = access.scope();
        Plan plan = access.plan(scope, planId);
        List<Task> tasks = plans.findTasksOf(scope, plan);
        List<AdministrativeUnit> children = plans.findChildUnits(scope, plan.getUnit());
        int copies = 0;
        int cascading = 0;
        Set<String> reached = new TreeSet<>();
        for (Task t : tasks.stream().filter(Task::isCascade).toList()) {
            cascading++;
            for (AdministrativeUnit child : children) {
                if (t.cascadesTo(child)) {
                    copies++;
                    reached.add(child.getCode());
                }
            }
        }
        LocalDate today = time.today();
        List<AnswerGaps> answered = plan.getStatus().isIssued() ? List.of() : gaps.of(plan);
        List<IssueProblem> problems = plan.getStatus().isIssued() ? List.of() : IssueCheck.problems(plan, tasks, answered);
        return new IssuePreview(reached.size(), cascading, copies, List.copyOf(reached),
                Issuing.pendingOfParent(plans, scope, plan).stream().map(t -> Views.task(t, today)).toList(), problems,
                IssueCheck.unaddressed(plan.getAnswers(), tasks, answered).stream().map(IssuePreview.Gap::of).toList());
    }

    /**
     * Issues a draft: copies every cascading task to each target child unit as a pending
     * inherited task, and takes the adopted inherited tasks of the implemented plan in.
     *
     * @throws StateConflictException when issued already, or while an inherited task of the
     *         implemented plan is pending in the unit (the message lists them)
     */
    public PlanDetail issue(long planId) {
        TenantScope scope = access.scope();
        Plan plan = access.plan(scope, planId);
        access.requireOwner(scope, plan.getUnitPath(), "plan.forbidden");
        PlanStatus before = plan.getStatus();
        Issuing.issue(plans, scope, plan, plan.getStatus().isIssued() ? List.of() : gaps.of(plan), access.caller(),
                time.today());
        audit.record(plan.getUnitPath(), RecordType.PLAN, plan.getId(), "ISSUE",
                Change.between(Map.of("status", before), Map.of("status", plan.getStatus())));
        return detail(scope, plan);
    }

    /**
     * Edits a task. In a draft the task simply changes. In an issued plan the change is a
     * revision: recorded field by field, and every unfinished copy below gets a change notice
     * (adapted local values stay; a parent due date now earlier than a local one is flagged); a
     * copy declined or reported done is finished and hears nothing. {@code expectedVersion} is the
     * version the caller has seen: a task changed since is refused ({@link StaleVersionException});
     * null checks nothing. A change made at the same moment still fails at commit on {@code @Version}.
     */
    public TaskView amendTask(long taskId, TaskChanges changes, Long expectedVersion) {
        return amend(taskId, changes, expectedVersion).task();
    }

    /**
     * Changes a task as {@link #amendTask}, answering what changed and how many notices went out;
     * {@code expectedVersion} is the version the form was opened on (stale: nothing is stored).
     */
    public AmendmentView amend(long taskId, TaskChanges changes, Long expectedVersion) {
        TenantScope scope = access.scope();
        Task task = access.task(scope, taskId);
        access.requireOwner(scope, task.getUnitPath(), "plan.forbidden");
        Versioned.require(expectedVersion, task.getVersion());
        Department lead = access.department(scope, task.getUnit(), changes.lead()).orElse(null);
        Amendment amendment = Amendment.of(task, withCriterion(changes, task.getPlan()), lead, time.today(),
                () -> unfinishedCopies(scope, task), access.caller(), time.now());
        audit.record(task.getUnitPath(), RecordType.TASK, task.getId(), "UPDATE", AuditFields.changes(amendment.changes()));
        if (amendment.revision() != null) {
            plans.add(scope, amendment.revision());
        }
        amendment.notices().forEach(notice -> plans.add(scope, notice));
        return new AmendmentView(Views.task(task, time.today()), TaskField.byKey(amendment.changes()),
                amendment.notices().size());
    }

    /** How many copies below the task would get a change notice if it were amended now. */
    @PermitAll
    public int noticeCount(long taskId) {
        TenantScope scope = access.scope();
        return unfinishedCopies(scope, access.task(scope, taskId)).size();
    }

    /** The copies below the task that still need to hear of its changes (not declined, not reported done). */
    private List<InheritedTask> unfinishedCopies(TenantScope scope, Task task) {
        List<InheritedTask> copies = plans.findCopies(scope, task);
        Map<Long, TaskProgress> reported = progress.findProgress(scope, copies.stream().map(Task::getId).toList());
        return copies.stream().filter(c -> c.isUnfinished(done(reported.get(c.getId())))).toList();
    }

    private static boolean done(TaskProgress reported) {
        return reported != null && reported.getStatus() == ProgressStatus.DONE;
    }

    private Plan ownedPlan(TenantScope scope, long planId) {
        Plan plan = access.plan(scope, planId);
        access.requireOwner(scope, plan.getUnitPath(), "plan.forbidden");
        plan.requireDraft();
        return plan;
    }

    private Task newTask(TenantScope scope, Plan plan, int ordinal, TaskContent content,
                         List<CriterionOption> catalog) {
        Department lead = access.department(scope, plan.getUnit(), content.lead()).orElse(null);
        LocalDate anchor = plan.getDate() != null ? plan.getDate() : time.today();
        return new Task(plan, ordinal, withCriterion(content, catalog), lead, anchor);
    }

    private int nextOrdinal(TenantScope scope, Plan plan) {
        return plans.findTasksOf(scope, plan).stream().mapToInt(Task::getOrdinal).max().orElse(0) + 1;
    }

    /** The criteria of the plan's framework, read only when a task names a criterion by its code alone. */
    private List<CriterionOption> catalogFor(Plan plan, List<TaskContent> contents) {
        return contents.stream().anyMatch(TaskContent::namesCriterionOnly)
                ? criteria.forPlan(plan.getUnit().getCode(), plan.getYear()) : List.of();
    }

    /** A task naming a criterion code alone gets its title and points from the unit's framework. */
    private static TaskContent withCriterion(TaskContent c, List<CriterionOption> catalog) {
        return c.namesCriterionOnly() ? find(catalog, c.criterionCode()).map(o -> c.withCriterion(o.title(), o.pointsAtStake()))
                .orElse(c) : c;
    }

    private TaskChanges withCriterion(TaskChanges c, Plan plan) {
        return plan != null && c.namesCriterionOnly()
                ? find(criteria.forPlan(plan.getUnit().getCode(), plan.getYear()), c.criterionCode())
                        .map(o -> c.withCriterion(o.title(), o.pointsAtStake())).orElse(c)
                : c;
    }

    private static Optional<CriterionOption> find(List<CriterionOption> catalog, String code) {
        return catalog.stream().filter(o -> o.code().equals(code.strip())).findFirst();
    }

    private PlanDetail detail(TenantScope scope, Plan plan) {
        LocalDate today = time.today();
        boolean own = access.owns(scope, plan.getUnitPath());
        List<TaskView> tasks = TaskNumbering.number(plans.findTasksOf(scope, plan), Task::getOrdinal, Task::getId).stream()
                .map(n -> Views.task(n.task(), today).numbered(n.number())).toList();
        boolean draft = !plan.getStatus().isIssued();
        return new PlanDetail(Views.summary(plan), Views.header(plan), tasks, own && draft, own && draft,
                plan.getAnswers());
    }
}
