package vn.dtiplan.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.domain.AccessRefusedException;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.Versioned;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.account.RoleGroup;
import vn.dtiplan.domain.account.UserAccount;
import vn.dtiplan.domain.audit.Change;
import vn.dtiplan.domain.framework.Criterion;
import vn.dtiplan.domain.framework.GradeBand;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.IndexFrameworkRepository;
import vn.dtiplan.domain.framework.Pillar;
import vn.dtiplan.domain.framework.Points;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.UnitPath;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;
import vn.dtiplan.domain.unit.UnitLevel;
import vn.dtiplan.domain.workbook.FrameworkSheet;
import vn.dtiplan.domain.workbook.Grid;
import vn.dtiplan.domain.workbook.ImportProblems;
import vn.dtiplan.domain.workbook.ImportTemplate;
import vn.dtiplan.domain.workbook.ScoresSheet;
import vn.dtiplan.domain.workbook.WorkbookFiles;

/**
 * Creates, revises, copies and reads index frameworks. Province overseers, city planners (and the
 * system administrator) issue frameworks for a unit in their scope above the level the framework
 * scores (a province its DTI, a city its wards' PAR index); every unit below the
 * issuer reads them. A framework comes as JSON or as the Excel template's framework sheet (all or
 * nothing, every problem named with its cell); the template is blank or filled with a framework
 * and the units the caller may score on it. A draft is revised as a whole under the rules of a
 * new framework (the issuer stays); a frozen one is a conflict. Each stored change is in the
 * audit trail (record type {@code FRAMEWORK}, owned by the issuer).
 */
@Stateless
public class FrameworkService {

    /** The audit trail's record type of a framework (record id: the framework's id). */

    @Inject
    private Tenancy tenancy;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private IndexFrameworkRepository frameworks;

    @Inject
    private WorkbookFiles workbooks;

    @Inject
    private AuditTrail audit;

    @Inject
    private VietnamTime time;

    /** Creates a draft framework with its pillars and criteria, all or nothing; returns its id. */
    public long create(NewFramework request) {
        TenantScope scope = tenancy.current();
        requireIssuerRole();
        AdministrativeUnit issuer = units.findByCode(scope, request.issuerCode())
                .orElseThrow(() -> new RecordNotFoundException("record.notFound"));
        if (!issuer.getLevel().hasChildGovernments() || !scope.covers(issuer.getPath())) {
            throw new AccessRefusedException("framework.issuer.forbidden");
        }
        return added(build(issuer, request)).getId();
    }

    /**
     * Replaces a draft's year, level, name, pillars and criteria with the request's, all or nothing;
     * the request's issuer, when given, must be the framework's. Not visible: 404; not an issuer of
     * it: 403; frozen: 409.
     */
    public FrameworkView update(long id, NewFramework request) {
        return update(id, request, null);
    }

    /**
     * {@link #update} of the framework's version the form or {@code If-Match} names: a framework
     * changed since is refused ({@link vn.dtiplan.domain.StaleVersionException}, nothing stored);
     * null checks nothing.
     */
    public FrameworkView update(long id, NewFramework request, Long expectedVersion) {
        IndexFramework framework = issued(id);
        Versioned.require(expectedVersion, framework.getVersion());
        if (request.issuerCode() != null && !request.issuerCode().strip().equals(framework.getIssuer().getCode())) {
            throw new DomainRuleException("framework.issuer.fixed", framework.getIssuer().getName());
        }
        Map<String, Object> before = auditFields(framework);
        framework.revise(request.year(), request.level(), request.name(), draft -> fill(draft, request));
        frameworks.update(tenancy.current(), framework);
        audit.record(framework.getIssuerPath(), RecordType.FRAMEWORK, id, "UPDATE", Change.between(before, auditFields(framework)));
        return view(framework);
    }

    /** A new draft for {@code year} with the content of a framework the caller issues (any status). */
    public FrameworkView copy(long id, int year) {
        return view(added(issued(id).copyFor(year)));
    }

    /** A framework the caller sees (else 404) and issues (else 403). */
    private IndexFramework issued(long id) {
        TenantScope scope = tenancy.current();
        IndexFramework framework = frameworks.findById(scope, id)
                .orElseThrow(() -> new RecordNotFoundException("record.notFound"));
        requireIssuerRole();
        if (!scope.covers(framework.getIssuerPath())) {
            throw new AccessRefusedException("framework.issuer.forbidden");
        }
        return framework;
    }

    private IndexFramework added(IndexFramework framework) {
        IndexFramework stored = frameworks.add(tenancy.current(), framework);
        audit.record(stored.getIssuerPath(), RecordType.FRAMEWORK, stored.getId(), "CREATE",
                Change.between(Map.of(), auditFields(stored)));
        return stored;
    }

    /** Creates a draft framework from the template's framework sheet; nothing is stored on any problem. */
    public FrameworkView importFramework(byte[] xlsx) {
        TenantScope scope = tenancy.current();
        requireIssuerRole();
        Grid grid = Grid.pick(workbooks.read(xlsx), FrameworkSheet.NAME);
        ImportProblems problems = new ImportProblems();
        FrameworkSheet.Header header = FrameworkSheet.header(grid, problems);
        AdministrativeUnit issuer = issuer(scope, header, grid.name(), problems);
        Optional<IndexFramework> framework = FrameworkSheet.read(grid, header, issuer, problems);
        problems.throwIfAny();
        return view(added(framework.orElseThrow()));
    }

    /** The blank Excel template (instructions, framework sheet, scores sheet) with an example to overwrite. */
    public byte[] template() {
        return workbooks.write(ImportTemplate.blank(time.year()));
    }

    /** The template of a framework the caller sees, listing the units in scope it scores. */
    public Optional<byte[]> template(long id) {
        TenantScope scope = tenancy.current();
        return frameworks.findById(scope, id).map(f -> workbooks.write(ImportTemplate.of(f, units.findVisible(scope)
                .stream().filter(u -> u.getLevel() == f.getLevel() && UnitPath.of(f.getIssuerPath()).isAbove(u.getPath()))
                .sorted(Comparator.comparing(AdministrativeUnit::getPath))
                .map(u -> new ScoresSheet.Unit(u.getCode(), u.getName())).toList())));
    }

    /** The issuer named in the sheet, or the caller's own unit when blank; a problem when not a province in scope. */
    private AdministrativeUnit issuer(TenantScope scope, FrameworkSheet.Header header, String sheet,
                                      ImportProblems problems) {
        Optional<AdministrativeUnit> issuer = header.issuerCode().isEmpty()
                ? tenancy.callerAccount().map(UserAccount::getUnit).filter(u -> u != null && scope.covers(u.getPath()))
                : units.findByCode(scope, header.issuerCode());
        if (issuer.isEmpty()) {
            problems.add(sheet, header.issuerRow(), "B", "import.framework.issuer.unknown", header.issuerCode());
            return null;
        }
        if (!issuer.get().getLevel().hasChildGovernments() || !scope.covers(issuer.get().getPath())) {
            problems.add(sheet, header.issuerRow(), "B", "framework.issuer.forbidden");
            return null;
        }
        return issuer.get();
    }

    /** Builds the framework in memory (no storage): shared by the API and the Excel import. */
    public static IndexFramework build(AdministrativeUnit issuer, NewFramework request) {
        IndexFramework framework = new IndexFramework(issuer, request.year(), request.level(), request.name());
        fill(framework, request);
        framework.requireContent();
        return framework;
    }

    private static void fill(IndexFramework framework, NewFramework request) {
        framework.classify(request.kind(), nonNull(request.bands()).stream()
                .map(b -> new GradeBand(b.min(), b.label())).toList());
        for (NewFramework.Pillar p : nonNull(request.pillars())) {
            Pillar pillar = framework.addPillar(p.name(), p.max());
            for (NewFramework.Criterion c : nonNull(p.criteria())) {
                framework.addCriterion(pillar, c.code(), c.title(), c.max(), c.scoringMethod(), c.evidence());
            }
        }
    }

    /** The audit trail's fields: year, level, name, each pillar's maximum and each criterion's title and maximum. */
    private static Map<String, Object> auditFields(IndexFramework f) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("year", f.getYear());
        fields.put("level", f.getLevel());
        fields.put("name", f.getName());
        if (!f.isDefaultKind() || !f.getBands().isEmpty()) {
            fields.put("kind", f.getKind());
            fields.put("bands", f.getBands().stream().map(b -> Points.text(b.getMin()) + " " + b.getLabel()).toList());
        }
        for (Pillar p : f.getPillars()) {
            fields.put(FrameworkSheet.roman(p.getPosition()) + ". " + p.getName(), Points.text(p.getMax()));
            p.getCriteria().forEach(c -> fields.put(c.getCode(), c.getTitle() + " (" + Points.text(c.getMax()) + ")"));
        }
        return fields;
    }

    public List<FrameworkView> visible(Integer year, UnitLevel level) {
        return frameworks.findVisible(tenancy.current(), year, level).stream().map(FrameworkService::view).toList();
    }

    public Optional<FrameworkView> framework(long id) {
        return frameworks.findById(tenancy.current(), id).map(FrameworkService::view);
    }

    /** Whether the caller may issue frameworks (the framework editor's buttons). */
    public boolean mayIssue() {
        return tenancy.callerAccount().map(FrameworkService::issues).orElse(false);
    }

    /** Whether the caller may revise (while a draft) and copy this framework: the framework editor's buttons. */
    public boolean mayChange(long id) {
        TenantScope scope = tenancy.current();
        return mayIssue() && frameworks.findById(scope, id).filter(f -> scope.covers(f.getIssuerPath())).isPresent();
    }

    private void requireIssuerRole() {
        if (!mayIssue()) {
            throw new AccessRefusedException("framework.issuer.forbidden");
        }
    }

    private static boolean issues(UserAccount account) {
        return RoleGroup.FRAMEWORK_ISSUERS.admits(account.getRoles());
    }

    static FrameworkView view(IndexFramework f) {
        return new FrameworkView(f.getId(), f.getIssuer().getCode(), f.getIssuer().getName(), f.getYear(), f.getLevel(),
                f.getName(), f.getStatus().name(), f.max(),
                f.getPillars().stream().map(p -> new FrameworkView.Pillar(p.getPosition(), p.getName(),
                        Points.plain(p.getMax()), p.getCriteria().stream().map(c -> view(p, c)).toList())).toList(),
                f.getKind(), f.getBands().stream()
                        .map(b -> new FrameworkView.Band(Points.plain(b.getMin()), b.getLabel())).toList(),
                f.getVersion());
    }

    private static FrameworkView.Criterion view(Pillar p, Criterion c) {
        return new FrameworkView.Criterion(c.getCode(), p.parentOf(c.getCode()).map(Criterion::getCode).orElse(null),
                c.getTitle(), Points.plain(c.getMax()), c.getScoringMethod(), c.getEvidence());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
