package vn.dtiplan.application.progress;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.application.AuditTrail;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.application.plan.TargetView;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.assessment.PointsAtStake;
import vn.dtiplan.domain.listing.Listings;
import vn.dtiplan.domain.listing.Page;
import vn.dtiplan.domain.listing.PageRequest;
import vn.dtiplan.domain.listing.TaskQuery;
import vn.dtiplan.domain.audit.Change;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.PlanRepository;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.progress.BulkProgressRefusedException;
import vn.dtiplan.domain.progress.DueState;
import vn.dtiplan.domain.progress.Evidence;
import vn.dtiplan.domain.progress.EvidencePolicy;
import vn.dtiplan.domain.progress.EvidenceSummary;
import vn.dtiplan.domain.progress.PillarTally;
import vn.dtiplan.domain.progress.Progress;
import vn.dtiplan.domain.progress.ProgressRepository;
import vn.dtiplan.domain.progress.ProgressStatus;
import vn.dtiplan.domain.progress.ProgressUpdate;
import vn.dtiplan.domain.progress.Rollup;
import vn.dtiplan.domain.progress.TaskProgress;
import vn.dtiplan.domain.progress.YearlyDue;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.account.UserAccount;
import vn.dtiplan.domain.plan.Involvement;
import vn.dtiplan.domain.unit.Department;
import java.util.Comparator;
import java.util.HashMap;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;

/**
 * Progress and evidence on tasks, and the roll-ups over the unit tree.
 *
 * <p>Every report is kept (history) and audited; the task's current progress is updated in the
 * same transaction, so a roll-up read after the answer already counts it, at every level above.
 * Evidence files are checked by {@link EvidencePolicy} before anything is stored.
 */
@Stateless
public class ProgressService {


    @Inject
    private Tenancy tenancy;

    @Inject
    private TaskOwnership ownership;

    @Inject
    private ProgressRepository progress;

    @Inject
    private PlanRepository plans;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private AuditTrail audit;

    @Inject
    private UnitStakes stakes;

    @Inject
    @ConfigProperty(name = "dtiplan.evidence.max-bytes", defaultValue = "20971520")
    private long maxEvidenceBytes;

    @Inject
    private VietnamTime time;

    @Inject
    private Listings listings;

    @Inject
    private UnitProgressAnswers answers;

    public ProgressView report(long taskId, ProgressRequest request) {
        TenantScope scope = tenancy.current();
        Task task = ownership.reportableTask(scope, taskId);
        Progress reported = Progress.of(request.status(), request.percent(), request.note())
                .withMeasured(request.measured());
        task.reported(today(), request.measured());
        Optional<TaskProgress> existing = progress.findProgress(scope, taskId);
        TaskProgress current = existing.orElseGet(() -> new TaskProgress(taskId, task.getUnitPath()));
        Map<String, Object> before = fields(current);
        ProgressUpdate update = current.apply(reported, ownership.caller(), time.now());
        if (existing.isEmpty()) {
            progress.add(scope, current);
        }
        progress.add(scope, update);
        Map<String, Object> after = fields(current);
        after.put("note", reported.note());
        if (reported.measured() != null) {
            after.put("measured", reported.measured());
        }
        audit.record(task.getUnitPath(), RecordType.TASK, taskId, "PROGRESS", Change.between(before, after));
        return ProgressView.of(update, TargetView.of(task.getMeasurable()));
    }

    /**
     * Several reports in one transaction: all stored, or none. Every line is tried, so the refusal
     * ({@link BulkProgressRefusedException}) names each refused line with its reason.
     */
    public List<ProgressView> reportAll(List<ProgressRequest.Line> lines) {
        List<ProgressView> stored = new ArrayList<>();
        List<BulkProgressRefusedException.Refusal> refused = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ProgressRequest.Line line = lines.get(i);
            try {
                stored.add(report(line.taskId(), line.request()));
            } catch (DomainRuleException refusal) {
                refused.add(new BulkProgressRefusedException.Refusal(i, line.taskId(), refusal));
            }
        }
        if (!refused.isEmpty()) {
            throw new BulkProgressRefusedException(refused);
        }
        return stored;
    }

    public List<ProgressView> history(long taskId) {
        TenantScope scope = tenancy.current();
        ownership.visibleTask(scope, taskId);
        return progress.history(scope, taskId).stream().map(u -> ProgressView.of(u, null)).toList();
    }

    /** The largest evidence file accepted, in bytes; a longer upload need not be read further. */
    public long evidenceLimit() {
        return maxEvidenceBytes;
    }

    public EvidenceSummary addFile(long taskId, String originalName, byte[] content) {
        TenantScope scope = tenancy.current();
        Task task = ownership.reportableTask(scope, taskId);
        EvidencePolicy.AcceptedFile file = new EvidencePolicy(maxEvidenceBytes)
                .accept(originalName, content == null ? 0 : content.length, content);
        Evidence stored = progress.add(scope, Evidence.file(taskId, task.getUnitPath(), file, content, ownership.caller(),
                time.now()));
        audit.record(task.getUnitPath(), RecordType.TASK, taskId, "EVIDENCE",
                Change.between(Map.of(), Map.of("file", file.name(), "size", file.size())));
        return summary(stored);
    }

    public EvidenceSummary addLink(long taskId, String url, String title) {
        TenantScope scope = tenancy.current();
        Task task = ownership.reportableTask(scope, taskId);
        Evidence stored = progress.add(scope, Evidence.link(taskId, task.getUnitPath(), url, title, ownership.caller(),
                time.now()));
        audit.record(task.getUnitPath(), RecordType.TASK, taskId, "EVIDENCE", Change.between(Map.of(), Map.of("link", stored.getUrl())));
        return summary(stored);
    }

    /** Removes an evidence item its caller uploaded, while the task is not done; audited with the item's name. */
    public void removeEvidence(long evidenceId) {
        TenantScope scope = tenancy.current();
        Evidence evidence = progress.findEvidence(scope, evidenceId).orElseThrow(RecordNotFoundException::new);
        Task task = ownership.reportableTask(scope, evidence.getTaskId());
        TaskProgress current = progress.findProgress(scope, List.of(task.getId())).get(task.getId());
        evidence.remove(ownership.caller(), time.now(), current != null && current.getStatus() == ProgressStatus.DONE);
        audit.record(task.getUnitPath(), RecordType.TASK, task.getId(), "EVIDENCE_REMOVED",
                Change.between(Map.of(evidence.isLink() ? "link" : "file", evidence.isLink() ? evidence.getUrl()
                        : evidence.getName()), Map.of()));
    }

    public List<EvidenceSummary> evidence(long taskId) {
        TenantScope scope = tenancy.current();
        ownership.visibleTask(scope, taskId);
        return progress.evidenceOf(scope, taskId);
    }

    public EvidenceFile download(long evidenceId) {
        Evidence evidence = progress.findEvidence(tenancy.current(), evidenceId)
                .filter(e -> !e.isLink()).orElseThrow(RecordNotFoundException::new);
        return new EvidenceFile(evidence.getName(), evidence.getContentType(), evidence.getContent());
    }

    /** The unit's roll-up over its subtree and each child's; 404 for a unit outside the caller's subtree. */
    public UnitProgressView unitProgress(String unitCode) {
        TenantScope scope = tenancy.current();
        LocalDate today = today();
        return answers.get(scope, unitCode, today, () -> unitProgress(scope, unitCode, today));
    }

    private UnitProgressView unitProgress(TenantScope scope, String unitCode, LocalDate today) {
        AdministrativeUnit unit = coveredUnit(scope, unitCode);
        List<AdministrativeUnit> childUnits = plans.findChildUnits(scope, unit);
        List<String> paths = new ArrayList<>(childUnits.stream().map(AdministrativeUnit::getPath).toList());
        paths.add(unit.getPath());
        Map<String, Rollup> counts = Rollup.sumByPrefix(progress.countsBelow(scope, unit.getPath(), today), paths);
        List<UnitProgressView.Child> children = childUnits.stream()
                .map(child -> new UnitProgressView.Child(child.getCode(), child.getName(), counts.get(child.getPath())))
                .toList();
        Optional<PointsAtStake> latest = stakes.latest(scope, unit);
        PointsAtStake.Projection score = latest.isEmpty() ? null
                : UnitStakes.projection(latest, progress.liveTasksOf(scope, unit.getPath())).orElse(null);
        return new UnitProgressView(unit.getCode(), unit.getName(), counts.get(unit.getPath()), score, children);
    }

    /** The unit's live tasks with their progress and due state; 404 for a unit outside the caller's subtree. */
    public List<TaskProgressRow> tasksOf(String unitCode) {
        return unitTasks(unitCode).tasks();
    }

    /** A page of the unit's live tasks that match the filters, read by the query; 404 as {@link #tasksOf}. */
    public Page<TaskProgressRow> tasksOf(String unitCode, TaskQuery query, PageRequest page) {
        TenantScope scope = tenancy.current();
        AdministrativeUnit unit = coveredUnit(scope, unitCode);
        LocalDate today = today();
        Optional<PointsAtStake> unitStakes = stakes.latest(scope, unit);
        TaskQuery resolved = query.pillar() == null ? query : query.targeting(listings.criteriaOfLiveTasks(scope,
                unit.getPath()).stream().filter(c -> unitStakes.flatMap(s -> s.pillarOf(new PointsAtStake.Target(c.code(),
                c.title()))).filter(query.pillar()::equalsIgnoreCase).isPresent()).toList());
        Page<Task> tasks = listings.liveTasks(scope, unit.getPath(), resolved, today, page);
        List<Long> ids = tasks.items().stream().map(Task::getId).toList();
        Map<Long, TaskProgress> current = progress.findProgress(scope, ids);
        Map<Long, Long> evidence = progress.evidenceCounts(scope, ids);
        return tasks.map(t -> row(t, current.get(t.getId()), UnitStakes.pointsOf(unitStakes, t),
                evidence.getOrDefault(t.getId(), 0L), today, UnitStakes.pillarOf(unitStakes, t)));
    }

    /**
     * The unit's live tasks as {@link #tasksOf}, and their counts by the pillar each aims at on the unit's
     * latest scored assessment (none when the unit has no scored assessment, since the pillars are its framework's).
     */
    public UnitTasks unitTasks(String unitCode) {
        TenantScope scope = tenancy.current();
        AdministrativeUnit unit = coveredUnit(scope, unitCode);
        List<Task> tasks = progress.liveTasksOf(scope, unit.getPath());
        List<Long> ids = tasks.stream().map(Task::getId).toList();
        Map<Long, TaskProgress> current = progress.findProgress(scope, ids);
        Map<Long, Long> evidence = progress.evidenceCounts(scope, ids);
        LocalDate today = today();
        Optional<PointsAtStake> unitStakes = stakes.latest(scope, unit);
        List<TaskProgressRow> rows = tasks.stream().map(t -> row(t, current.get(t.getId()), UnitStakes.pointsOf(unitStakes, t),
                evidence.getOrDefault(t.getId(), 0L), today, UnitStakes.pillarOf(unitStakes, t))).toList();
        List<PillarTally> byPillar = unitStakes.map(s -> PillarTally.count(s.pillars(), rows, TaskProgressRow::pillar,
                r -> r.status() == ProgressStatus.DONE, r -> r.dueState() == DueState.OVERDUE)).orElse(List.of());
        Map<Long, List<LocalDate>> reported = progress.reportDays(scope, ids);
        List<YearlyDue.Tally> byYear = YearlyDue.count(tasks.stream().map(t -> YearlyDue.Facts.of(t,
                Optional.ofNullable(current.get(t.getId())).map(TaskProgress::getStatus).orElse(null),
                reported.getOrDefault(t.getId(), List.of()))).toList(), today);
        return new UnitTasks(rows, byPillar, byYear);
    }

    /** The unit's own live tasks counted per year ({@link YearlyDue}); 404 outside the caller's subtree. */
    public List<YearlyDue.Tally> byYear(String unitCode) {
        return unitTasks(unitCode).byYear();
    }

    /**
     * The live tasks of the caller's unit that the caller's department leads or coordinates
     * ({@link Involvement}), leads first; none for an account without a department.
     */
    public List<DepartmentTask> departmentTasks() {
        TenantScope scope = tenancy.current();
        Department department = tenancy.callerAccount().map(UserAccount::getDepartment).orElse(null);
        if (department == null) {
            return List.of();
        }
        AdministrativeUnit unit = department.getUnit();
        List<String> names = units.findDepartments(scope, List.of(unit)).stream().map(Department::getName).toList();
        Map<Long, Involvement> involved = new HashMap<>();
        progress.liveTasksOf(scope, unit.getPath()).stream().filter(t -> t.getUnitPath().equals(unit.getPath()))
                .forEach(t -> Involvement.of(t, department, names).ifPresent(i -> involved.put(t.getId(), i)));
        return unitTasks(unit.getCode()).tasks().stream().filter(r -> involved.containsKey(r.taskId()))
                .map(r -> new DepartmentTask(r, involved.get(r.taskId())))
                .sorted(Comparator.comparing(DepartmentTask::involvement)).toList();
    }

    /** One task with its progress, if the caller may see it. */
    public TaskProgressRow task(long taskId) {
        TenantScope scope = tenancy.current();
        Task task = ownership.visibleTask(scope, taskId);
        Optional<PointsAtStake> unitStakes = stakes.latest(scope, task.getUnit());
        return row(task, progress.findProgress(scope, taskId).orElse(null), UnitStakes.pointsOf(unitStakes, task),
                progress.evidenceCounts(scope, List.of(taskId)).getOrDefault(taskId, 0L), today(),
                UnitStakes.pillarOf(unitStakes, task));
    }

    /** Whether the caller may report progress on the task (the owning unit, the lead department's staff). */
    public boolean mayReport(long taskId) {
        try {
            ownership.reportableTask(tenancy.current(), taskId);
            return true;
        } catch (vn.dtiplan.domain.DomainRuleException refused) {
            return false;
        }
    }

    private static TaskProgressRow row(Task t, TaskProgress p, BigDecimal points, long evidence, LocalDate today,
                                       String pillar) {
        ProgressStatus status = p == null ? ProgressStatus.NOT_STARTED : p.getStatus();
        LocalDate due = t.getDue();
        LocalDate lastActivity = p == null || p.getUpdatedAt() == null ? null
                : VietnamTime.dateOf(p.getUpdatedAt());
        Optional<InheritedTask> copy = t.inherited();
        String plan = t.getPlan() != null ? t.getPlan().getNumber()
                : copy.map(InheritedTask::getSourcePlan).map(Plan::getNumber).orElse(null);
        InheritanceState state = copy.map(InheritedTask::getState).orElse(null);
        String lead = t.getLeadDepartment() != null ? t.getLeadDepartment().getName() : t.getLeadName();
        return new TaskProgressRow(t.getId(), plan, t.getCriterionCode(), points, t.getSolution(), lead,
                t.getTimeframe(), due, state == null ? null : state.name(), status,
                p == null ? 0 : p.getPercent(), DueState.of(t.getTimeframeKind(), state, status, due, lastActivity, today),
                lastActivity, evidence, pillar, TargetView.of(t.getMeasurable()));
    }

    private AdministrativeUnit coveredUnit(TenantScope scope, String unitCode) {
        return units.findByCode(scope, unitCode).filter(u -> scope.covers(u.getPath()))
                .orElseThrow(RecordNotFoundException::new);
    }

    LocalDate today() {
        return time.today();
    }

    private static Map<String, Object> fields(TaskProgress p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", p.getStatus());
        fields.put("percent", p.getPercent());
        return fields;
    }

    private static EvidenceSummary summary(Evidence e) {
        return new EvidenceSummary(e.getId(), e.getTaskId(), e.getName(), e.getContentType(), e.getSize(), e.getUrl(),
                e.getUploadedBy(), e.getUploadedAt());
    }
}
