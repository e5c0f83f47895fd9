package vn.dtiplan.application.report;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.application.AuditTrail;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.AccessRefusedException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.listing.Listings;
import vn.dtiplan.domain.listing.Page;
import vn.dtiplan.domain.listing.PageRequest;
import vn.dtiplan.domain.listing.ReportQuery;
import vn.dtiplan.domain.VersionRequiredException;
import vn.dtiplan.domain.Versioned;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.account.Roles;
import vn.dtiplan.domain.account.RoleGroup;
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
 *
 * <p>Changes need a role of {@link vn.dtiplan.domain.account.RoleGroup#ACTORS} (the class annotation); reads
 * are open to every signed-in role ({@code @PermitAll}) and the tenant scope decides what they show.
 */
@RolesAllowed({Roles.PROVINCE_OVERSEER, Roles.CITY_PLANNER, Roles.WARD_OFFICER, Roles.SYSTEM_ADMIN})
@Stateless
public class ReportService {

    private static final String EDITORS = "report.notOwner";

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

    @Inject
    private VietnamTime time;

    @Inject
    private Listings listings;

    /** The unit's reports and rate, and its children's reports for the period due on {@code periodEnd} (null: the current one). */
    @PermitAll
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
        List<UnitReports.MissingReport> missing = OnTimeRate.missing(own.stream().map(PeriodicReport::state).toList(), today)
                .stream().map(p -> new UnitReports.MissingReport(p.frequency(), p.due(), ReportDraft.label(p))).toList();
        return new UnitReports(unit.getCode(), unit.getName(), who.mayEdit(unit.getPath()), OnTimeRate.of(own, today),
                own.stream().map(r -> view(who, r, unit)).toList(), period, ReportDraft.label(period), children, missing);
    }

    /**
     * A page of the reports of the unit and every unit below it that match the filters, latest period
     * first, read by the query; 404 for a unit outside the caller's subtree.
     */
    @PermitAll
    public Page<ReportView> reportsBelow(String unitCode, ReportQuery query, PageRequest page) {
        Who who = who();
        AdministrativeUnit unit = coveredUnit(who.scope(), unitCode);
        return listings.reports(who.scope(), unit.getPath(), query, page).map(row -> view(who, row.report(), row.unit()));
    }

    /**
     * The unit's standing on its monthly reports (see {@link ReportingStanding}); empty for a unit that
     * reports to nobody (the province).
     */
    @PermitAll
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

    @PermitAll
    public ReportView report(long id) {
        Who who = who();
        return view(who, load(who.scope(), id));
    }

    /**
     * Drafts the unit's report for the period containing {@code day} (today when null) from its
     * task progress; answers the existing report when the period already has one.
     */
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
                drafting.compose(unit, period), caller(), time.now()));
        audit.record(unit.getPath(), RecordType.REPORT, report.getId(), "DRAFT", Change.between(Map.of(), fields(report)));
        return new Drafted(view(who, report, unit), true);
    }

    /** A report and whether this call drafted it. */
    public record Drafted(ReportView report, boolean created) {
    }

    /** Saves the text; {@code expectedVersion} is the version the text was written on, and required. */
    public ReportView edit(long id, String body, Long expectedVersion) {
        return change(id, Expected.required(expectedVersion), "EDIT",
                (report, unit) -> report.edit(body, caller(), time.now()));
    }

    /** Drafts the text again from today's progress (the unit's edits are replaced). */
    public ReportView redraft(long id) {
        return change(id, Expected.ANY, "REDRAFT", (report, unit) ->
                report.redraft(drafting.compose(unit, report.period()), caller(), time.now()));
    }

    /** {@link #redraft(long)} of the version the caller has seen (required). */
    public ReportView redraft(long id, Long expectedVersion) {
        return change(id, Expected.required(expectedVersion), "REDRAFT", (report, unit) ->
                report.redraft(drafting.compose(unit, report.period()), caller(), time.now()));
    }

    public ReportView submit(long id) {
        return change(id, Expected.ANY, "SUBMIT", (report, unit) ->
                report.submit(caller(), time.now(), childrenNotIn(tenancy.current(), unit, report.period())));
    }

    public ReportView approve(long id) {
        return decide(id, "APPROVE", (report, unit) ->
                report.approve(caller(), time.now(), childrenNotIn(tenancy.current(), unit, report.period())));
    }

    public ReportView returnReport(long id, String comment) {
        return decide(id, "RETURN", (report, unit) -> report.returnToUnit(caller(), time.now(), comment));
    }

    private interface Step {
        void apply(PeriodicReport report, AdministrativeUnit unit);
    }

    /**
     * The version an edit was made on: checked after the caller's scope and role (an outsider
     * learns nothing from it); a required one that is missing is refused (428), a stale one too (412).
     */
    private record Expected(Long version, boolean required) {

        static final Expected ANY = new Expected(null, false);

        static Expected required(Long version) {
            return new Expected(version, true);
        }

        void check(long current) {
            if (version == null && required) {
                throw new VersionRequiredException();
            }
            Versioned.require(version, current);
        }
    }

    private ReportView change(long id, Expected expected, String action, Step step) {
        Who who = who();
        PeriodicReport report = load(who.scope(), id);
        requireEditor(who, report.getUnitPath());
        expected.check(report.getVersion());
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
        audit.record(report.getUnitPath(), RecordType.REPORT, report.getId(), action, Change.between(before, fields(report)));
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
        boolean actor = tenancy.callerAccount().map(a -> RoleGroup.ACTORS.admits(a.getRoles()))
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
        return time.today();
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
