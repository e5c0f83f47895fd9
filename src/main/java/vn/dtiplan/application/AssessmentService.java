package vn.dtiplan.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.domain.AccessRefusedException;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.Versioned;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.account.RoleGroup;
import vn.dtiplan.domain.account.UserAccount;
import vn.dtiplan.domain.assessment.Adjustment;
import vn.dtiplan.domain.assessment.Assessment;
import vn.dtiplan.domain.assessment.AssessmentRepository;
import vn.dtiplan.domain.assessment.AssessmentStatus;
import vn.dtiplan.domain.assessment.PublishedRank;
import vn.dtiplan.domain.assessment.ScoreSide;
import vn.dtiplan.domain.audit.Change;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.IndexFrameworkRepository;
import vn.dtiplan.domain.framework.Points;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.UnitPath;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;
import vn.dtiplan.domain.unit.UnitLevel;
import vn.dtiplan.domain.workbook.Grid;
import vn.dtiplan.domain.workbook.ImportProblem;
import vn.dtiplan.domain.workbook.ImportProblems;
import vn.dtiplan.domain.workbook.ScoresSheet;
import vn.dtiplan.domain.workbook.WorkbookFiles;

/**
 * Scores, scorecards, rankings and gaps of units.
 *
 * <p>Only appraised and published assessments are ranked ({@code AssessmentStatus.counts}); an
 * appraiser's scores on a draft appraise it, so a unit the province scores directly is ranked.
 *
 * <p>Who may do what: a unit outside the caller's scope does not exist (404). The unit's own
 * officers score it themselves (self-assessment, while a draft) and submit; officers of a unit
 * above it appraise, adjust, record the published total and rank, and publish. Department staff
 * only read. A computed rank among siblings is given only to callers who see the parent's whole
 * subtree (a ward does not see its siblings); the published rank is always shown.
 *
 * <p>A unit has one assessment per framework, so several per year (DTI, PAR...). Every read and
 * step takes an optional framework id; without one it is the default index (kind DTI). Published
 * ranks at several scopes name the scope by an ancestor's code: any other code is refused.
 */
@Stateless
public class AssessmentService {

    @Inject
    private AuditTrail audit;

    @Inject
    private Tenancy tenancy;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private IndexFrameworkRepository frameworks;

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private WorkbookFiles workbooks;

    @Inject
    private VietnamTime time;

    @Inject
    private Scorecards scorecards;

    /** The unit's scorecard for the year on the default index, if the unit is in scope and assessed. */
    public Optional<AssessmentView> assessment(String unitCode, int year) {
        return assessment(unitCode, year, null);
    }

    /** The unit's scorecard for the year on the framework (null: the default index). */
    public Optional<AssessmentView> assessment(String unitCode, int year, Long frameworkId) {
        TenantScope scope = tenancy.current();
        return units.findByCode(scope, unitCode)
                .flatMap(unit -> find(scope, unit, year, frameworkId).map(a -> scorecards.view(scope, a)));
    }

    /** The unit's scorecards for the year, one per framework it was scored on, the default index first; empty when out of scope. */
    public Optional<List<AssessmentView>> assessments(String unitCode, int year) {
        TenantScope scope = tenancy.current();
        return units.findByCode(scope, unitCode).map(unit -> assessments.findAll(scope, unit, year).stream()
                .map(a -> scorecards.view(scope, a)).toList());
    }

    /** The frameworks the unit was scored on in the year (the scorecard's kind selector). */
    public List<FrameworkChoice> scoredOn(String unitCode, int year) {
        TenantScope scope = tenancy.current();
        return units.findByCode(scope, unitCode)
                .map(unit -> Scorecards.choices(assessments.findAll(scope, unit, year))).orElse(List.of());
    }

    private Optional<Assessment> find(TenantScope scope, AdministrativeUnit unit, int year, Long frameworkId) {
        return frameworkId == null ? assessments.find(scope, unit, year)
                : assessments.findOn(scope, unit, frameworkId).filter(a -> a.getYear() == year);
    }

    /** The years the unit is assessed in (that the caller may see), newest first. */
    public List<Integer> years(String unitCode) {
        TenantScope scope = tenancy.current();
        return units.findByCode(scope, unitCode).map(u -> assessments.findYears(scope, u)).orElse(List.of());
    }

    /**
     * The gaps of the unit's assessment for the year (pillars and criteria below their maximum,
     * most points lost first): what a remediation plan is drafted from. Empty when the unit is
     * out of scope or not assessed that year. Stable contract for plan drafting.
     */
    public Optional<AssessmentGaps> gaps(String unitCode, int year) {
        return gaps(unitCode, year, null);
    }

    /** The gaps of the unit's assessment on the framework (null: the default index). */
    public Optional<AssessmentGaps> gaps(String unitCode, int year, Long frameworkId) {
        return assessment(unitCode, year, frameworkId).map(v -> new AssessmentGaps(v.unitCode(), v.year(), v.frameworkName(),
                v.gaps(), v.criterionGaps()));
    }

    /** Puts scores for the unit and year (creating the assessment); all or nothing. */
    public void put(String unitCode, int year, ScoreEntry entry) {
        put(unitCode, year, entry, null);
    }

    /**
     * {@link #put} on the assessment's version the form was opened on: an assessment changed
     * since is refused ({@link vn.dtiplan.domain.StaleVersionException}, nothing stored); null
     * checks nothing (also a form opened before any score was stored).
     */
    public void put(String unitCode, int year, ScoreEntry entry, Long expectedVersion) {
        TenantScope scope = tenancy.current();
        AdministrativeUnit unit = unitInScope(scope, unitCode);
        ScoreSide side = sideOf(unit);
        if (side == ScoreSide.SELF && (entry.rank() != null || entry.rankOf() != null
                || entry.publishedTotal() != null || entry.adjustments() != null || entry.ranks() != null)) {
            throw new AccessRefusedException("assessment.forbidden");
        }
        IndexFramework framework = framework(scope, year, entry.frameworkId());
        List<PublishedRank> ranks = entry.ranks() == null ? null : publishedRanks(unit, entry.ranks());
        assessments.findOn(scope, unit, framework.getId())
                .ifPresent(a -> Versioned.require(expectedVersion, a.getVersion()));
        recordAudited(scope, unit, framework, side, orEmpty(entry.pillars()), orEmpty(entry.criteria()), assessment -> {
            if (entry.rank() != null || entry.rankOf() != null) {
                assessment.recordPublishedRank(entry.rank(), entry.rankOf());
            }
            if (ranks != null) {
                assessment.recordPublishedRanks(ranks);
                atParent(unit, ranks).filter(r -> entry.rank() == null)
                        .ifPresent(r -> assessment.recordPublishedRank(r.getRank(), r.getOf()));
            }
            if (entry.publishedTotal() != null) {
                assessment.recordPublishedTotal(entry.publishedTotal());
            }
            if (entry.adjustments() != null) {
                assessment.replaceAdjustments(entry.adjustments().stream()
                        .map(l -> new Adjustment(l.points(), l.reason())).toList());
            }
        });
    }

    /** The published ranks, each at an ancestor of the unit (named by its code); else refused. */
    private static List<PublishedRank> publishedRanks(AdministrativeUnit unit, List<ScoreEntry.RankLine> lines) {
        List<PublishedRank> ranks = lines.stream().map(l -> new PublishedRank(l.scope(), l.rank(), l.of())).toList();
        Set<String> ancestors = new java.util.HashSet<>();
        for (AdministrativeUnit a = unit.getParent(); a != null; a = a.getParent()) {
            ancestors.add(a.getCode());
        }
        ranks.stream().filter(r -> !ancestors.contains(r.getScope())).findFirst().ifPresent(r -> {
            throw new DomainRuleException("assessment.rank.scope", r.getScope(), unit.getName());
        });
        return ranks;
    }

    /** The rank published among the unit's siblings (its parent's scope): the single rank of earlier contracts. */
    private static Optional<PublishedRank> atParent(AdministrativeUnit unit, List<PublishedRank> ranks) {
        return unit.getParent() == null ? Optional.empty()
                : ranks.stream().filter(r -> r.getScope().equals(unit.getParent().getCode())).findFirst();
    }

    /**
     * Puts the scores of many units for the year from the template's scores sheet, each on the
     * caller's side (appraised for units below the caller, self-assessed for its own unit), on
     * the given framework or else the one framework of the year for the units' level. All or
     * nothing: any problem (unknown or out-of-scope unit, wrong value, workflow state) refuses
     * the whole file, and every problem is named with its cell.
     */
    public ScoreImport importScores(int year, Long frameworkId, byte[] xlsx) {
        TenantScope scope = tenancy.current();
        requireScorer();
        Grid grid = Grid.pick(workbooks.read(xlsx), ScoresSheet.NAME);
        ImportProblems problems = new ImportProblems();
        ScoresSheet.Parsed parsed = ScoresSheet.rows(grid, problems);
        Map<String, AdministrativeUnit> found = new HashMap<>();
        for (ScoresSheet.Row row : parsed.rows()) {
            if (!row.unitCode().isEmpty()) {
                units.findByCode(scope, row.unitCode()).ifPresentOrElse(u -> found.put(row.unitCode(), u),
                        () -> problems.add(grid.name(), row.number(), "A", "import.scores.unit.unknown", row.unitCode()));
            }
        }
        IndexFramework framework = scoredFramework(scope, year, frameworkId, found.values(), grid.name(), problems);
        List<ScoresSheet.UnitScores> rows = ScoresSheet.scores(parsed, framework, problems);
        Set<Integer> refused = problems.list().stream().map(ImportProblem::row).collect(Collectors.toSet());
        for (ScoresSheet.UnitScores row : rows) {
            AdministrativeUnit unit = found.get(row.unitCode());
            if (unit != null && !refused.contains(row.row())) {
                try {
                    recordAudited(scope, unit, framework, sideOf(unit), row.pillars(), row.criteria(), a -> { });
                } catch (DomainRuleException e) {
                    problems.add(grid.name(), row.row(), null, e);
                }
            }
        }
        problems.throwIfAny();
        return new ScoreImport(year, framework.getId(), framework.getName(),
                rows.stream().map(ScoresSheet.UnitScores::unitCode).toList());
    }

    private IndexFramework framework(TenantScope scope, int year, long frameworkId) {
        IndexFramework framework = frameworks.findById(scope, frameworkId)
                .orElseThrow(() -> new DomainRuleException("assessment.framework.unknown"));
        if (framework.getYear() != year) {
            throw new DomainRuleException("assessment.framework.year");
        }
        return framework;
    }

    /** The framework of an import: the chosen one, else the only one of the year at the units' level (DTI first). */
    private IndexFramework scoredFramework(TenantScope scope, int year, Long frameworkId,
                                           Collection<AdministrativeUnit> found, String sheet, ImportProblems problems) {
        if (frameworkId != null) {
            return framework(scope, year, frameworkId);
        }
        Set<UnitLevel> levels = found.stream().map(AdministrativeUnit::getLevel).collect(Collectors.toSet());
        if (levels.size() > 1) {
            problems.add(sheet, 0, null, "import.scores.levels");
        }
        if (levels.size() != 1) {
            problems.throwIfAny();
        }
        List<IndexFramework> candidates = preferred(frameworks.findVisible(scope, year, levels.iterator().next()));
        if (candidates.size() != 1) {
            problems.add(sheet, 0, null, candidates.isEmpty() ? "import.scores.framework.none"
                    : "import.scores.framework.many", String.valueOf(year));
            problems.throwIfAny();
        }
        return candidates.get(0);
    }

    /** Records one side's scores of the unit on the framework, creating the assessment (which freezes the framework). */
    private Assessment record(TenantScope scope, AdministrativeUnit unit, IndexFramework framework, ScoreSide side,
                              Map<String, BigDecimal> pillars, Map<String, BigDecimal> criteria) {
        Optional<Assessment> existing = assessments.findOn(scope, unit, framework.getId());
        Assessment assessment = existing.orElseGet(() -> new Assessment(unit, framework));
        assessment.record(side, pillars, criteria);
        return existing.isPresent() ? assessment : assessments.add(scope, assessment);
    }

    /** Records the scores, then {@code more} (published figures), and audits the assessment's fields before and after. */
    private void recordAudited(TenantScope scope, AdministrativeUnit unit, IndexFramework framework, ScoreSide side,
                               Map<String, BigDecimal> pillars, Map<String, BigDecimal> criteria,
                               java.util.function.Consumer<Assessment> more) {
        Optional<Assessment> existing = assessments.findOn(scope, unit, framework.getId());
        Map<String, Object> before = existing.map(AssessmentService::auditFields).orElse(Map.of());
        Assessment assessment = record(scope, unit, framework, side, pillars, criteria);
        more.accept(assessment);
        if (side == ScoreSide.APPRAISAL) {
            assessment.appraisedBy(actor(), time.now());
        }
        if (existing.isPresent()) {
            assessments.changed(assessment);
        }
        audit.record(unit.getPath(), RecordType.ASSESSMENT, auditId(assessment),
                existing.isEmpty() ? "CREATE" : "UPDATE", Change.between(before, auditFields(assessment)));
    }

    private void requireScorer() {
        if (!scorer()) {
            throw new AccessRefusedException("assessment.forbidden");
        }
    }

    /** The audit record id of an assessment: {@code 26509:2023} on the default index, {@code 26509:2023:PAR:41} on another. */
    public static String auditId(String unitCode, int year, String kind, long frameworkId) {
        return unitCode + ":" + year + (IndexFramework.DEFAULT_KIND.equals(kind) ? "" : ":" + kind + ":" + frameworkId);
    }

    private static String auditId(Assessment a) {
        return auditId(a.getUnit().getCode(), a.getYear(), a.getFramework().getKind(), a.getFramework().getId());
    }

    /** Every score as "self / appraised", the published figures, adjustments and status. */
    private static Map<String, Object> auditFields(Assessment a) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        a.getFramework().getPillars().forEach(p -> a.pillarScore(p.getName())
                .ifPresent(pair -> fields.put(p.getName(), pairText(pair))));
        a.getFramework().criteria().forEach(c -> a.criterionScore(c.getCode())
                .ifPresent(pair -> fields.put(c.getCode(), pairText(pair))));
        fields.put("publishedTotal", a.getPublishedTotal() == null ? null : Points.text(a.getPublishedTotal()));
        fields.put("rank", a.getPublishedRank() == null ? null : a.getPublishedRank() + "/" + a.getPublishedRankOf());
        if (!a.getRanks().isEmpty()) {
            fields.put("ranks", a.getRanks().stream().map(r -> r.getScope() + " " + r.getRank() + "/" + r.getOf()).toList());
        }
        fields.put("adjustments", a.getAdjustments().stream()
                .map(j -> Points.text(j.getPoints()) + " " + j.getReason()).toList());
        fields.put("status", a.getStatus());
        return fields;
    }

    private static String pairText(vn.dtiplan.domain.assessment.ScorePair pair) {
        return Points.text(pair.getSelfAssessed()) + " / " + Points.text(pair.getAppraised());
    }

    /** The unit's officers submit their self-assessment. */
    public void submit(String unitCode, int year, Long frameworkId) {
        step(unitCode, year, frameworkId, ScoreSide.SELF, (a, actor) -> a.submit(actor, time.now()));
    }

    /** An appraiser above the unit closes the appraisal. */
    public void appraise(String unitCode, int year, Long frameworkId) {
        step(unitCode, year, frameworkId, ScoreSide.APPRAISAL, (a, actor) -> a.appraise(actor, time.now()));
    }

    /** An appraiser above the unit publishes the result. */
    public void publish(String unitCode, int year, Long frameworkId) {
        step(unitCode, year, frameworkId, ScoreSide.APPRAISAL, (a, actor) -> a.publish(actor, time.now()));
    }

    /**
     * The unit's scores for the year to edit: on its assessment's framework, or else on the given
     * framework, or else on the only framework of the year for the unit's level. Empty when the
     * unit is out of scope, the caller does not score, or no framework fits.
     */
    public Optional<ScoringForm> form(String unitCode, int year, Long frameworkId) {
        TenantScope scope = tenancy.current();
        Optional<AdministrativeUnit> unit = units.findByCode(scope, unitCode);
        if (unit.isEmpty() || !scorer()) {
            return Optional.empty();
        }
        Optional<Assessment> existing = find(scope, unit.get(), year, frameworkId);
        Optional<IndexFramework> framework = existing.map(Assessment::getFramework)
                .or(() -> frameworkId == null ? Optional.empty() : frameworks.findById(scope, frameworkId))
                .or(() -> only(preferred(frameworksFor(scope, unit.get(), year))))
                .filter(f -> f.getYear() == year && f.getLevel() == unit.get().getLevel());
        return framework.map(f -> ScoringForms.of(unit.get(), f, existing.orElse(null), sideOf(unit.get())));
    }

    /** The frameworks the unit may be scored on in the year (its level, issued above it). */
    public List<FrameworkView> frameworksFor(String unitCode, int year) {
        TenantScope scope = tenancy.current();
        return units.findByCode(scope, unitCode).map(u -> frameworksFor(scope, u, year).stream()
                .map(FrameworkService::view).toList()).orElse(List.of());
    }

    private List<IndexFramework> frameworksFor(TenantScope scope, AdministrativeUnit unit, int year) {
        return frameworks.findVisible(scope, year, unit.getLevel()).stream()
                .filter(f -> UnitPath.of(f.getIssuerPath()).isAbove(unit.getPath())).toList();
    }

    /** The frameworks to choose from when none is named: those of the default kind if any, else all. */
    private static List<IndexFramework> preferred(List<IndexFramework> list) {
        List<IndexFramework> defaults = list.stream().filter(IndexFramework::isDefaultKind).toList();
        return defaults.isEmpty() ? list : defaults;
    }

    private static <T> Optional<T> only(List<T> list) {
        return list.size() == 1 ? Optional.of(list.get(0)) : Optional.empty();
    }

    private boolean scorer() {
        return tenancy.callerAccount().map(a -> RoleGroup.ACTORS.admits(a.getRoles()))
                .orElse(false);
    }

    /** The children of the unit ranked for the year on the default index (published rank first, else by total). */
    public Optional<ChildRanking> children(String unitCode, int year) {
        return children(unitCode, year, null);
    }

    /** The children of the unit ranked for the year on the framework (null: the default index). */
    public Optional<ChildRanking> children(String unitCode, int year, Long frameworkId) {
        TenantScope scope = tenancy.current();
        return units.findByCode(scope, unitCode).map(parent -> scorecards.ranking(scope, parent, year, frameworkId));
    }

    /** Whether the caller appraises this unit (a unit above it) rather than scoring itself. */
    public boolean appraises(String unitCode) {
        TenantScope scope = tenancy.current();
        return units.findByCode(scope, unitCode).map(u -> {
            try {
                return sideOf(u) == ScoreSide.APPRAISAL;
            } catch (AccessRefusedException e) {
                return false;
            }
        }).orElse(false);
    }

    private void step(String unitCode, int year, Long frameworkId, ScoreSide required, java.util.function.BiConsumer<Assessment, String> action) {
        TenantScope scope = tenancy.current();
        AdministrativeUnit unit = unitInScope(scope, unitCode);
        if (sideOf(unit) != required) {
            throw new AccessRefusedException("assessment.forbidden");
        }
        Assessment assessment = find(scope, unit, year, frameworkId)
                .orElseThrow(() -> new RecordNotFoundException("record.notFound"));
        AssessmentStatus before = assessment.getStatus();
        action.accept(assessment, actor());
        audit.record(unit.getPath(), RecordType.ASSESSMENT, auditId(assessment), assessment.getStatus().name(),
                Change.between(Map.of("status", before), Map.of("status", assessment.getStatus())));
    }

    private String actor() {
        return tenancy.callerAccount().map(UserAccount::getUsername).orElse("system");
    }

    private AdministrativeUnit unitInScope(TenantScope scope, String unitCode) {
        return units.findByCode(scope, unitCode).orElseThrow(() -> new RecordNotFoundException("record.notFound"));
    }

    private ScoreSide sideOf(AdministrativeUnit unit) {
        UserAccount account = tenancy.callerAccount().orElseThrow(() -> new AccessRefusedException("assessment.forbidden"));
        boolean scorer = RoleGroup.ACTORS.admits(account.getRoles());
        if (!scorer) {
            throw new AccessRefusedException("assessment.forbidden");
        }
        return unit.getPath().equals(account.getUnitPath()) ? ScoreSide.SELF : ScoreSide.APPRAISAL;
    }

    private static Map<String, BigDecimal> orEmpty(Map<String, BigDecimal> map) {
        return map == null ? Map.of() : map.entrySet().stream().filter(e -> Objects.nonNull(e.getKey()))
                .collect(HashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), HashMap::putAll);
    }
}
