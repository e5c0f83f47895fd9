package vn.dtiplan.application.progress;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.assessment.AssessmentRepository;
import vn.dtiplan.domain.assessment.KeptResult;
import vn.dtiplan.domain.assessment.SiblingRanking;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.Pillar;
import vn.dtiplan.domain.framework.Points;
import vn.dtiplan.domain.progress.OnTimeRate;
import vn.dtiplan.domain.progress.ProgressRepository;
import vn.dtiplan.domain.progress.ReportDraft;
import vn.dtiplan.domain.progress.ReportRepository;
import vn.dtiplan.domain.progress.ReportStanding;
import vn.dtiplan.domain.progress.ReportState;
import vn.dtiplan.domain.progress.ReportingPeriod;
import vn.dtiplan.domain.progress.Rollup;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;
import vn.dtiplan.domain.unit.UnitEntry;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * The oversight board of a city or a province (see {@link OversightBoard}).
 *
 * <p>A fixed number of queries whatever the number of units, all through the caller's scope: the
 * grouped roll-up of the subtree, the units one or two levels below (two for a province), every
 * year's results of those units as their assessments keep them ({@link KeptResult}: no criterion score is
 * read), the kept pillar scores of the score table's year for the direct children, and the reports of the
 * units below without their texts (each unit's monthly report for the period due last and its
 * on-time rate, by the rules of the reports screen: {@link ReportStanding}, {@link OnTimeRate}). Only appraised and
 * published results count (a draft is a unit's own claim). A rank is the published one when the
 * result has it, else computed among the siblings, and only when every sibling is scored
 * ({@link SiblingRanking}); pillar ranks follow the same rule.
 */
@Stateless
public class OversightService {

    @Inject
    private Tenancy tenancy;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private ProgressRepository progress;

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private ReportRepository reports;

    @Inject
    private VietnamTime time;

    /** The board of a unit in the caller's subtree (a province's: its cities each followed by their wards); 404 otherwise. */
    public OversightBoard board(String unitCode) {
        return board(unitCode, false);
    }

    /**
     * The board of a unit in the caller's subtree; with {@code directOnly} only its direct children, each
     * opened on demand by the board of that child (the screens: a page stays small whatever the subtree).
     */
    public OversightBoard board(String unitCode, boolean directOnly) {
        return board(unitCode, directOnly, IndexFramework.DEFAULT_KIND);
    }

    /**
     * The board with the scores of the index of {@code kind} ({@code DTI}, {@code PAR}, or another code an
     * issuer defined; blank: DTI); the board also lists every kind the units below were scored on.
     */
    public OversightBoard board(String unitCode, boolean directOnly, String kind) {
        String chosen = chosen(kind);
        TenantScope scope = tenancy.current();
        AdministrativeUnit unit = visible(scope, unitCode);
        int levels = !directOnly && unit.getLevel() == UnitLevel.PROVINCE ? 2 : 1;
        List<UnitEntry> below = units.entriesBelow(scope, unit.getPath(), levels);
        LocalDate today = time.today();
        List<KeptResult> scored = counted(scope, unit, levels, below);
        Results results = Results.of(scored, chosen);
        Figures figures = new Figures(Rollup.sumByPrefix(progress.countsBelow(scope, unit.getPath(), today),
                below.stream().map(UnitEntry::path).toList()), results,
                reports.statesBelow(scope, unit.getPath(), levels).stream().collect(Collectors.groupingBy(ReportState::unitPath)),
                ReportingPeriod.latestDue(ReportingPeriod.Frequency.MONTHLY, today, ReportingPeriod.DEFAULT_CUT_OFF), today);
        Map<Long, List<UnitEntry>> byParent = below.stream().collect(Collectors.groupingBy(UnitEntry::parentId));
        List<UnitEntry> children = byParent.getOrDefault(unit.getId(), List.of());
        List<OversightBoard.UnitRow> rows = new ArrayList<>(below.size());
        Map<Integer, SiblingRanking> childRanks = new HashMap<>();
        for (UnitEntry child : children) {
            rows.add(row(child, false, childRanks, children, figures));
            List<UnitEntry> wards = levels == 1 ? List.of() : byParent.getOrDefault(child.id(), List.of());
            Map<Integer, SiblingRanking> wardRanks = new HashMap<>();
            wards.forEach(w -> rows.add(row(w, true, wardRanks, wards, figures)));
        }
        return new OversightBoard(unit.getCode(), unit.getName(), rows, scores(scope, children, results, null),
                figures.period(), ReportDraft.label(figures.period()), chosen, kinds(scored));
    }

    /**
     * The board's score table alone for the year chosen ({@code year} null or without results: the latest): the
     * direct children's scores by pillar with ranks in that year and their totals of every year; null when none is
     * scored. A screen pages the table by year with it without asking for the whole board again.
     */
    public OversightBoard.ScoreBoard scores(String unitCode, String kind, Integer year) {
        TenantScope scope = tenancy.current();
        AdministrativeUnit unit = visible(scope, unitCode);
        List<UnitEntry> children = units.entriesBelow(scope, unit.getPath(), 1);
        return scores(scope, children, Results.of(counted(scope, unit, 1, children), chosen(kind)), year);
    }

    private static String chosen(String kind) {
        return kind == null || kind.isBlank() ? IndexFramework.DEFAULT_KIND : kind.strip();
    }

    private AdministrativeUnit visible(TenantScope scope, String unitCode) {
        return units.findByCode(scope, unitCode).filter(u -> scope.covers(u.getPath()))
                .orElseThrow(RecordNotFoundException::new);
    }

    /** The kept results of the listed units that count (appraised or published), every year and kind. */
    private List<KeptResult> counted(TenantScope scope, AdministrativeUnit unit, int levels, List<UnitEntry> listed) {
        Set<Long> ids = listed.stream().map(UnitEntry::id).collect(Collectors.toSet());
        return assessments.keptResultsBelow(scope, unit.getPath(), levels).stream()
                .filter(a -> ids.contains(a.unitId())).filter(KeptResult::counts).toList();
    }

    /** The kinds of index the results are on, the default (DTI) first, then by code. */
    private static List<String> kinds(List<KeptResult> scored) {
        return scored.stream().map(a -> a.framework().getKind()).distinct()
                .sorted(Comparator.comparing((String k) -> !IndexFramework.DEFAULT_KIND.equals(k))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** What the queries answered: subtree roll-ups by unit path, scored results by unit, reports by unit path. */
    private record Figures(Map<String, Rollup> counts, Results results,
                           Map<String, List<ReportState>> reported, ReportingPeriod period, LocalDate today) {

        ReportStanding standing(UnitEntry u) {
            return ReportStanding.of(period, reportsOf(u).stream().filter(r -> r.period().equals(period)).findFirst()
                    .orElse(null), today);
        }

        OnTimeRate onTime(UnitEntry u) {
            return OnTimeRate.ofStates(reportsOf(u), today);
        }

        private List<ReportState> reportsOf(UnitEntry u) {
            return reported.getOrDefault(u.path(), List.of());
        }
    }

    /** {@code ranks}: the siblings' computed rankings by year, filled as needed and shared by the siblings' rows. */
    private static OversightBoard.UnitRow row(UnitEntry u, boolean nested, Map<Integer, SiblingRanking> ranks,
                                              List<UnitEntry> siblings, Figures figures) {
        Results results = figures.results();
        Optional<KeptResult> latest = results.latest(u);
        Integer rank = latest.map(KeptResult::publishedRank)
                .or(() -> latest.flatMap(a -> ranks.computeIfAbsent(a.year(),
                        y -> rankAmong(siblings, results, y, KeptResult::total)).rankOf(u.code())))
                .orElse(null);
        Integer rankOf = latest.map(KeptResult::publishedRankOf).orElse(rank == null ? null : siblings.size());
        return new OversightBoard.UnitRow(u.code(), u.name(), u.parentName(), nested,
                figures.counts().getOrDefault(u.path(), Rollup.EMPTY), latest.map(KeptResult::total).orElse(null),
                latest.map(a -> Points.plain(a.framework().max())).orElse(null), rank, rankOf, figures.standing(u),
                figures.onTime(u), u.opens());
    }

    /** The score table of {@code chosen} (null or a year without results: the latest); pillar scores read for that year only. */
    private OversightBoard.ScoreBoard scores(TenantScope scope, List<UnitEntry> children, Results results, Integer chosen) {
        List<Integer> years = new ArrayList<>(children.stream().flatMap(c -> results.of(c).stream())
                .map(KeptResult::year).collect(Collectors.toCollection(TreeSet::new)));
        if (years.isEmpty()) {
            return null;
        }
        int year = chosen != null && years.contains(chosen) ? chosen : years.get(years.size() - 1);
        List<KeptResult> inYear = children.stream().map(c -> results.inYear(c, year)).flatMap(Optional::stream).toList();
        List<Pillar> pillars = inYear.stream().findFirst().map(a -> a.framework().getPillars()).orElse(List.of());
        Map<Long, Map<String, BigDecimal>> pillarScores = assessments.keptPillarScores(scope, inYear);
        Function<String, Function<KeptResult, BigDecimal>> pillarScore = name ->
                a -> pillarScores.getOrDefault(a.assessmentId(), Map.of()).get(name);
        Map<String, SiblingRanking> pillarRanks = new HashMap<>();
        pillars.forEach(p -> pillarRanks.put(p.getName(), rankAmong(children, results, year, pillarScore.apply(p.getName()))));
        SiblingRanking totals = rankAmong(children, results, year, KeptResult::total);
        List<OversightBoard.ScoreRow> rows = children.stream().map(c -> {
            Optional<KeptResult> result = results.inYear(c, year);
            Integer rank = result.map(KeptResult::publishedRank).or(() -> totals.rankOf(c.code())).orElse(null);
            List<OversightBoard.PillarCell> cells = pillars.stream().map(p -> new OversightBoard.PillarCell(
                    result.map(pillarScore.apply(p.getName())).orElse(null),
                    pillarRanks.get(p.getName()).rankOf(c.code()).orElse(null))).toList();
            List<BigDecimal> byYear = years.stream().map(y -> results.inYear(c, y).map(KeptResult::total).orElse(null)).toList();
            return new OversightBoard.ScoreRow(c.code(), c.name(), result.map(KeptResult::total).orElse(null), rank,
                    cells, byYear);
        }).toList();
        return new OversightBoard.ScoreBoard(year, pillars.stream().map(Pillar::getName).toList(),
                pillars.stream().map(p -> Points.plain(p.getMax())).toList(), years, rows);
    }

    private static SiblingRanking rankAmong(List<UnitEntry> siblings, Results results, int year,
                                            Function<KeptResult, BigDecimal> value) {
        Map<String, BigDecimal> values = new HashMap<>();
        siblings.forEach(s -> values.put(s.code(), results.inYear(s, year).map(value).orElse(null)));
        return new SiblingRanking(values);
    }

    /** The counted results of one index by unit id, in year order (the kept figures: no score is read). */
    private record Results(Map<Long, List<KeptResult>> byUnit) {

        static Results of(List<KeptResult> scored, String kind) {
            return new Results(scored.stream().filter(a -> a.framework().getKind().equals(kind))
                    .collect(Collectors.groupingBy(KeptResult::unitId, LinkedHashMap::new, Collectors.toList())));
        }

        List<KeptResult> of(UnitEntry u) {
            return byUnit.getOrDefault(u.id(), List.of());
        }

        Optional<KeptResult> latest(UnitEntry u) {
            return of(u).stream().max(Comparator.comparingInt(KeptResult::year));
        }

        Optional<KeptResult> inYear(UnitEntry u, int year) {
            return of(u).stream().filter(a -> a.year() == year).findFirst();
        }
    }
}
