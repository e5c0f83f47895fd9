package vn.dtiplan.application.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.dtiplan.application.AuditTrail;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.AccessRefusedException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.account.Role;
import vn.dtiplan.domain.account.UserAccount;
import vn.dtiplan.domain.audit.Change;
import vn.dtiplan.domain.plan.PlanRepository;
import vn.dtiplan.domain.progress.OnTimeRate;
import vn.dtiplan.domain.progress.PeriodicReport;
import vn.dtiplan.domain.progress.ReportDraft;
import vn.dtiplan.domain.progress.ReportRepository;
import vn.dtiplan.domain.progress.ReportStanding;
import vn.dtiplan.domain.progress.ReportState;
import vn.dtiplan.domain.progress.ReportStatus;
import vn.dtiplan.domain.progress.ReportingPeriod;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.Visibility;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;

/**
 * Periodic reports up the unit tree.
 *
 * <p>Only the unit itself drafts, edits and submits its report (a unit above sees it but is
 * refused); only the parent unit approves or returns it. A report outside the caller's subtree
 * is not found. Drafting ({@link ReportDrafting}) reads the unit's live tasks and its children's
 * roll-ups. Drafting a period again answers the existing report, and the unique key (unit,
 * frequency, period) keeps two concurrent drafts to one. Every step is audited as record type
 * {@code REPORT} with its actor, time and address.
 */
@Stateless
public class ReportService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String EDITORS = "report.notOwner";
    private static final Set<Role> ACTORS =
            Set.of(Role.PROVINCE_OVERSEER, Role.CITY_PLANNER, Role.WARD_OFFICER, Role.SYSTEM_ADMIN);

    @Inject
    private Tenancy tenancy;

    @Inject
    private ReportRepository reports;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private PlanRepository plans;

    @Inject
    private ReportDrafting drafting;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.system(VIETNAM);

    /** The unit's reports and rate, and its children's reports for the period due on {@code periodEnd} (null: the current one). */
    public UnitReports unitReports(String unitCode, ReportingPeriod.Frequency frequency, LocalDate periodEnd) {
        Who who = who();
        AdministrativeUnit unit = coveredUnit(who.scope(), unitCode);
        LocalDate today = today();
        ReportingPeriod period = ReportingPeriod.containing(frequency, periodEnd == null ? today : periodEnd,
                ReportingPeriod.DEFAULT_CUT_OFF);
        List<PeriodicReport> own = reports.ofUnit(who.scope(), unit.getPath());
        Map<String, List<PeriodicReport>> byChild = reports.ofChildren(who.scope(), unit.getPath()).stream()
                .collect(Collectors.groupingBy(PeriodicReport::getUnitPath));
        List<UnitReports.ChildReport> children = plans.findChildUnits(who.scope(), unit).stream().map(child -> {
            List<PeriodicReport> theirs = byChild.getOrDefault(child.getPath(), List.of());
            ReportView current = theirs.stream().filter(r -> r.period().equals(period)).findFirst()
                    .map(r -> view(who, r, child)).orElse(null);
            return new UnitReports.ChildReport(child.getCode(), child.getName(), current, OnTimeRate.of(theirs, today));
        }).toList();
        return new UnitReports(unit.getCode(), unit.getName(), who.mayEdit(unit.getPath()), OnTimeRate.of(own, today),
                own.stream().map(r -> view(who, r, unit)).toList(), period, ReportDraft.label(period), children);
    }

    /**
     * The unit's standing on its monthly reports (see {@link ReportingStanding}); empty for a unit that
     * reports to nobody (the province).
     */
    public Optional<ReportingStanding> standing(String unitCode) {
        TenantScope scope = tenancy.current();
        AdministrativeUnit unit = coveredUnit(scope, unitCode);
        if (unit.getParent() == null) {
            return Optional.empty();
        }
        LocalDate today = today();
        List<ReportState> own = reports.ofUnit(scope, unit.getPath()).stream().map(PeriodicReport::state).toList();
        ReportingPeriod.Frequency monthly = ReportingPeriod.Frequency.MONTHLY;
        List<ReportingStanding.PeriodStanding> periods = Stream.of(
                        ReportingPeriod.latestDue(monthly, today, ReportingPeriod.DEFAULT_CUT_OFF),
                        ReportingPeriod.containing(monthly, today, ReportingPeriod.DEFAULT_CUT_OFF)).distinct()
                .map(period -> new ReportingStanding.PeriodStanding(period, ReportDraft.label(period), ReportStanding.of(period,
                        own.stream().filter(r -> r.period().equals(period)).findFirst().orElse(null), today)))
                .toList();
        return Optional.of(new ReportingStanding(unit.getCode(), OnTimeRate.ofStates(own, today), periods));
    }

    public ReportView report(long id) {
        Who who = who();
        return view(who, load(who.scope(), id));
    }

    /**
     * Drafts the unit's report for the period containing {@code day} (today when null) from its
     * task progress; answers the existing report when the period already has one.
     */
    @RolesAllowed({"PROVINCE_OVERSEER", "CITY_PLANNER", "WARD_OFFICER", "SYSTEM_ADMIN"})
    public Drafted draft(String unitCode, ReportingPeriod.Frequency frequency, LocalDate day) {
        Who who = who();
        AdministrativeUnit unit = coveredUnit(who.scope(), unitCode);
        requireEditor(who, unit.getPath());
        ReportingPeriod period = ReportingPeriod.containing(frequency, day == null ? today() : day,
                ReportingPeriod.DEFAULT_CUT_OFF);
        Optional<PeriodicReport> existing = reports.find(who.scope(), unit.getId(), period);
        if (existing.isPresent()) {
            return new Drafted(view(who, existing.get(), unit), false);
        }
        PeriodicReport report = reports.add(who.scope(), PeriodicReport.drafted(unit.getId(), unit.getPath(), period,
                drafting.compose(unit, period), caller(), clock.instant()));
        audit.record(unit.getPath(), "REPORT", report.getId(), "DRAFT", Change.between(Map.of(), fields(report)));
        return new Drafted(view(who, report, unit), true);
    }

    /** A report and whether this call drafted it. */
    public record Drafted(ReportView report, boolean created) {
    }

    @RolesAllowed({"PROVINCE_OVERSEER", "CITY_PLANNER", "WARD_OFFICER", "SYSTEM_ADMIN"})
    public ReportView edit(long id, String body, Long expectedVersion) {
        return change(id, expectedVersion, "EDIT", (report, unit) -> report.edit(body, caller(), clock.instant()));
    }

    /** Drafts the text again from today's progress (the unit's edits are replaced). */
    @RolesAllowed({"PROVINCE_OVERSEER", "CITY_PLANNER", "WARD_OFFICER", "SYSTEM_ADMIN"})
    public ReportView redraft(long id) {
        return change(id, null, "REDRAFT", (report, unit) ->
                report.redraft(drafting.compose(unit, report.period()), caller(), clock.instant()));
    }

    @RolesAllowed({"PROVINCE_OVERSEER", "CITY_PLANNER", "WARD_OFFICER", "SYSTEM_ADMIN"})
    public ReportView submit(long id) {
        return change(id, null, "SUBMIT", (report, unit) ->
                report.submit(caller(), clock.instant(), childrenNotIn(tenancy.current(), unit, report.period())));
    }

    @RolesAllowed({"PROVINCE_OVERSEER", "CITY_PLANNER", "WARD_OFFICER", "SYSTEM_ADMIN"})
    public ReportView approve(long id) {
        return decide(id, "APPROVE", (report, unit) ->
                report.approve(caller(), clock.instant(), childrenNotIn(tenancy.current(), unit, report.period())));
    }

    @RolesAllowed({"PROVINCE_OVERSEER", "CITY_PLANNER", "WARD_OFFICER", "SYSTEM_ADMIN"})
    public ReportView returnReport(long id, String comment) {
        return decide(id, "RETURN", (report, unit) -> report.returnToUnit(caller(), clock.instant(), comment));
    }

    private interface Step {
        void apply(PeriodicReport report, AdministrativeUnit unit);
    }

    private ReportView change(long id, Long expectedVersion, String action, Step step) {
        Who who = who();
        PeriodicReport report = load(who.scope(), id);
        requireEditor(who, report.getUnitPath());
        if (expectedVersion != null && expectedVersion != report.getVersion()) {
            throw new StateConflictException("conflict.concurrent");
        }
        return applied(who, report, action, step);
    }

    private ReportView decide(long id, String action, Step step) {
        Who who = who();
        PeriodicReport report = load(who.scope(), id);
        if (!who.mayDecide(report.getUnitPath())) {
            throw new AccessRefusedException("report.notParent");
        }
        return applied(who, report, action, step);
    }

    private ReportView applied(Who who, PeriodicReport report, String action, Step step) {
        AdministrativeUnit unit = unitOf(who.scope(), report);
        Map<String, Object> before = fields(report);
        step.apply(report, unit);
        audit.record(report.getUnitPath(), "REPORT", report.getId(), action, Change.between(before, fields(report)));
        return view(who, report, unit);
    }

    /** Names of the unit's child units whose report for the period is neither submitted nor approved. */
    private List<String> childrenNotIn(TenantScope scope, AdministrativeUnit unit, ReportingPeriod period) {
        Map<String, PeriodicReport> theirs = reports.ofChildren(scope, unit.getPath()).stream()
                .filter(r -> r.period().equals(period))
                .collect(Collectors.toMap(PeriodicReport::getUnitPath, Function.identity(), (a, b) -> a));
        return plans.findChildUnits(scope, unit).stream()
                .filter(child -> Optional.ofNullable(theirs.get(child.getPath()))
                        .map(r -> !r.getStatus().isIn()).orElse(true))
                .sorted(Comparator.comparing(AdministrativeUnit::getCode))
                .map(AdministrativeUnit::getName).toList();
    }

    private PeriodicReport load(TenantScope scope, long id) {
        return reports.find(scope, id).orElseThrow(RecordNotFoundException::new);
    }

    private AdministrativeUnit unitOf(TenantScope scope, PeriodicReport report) {
        return units.findById(scope, report.getUnitId()).orElseThrow(RecordNotFoundException::new);
    }

    private AdministrativeUnit coveredUnit(TenantScope scope, String unitCode) {
        return units.findByCode(scope, unitCode).filter(u -> scope.covers(u.getPath()))
                .orElseThrow(RecordNotFoundException::new);
    }

    private static void requireEditor(Who who, String unitPath) {
        if (!who.mayEdit(unitPath)) {
            throw new AccessRefusedException(EDITORS);
        }
    }

    /**
     * The caller's scope and whether they may act on reports at all (department staff read only).
     */
    private record Who(TenantScope scope, boolean actor) {

        boolean mayEdit(String unitPath) {
            return actor && Visibility.owns(scope, unitPath);
        }

        /** The parent unit decides. */
        boolean mayDecide(String unitPath) {
            return actor && Visibility.decides(scope, unitPath);
        }
    }

    private Who who() {
        TenantScope scope = tenancy.current();
        boolean actor = tenancy.callerAccount().map(a -> a.getRoles().stream().anyMatch(ACTORS::contains))
                .orElse(scope.isAll());
        return new Who(scope, actor);
    }

    private ReportView view(Who who, PeriodicReport report) {
        return view(who, report, unitOf(who.scope(), report));
    }

    private ReportView view(Who who, PeriodicReport r, AdministrativeUnit unit) {
        ReportingPeriod period = r.period();
        return new ReportView(r.getId(), unit.getCode(), unit.getName(), period.frequency(), period.start(), period.end(),
                ReportDraft.label(period), r.getStatus(), r.getBody(), r.figures(), r.getDraftedBy(), r.getDraftedAt(),
                r.getEditedBy(), r.getEditedAt(), r.getSubmittedBy(), r.getSubmittedAt(),
                r.wasSubmitted() ? r.onTime() : null, r.getDecidedBy(), r.getDecidedAt(), r.getReturnComment(),
                r.getVersion(), r.getStatus().editable() && who.mayEdit(r.getUnitPath()),
                r.getStatus() == ReportStatus.SUBMITTED && who.mayDecide(r.getUnitPath()));
    }

    private String caller() {
        return tenancy.callerAccount().map(UserAccount::getUsername).orElse("system");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Map<String, Object> fields(PeriodicReport r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", r.getStatus());
        fields.put("period", r.period().end());
        fields.put("bodyLength", r.getBody() == null ? 0 : r.getBody().length());
        fields.put("returnComment", Objects.toString(r.getReturnComment(), null));
        return fields;
    }
}
