package vn.dtiplan.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.dtiplan.domain.assessment.Assessment;
import vn.dtiplan.domain.assessment.AssessmentRepository;
import vn.dtiplan.domain.assessment.ScopeRanking;
import vn.dtiplan.domain.assessment.ScorePair;
import vn.dtiplan.domain.assessment.Scorecard;
import vn.dtiplan.domain.assessment.SiblingRanking;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.Points;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.UnitPath;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;

/**
 * The scorecards and rankings {@link AssessmentService} answers, always on one framework: a
 * unit's figures are never ranked against another index's. A computed rank at a scope (the unit's
 * parent for {@code computedRank}, every ancestor for {@code ranks}) needs a caller who sees the
 * whole scope, and every unit of the scope at the unit's level scored on the framework and
 * counted ({@link Assessment#counts()}: appraised or published; drafts are never ranked).
 */
@Dependent
class Scorecards {

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private AssessmentRepository assessments;

    /** The assessments on the framework, or on the default index when none is named. */
    static Predicate<Assessment> on(Long frameworkId) {
        return frameworkId == null ? a -> a.getFramework().isDefaultKind()
                : a -> a.getFramework().getId().equals(frameworkId);
    }

    AssessmentView view(TenantScope scope, Assessment a) {
        Scorecard card = a.scorecard();
        AdministrativeUnit unit = a.getUnit();
        IndexFramework framework = a.getFramework();
        List<AdministrativeUnit> visible = units.findVisible(scope);
        Optional<Integer> computedRank = Optional.empty();
        Integer computedRankOf = null;
        AdministrativeUnit parent = unit.getParent();
        if (parent != null && scope.covers(parent.getPath())) {
            SiblingRanking ranking = new SiblingRanking(totals(scope, peers(visible, unit, parent), a));
            computedRank = ranking.rankOf(unit.getCode());
            computedRankOf = computedRank.isPresent() ? ranking.size() : null;
        }
        Optional<Assessment> previous = previous(scope, a);
        BigDecimal previousTotal = previous.map(p -> p.scorecard().total()).orElse(null);
        BigDecimal total = card.total();
        boolean published = a.getPublishedRank() != null;
        return new AssessmentView(unit.getCode(), unit.getName(), parent == null ? null : parent.getCode(),
                a.getYear(), framework.getId(), framework.getName(), a.getStatus().name(),
                total, card.computedTotal(), card.publishedTotal().orElse(null), card.difference().orElse(null),
                card.max(), published ? a.getPublishedRank() : computedRank.orElse(null),
                published ? a.getPublishedRankOf() : computedRankOf, a.getPublishedRank(), a.getPublishedRankOf(),
                computedRank.orElse(null), computedRankOf, pillarLines(a), pillarGaps(card), criterionGaps(card),
                a.getAdjustments().stream().map(j -> new AssessmentView.AdjustmentLine(Points.plain(j.getPoints()),
                        j.getReason())).toList(),
                a.getSteps().stream().map(s -> new AssessmentView.Step(s.getStatus().name(), s.getActor(), s.getAt()))
                        .toList(),
                previous.map(Assessment::getYear).orElse(null), previousTotal,
                previousTotal == null || total == null ? null : Points.plain(total.subtract(previousTotal)),
                previous.map(Scorecards::pillarLines).orElse(List.of()), framework.getKind(),
                framework.grade(total).orElse(null), ranks(scope, visible, a), a.getVersion());
    }

    /** The same index the year before: the framework of the same kind and issuer, else of the same kind. */
    private Optional<Assessment> previous(TenantScope scope, Assessment a) {
        List<Assessment> candidates = assessments.findAll(scope, a.getUnit(), a.getYear() - 1).stream()
                .filter(p -> p.getFramework().getKind().equals(a.getFramework().getKind())).toList();
        return candidates.stream().filter(p -> p.getFramework().getIssuerPath().equals(a.getFramework().getIssuerPath()))
                .findFirst().or(() -> candidates.stream().findFirst());
    }

    /** Published ranks, then the computed rank at each ancestor the caller sees whole, nearest first. */
    private List<AssessmentView.RankLine> ranks(TenantScope scope, List<AdministrativeUnit> visible, Assessment a) {
        Map<String, Map<String, BigDecimal>> byScope = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (AdministrativeUnit ancestor = a.getUnit().getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            names.put(ancestor.getCode(), ancestor.getName());
            if (scope.covers(ancestor.getPath())) {
                byScope.put(ancestor.getCode(), totals(scope, peers(visible, a.getUnit(), ancestor), a));
            }
        }
        return ScopeRanking.of(a.getUnit().getCode(), a.getRanks(), byScope).stream()
                .map(r -> new AssessmentView.RankLine(r.scope(), names.get(r.scope()), r.rank(), r.of(), r.published()))
                .toList();
    }

    /** The units at the unit's level below the scope unit (the scope's own units when it is the parent). */
    private static List<AdministrativeUnit> peers(List<AdministrativeUnit> visible, AdministrativeUnit unit,
                                                  AdministrativeUnit scopeUnit) {
        UnitPath top = UnitPath.of(scopeUnit.getPath());
        return visible.stream().filter(u -> u.getLevel() == unit.getLevel() && top.isAbove(u.getPath())).toList();
    }

    /** The computed totals of the units on the assessment's framework (null: not scored on it, or not yet appraised). */
    private Map<String, BigDecimal> totals(TenantScope scope, List<AdministrativeUnit> peers, Assessment a) {
        Map<String, Assessment> byCode = byUnitCode(assessments.findForUnits(scope, peers, a.getYear()),
                on(a.getFramework().getId()).and(Assessment::counts));
        Map<String, BigDecimal> totals = new HashMap<>();
        peers.forEach(u -> totals.put(u.getCode(),
                Optional.ofNullable(byCode.get(u.getCode())).map(x -> x.scorecard().computedTotal()).orElse(null)));
        return totals;
    }

    /**
     * The children of the parent ranked on the framework (default index when null), with the
     * frameworks to choose from; a child whose assessment does not count yet (a draft, a submitted
     * self-assessment) is listed as not scored.
     */
    ChildRanking ranking(TenantScope scope, AdministrativeUnit parent, int year, Long frameworkId) {
        List<AdministrativeUnit> children = units.findVisible(scope).stream()
                .filter(u -> u.getParent() != null && u.getParent().getId().equals(parent.getId())).toList();
        List<Assessment> all = assessments.findForUnits(scope, children, year);
        Map<String, Assessment> byCode = byUnitCode(all, on(frameworkId).and(Assessment::counts));
        Map<String, BigDecimal> totals = new HashMap<>();
        children.forEach(u -> totals.put(u.getCode(),
                Optional.ofNullable(byCode.get(u.getCode())).map(x -> x.scorecard().computedTotal()).orElse(null)));
        SiblingRanking computed = new SiblingRanking(totals);
        List<ChildRanking.Row> rows = children.stream().map(u -> {
            Assessment a = byCode.get(u.getCode());
            if (a == null) {
                return new ChildRanking.Row(u.getCode(), u.getName(), null, null, null, null, null, null, List.of(), null);
            }
            Scorecard card = a.scorecard();
            return new ChildRanking.Row(u.getCode(), u.getName(), card.total(), card.computedTotal(), card.max(),
                    a.getPublishedRank(), a.getPublishedRankOf(), computed.rankOf(u.getCode()).orElse(null),
                    pillarLines(a), a.getFramework().grade(card.total()).orElse(null));
        }).sorted(Comparator.comparing(ChildRanking.Row::publishedRank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ChildRanking.Row::total, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ChildRanking.Row::unitName)).toList();
        Optional<IndexFramework> shown = byCode.values().stream().map(Assessment::getFramework).findFirst();
        return new ChildRanking(parent.getCode(), parent.getName(), year, computed.complete(), rows,
                shown.map(IndexFramework::getId).orElse(frameworkId), shown.map(IndexFramework::getKind).orElse(null),
                choices(all));
    }

    /** The frameworks of the assessments, the default kind first: what a screen offers to choose from. */
    static List<FrameworkChoice> choices(List<Assessment> all) {
        return all.stream().map(Assessment::getFramework).distinct()
                .sorted(Comparator.comparing((IndexFramework f) -> !f.isDefaultKind())
                        .thenComparing(IndexFramework::getKind).thenComparing(IndexFramework::getId))
                .map(f -> new FrameworkChoice(f.getId(), f.getKind(), f.getName())).toList();
    }

    static List<AssessmentView.PillarLine> pillarLines(Assessment a) {
        return a.scorecard().pillars().stream().map(p -> {
            Optional<ScorePair> pair = a.pillarScore(p.pillar().getName());
            return new AssessmentView.PillarLine(p.pillar().getName(), p.score(), Points.plain(p.pillar().getMax()),
                    pair.map(ScorePair::getSelfAssessed).orElse(null), pair.map(ScorePair::getAppraised).orElse(null),
                    p.derived());
        }).toList();
    }

    private static List<AssessmentView.PillarGap> pillarGaps(Scorecard card) {
        return card.pillarGaps().stream()
                .map(g -> new AssessmentView.PillarGap(g.pillar(), g.lost(), g.score(), g.max())).toList();
    }

    private static List<AssessmentView.CriterionGap> criterionGaps(Scorecard card) {
        return card.criterionGaps().stream().map(g -> new AssessmentView.CriterionGap(g.code(), g.title(), g.pillar(),
                g.parentCode(), g.max(), g.score(), g.lost())).toList();
    }

    private static Map<String, Assessment> byUnitCode(List<Assessment> list, Predicate<Assessment> filter) {
        return list.stream().filter(filter)
                .collect(Collectors.toMap(a -> a.getUnit().getCode(), Function.identity(), (x, y) -> x));
    }
}
