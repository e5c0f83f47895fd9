package vn.dtiplan.domain.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.framework.Criterion;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.Pillar;
import vn.dtiplan.domain.framework.Points;
import vn.dtiplan.domain.tenancy.UnitPath;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/**
 * A unit's assessment on a framework in the framework's year (tenant-owned by the assessed unit).
 *
 * <p>Rules:
 * <ul>
 * <li>The framework scores the unit's level and was issued by an ancestor of the unit; the first
 * assessment freezes it.</li>
 * <li>Scores lie in 0…max of their pillar or criterion, with at most four decimals; a refused
 * request changes nothing (every value is checked before any is stored). On a pillar that has a
 * score, the points lost on its criteria cannot exceed the points lost on the pillar.</li>
 * <li>The unit scores itself (SELF) only while the assessment is a draft; appraisers above it
 * score (APPRAISAL), adjust and publish until it is published. A published assessment is final.</li>
 * <li>Workflow draft → submitted → appraised → published, each step kept with who and when. An
 * appraiser who scores a draft the unit never submitted appraises it (draft → appraised).</li>
 * <li>Only an appraised or published assessment counts in a ranking ({@link #counts()}).</li>
 * <li>A unit has one assessment per framework (so several per year, one per index).</li>
 * <li>The published total and ranks (one per scope, {@link PublishedRank}) are kept as published, never recomputed; {@link Scorecard}
 * shows the computed total beside them and the difference.</li>
 * <li>The assessment keeps what its scores add up to ({@link #keepResults()}: the total and each
 * pillar's score by {@link Scorecard}'s rule) whenever a score, an adjustment or the published total
 * changes, so a board reads every year of many units without their criterion scores. The rule is
 * the scorecard's; the kept figures are only its memory ({@code POST /api/admin/assessment-results}
 * recomputes them).</li>
 * </ul>
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private AdministrativeUnit unit;

    @Column(name = "unit_path", nullable = false, length = 400)
    private String unitPath;

    @Column(name = "score_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "framework_id", nullable = false)
    private IndexFramework framework;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssessmentStatus status = AssessmentStatus.DRAFT;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<PillarScore> pillarScores = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<CriterionScore> criterionScores = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_adjustment", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<Adjustment> adjustments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_step", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<WorkflowStep> steps = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_rank", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<PublishedRank> ranks = new ArrayList<>();

    @Column(name = "published_total", precision = 9, scale = 4)
    private BigDecimal publishedTotal;

    @Column(name = "published_rank")
    private Integer publishedRank;

    @Column(name = "published_rank_of")
    private Integer publishedRankOf;

    @Column(name = "kept_total", precision = 9, scale = 4)
    private BigDecimal keptTotal;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private List<KeptPillarScore> keptPillars = new ArrayList<>();

    @Column(name = "results_kept", nullable = false)
    private boolean resultsKept;

    @Version
    private long version;

    protected Assessment() {
    }

    public Assessment(AdministrativeUnit unit, IndexFramework framework) {
        if (unit == null || unit.getPath() == null || framework == null) {
            throw new IllegalArgumentException("a stored unit and a framework are required");
        }
        if (framework.getLevel() != unit.getLevel()) {
            throw new DomainRuleException("assessment.framework.level", framework.getName(), unit.getName());
        }
        if (!UnitPath.of(framework.getIssuerPath()).isAbove(unit.getPath())) {
            throw new DomainRuleException("assessment.framework.issuer", framework.getName(), unit.getName());
        }
        framework.freeze();
        this.unit = unit;
        this.unitPath = unit.getPath();
        this.framework = framework;
        this.year = framework.getYear();
        this.resultsKept = true;
    }

    /**
     * Replaces one side's scores with the given ones (pillar names, criterion codes); a pillar or
     * criterion not given loses that side's value. All or nothing.
     */
    public void record(ScoreSide side, Map<String, BigDecimal> pillars, Map<String, BigDecimal> criteria) {
        requireOpen(side);
        Map<Pillar, BigDecimal> newPillars = new HashMap<>();
        pillars.forEach((name, value) -> {
            Pillar pillar = framework.pillar(name)
                    .orElseThrow(() -> new DomainRuleException("assessment.pillar.unknown", name));
            newPillars.put(pillar, inRange(value, pillar.getMax(), pillar.getName()));
        });
        Map<Criterion, BigDecimal> newCriteria = new HashMap<>();
        criteria.forEach((code, value) -> {
            Criterion criterion = framework.criterion(code)
                    .orElseThrow(() -> new DomainRuleException("assessment.criterion.unknown", code));
            newCriteria.put(criterion, inRange(value, criterion.getMax(), criterion.getCode()));
        });
        requireConsistent(effective(side, newPillars, pillarScores, PillarScore::getPillar, PillarScore::getScore),
                effective(side, newCriteria, criterionScores, CriterionScore::getCriterion, CriterionScore::getScore));
        apply(side, newPillars, newCriteria);
        keepResults();
    }

    /** Replaces the adjustment lines (appraisers only; not once published). */
    public void replaceAdjustments(List<Adjustment> lines) {
        requireOpen(ScoreSide.APPRAISAL);
        adjustments.clear();
        adjustments.addAll(lines);
        keepResults();
    }

    /** Records the rank as published ("2/17"); both or neither. */
    public void recordPublishedRank(Integer rank, Integer rankOf) {
        requireOpen(ScoreSide.APPRAISAL);
        if ((rank == null) != (rankOf == null) || rank != null && (rank < 1 || rankOf < rank)) {
            throw new DomainRuleException("assessment.rank.invalid");
        }
        this.publishedRank = rank;
        this.publishedRankOf = rankOf;
    }

    /**
     * Replaces the ranks published at several scopes (appraisers only; not once published); one
     * rank per scope. The scopes' being ancestors of the unit is checked where units are known.
     */
    public void recordPublishedRanks(List<PublishedRank> lines) {
        requireOpen(ScoreSide.APPRAISAL);
        if (lines.stream().map(PublishedRank::getScope).distinct().count() != lines.size()) {
            throw new DomainRuleException("assessment.rank.scope.duplicate");
        }
        ranks.clear();
        ranks.addAll(lines);
    }

    /** Records the total as published; null means the computed total stands. */
    public void recordPublishedTotal(BigDecimal total) {
        requireOpen(ScoreSide.APPRAISAL);
        this.publishedTotal = total == null ? null : inRange(total, framework.max(), framework.getName());
        keepResults();
    }

    public void submit(String actor, Instant at) {
        if (pillarScores.isEmpty() && criterionScores.isEmpty()) {
            throw new DomainRuleException("assessment.empty");
        }
        move(AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED, actor, at);
    }

    public void appraise(String actor, Instant at) {
        move(AssessmentStatus.SUBMITTED, AssessmentStatus.APPRAISED, actor, at);
    }

    public void publish(String actor, Instant at) {
        move(AssessmentStatus.APPRAISED, AssessmentStatus.PUBLISHED, actor, at);
    }

    /**
     * An appraiser above the unit has just scored it: a draft the unit never submitted that holds
     * appraised scores is thereby appraised (the step is kept in the trail), so the appraiser's
     * result counts in rankings. A submitted self-assessment stays submitted until the appraiser
     * closes it with {@link #appraise}.
     */
    public void appraisedBy(String actor, Instant at) {
        boolean appraised = pillarScores.stream().anyMatch(s -> s.getScore().get(ScoreSide.APPRAISAL) != null)
                || criterionScores.stream().anyMatch(s -> s.getScore().get(ScoreSide.APPRAISAL) != null);
        if (status == AssessmentStatus.DRAFT && appraised) {
            move(AssessmentStatus.DRAFT, AssessmentStatus.APPRAISED, actor, at);
        }
    }

    /** Whether the assessment counts in rankings, boards and the unit's results ({@link AssessmentStatus#counts()}). */
    public boolean counts() {
        return status.counts();
    }

    public Scorecard scorecard() {
        Map<Pillar, BigDecimal> pillarValues = new HashMap<>();
        pillarScores.stream().filter(s -> s.getScore().effective() != null)
                .forEach(s -> pillarValues.put(s.getPillar(), s.getScore().effective()));
        Map<Criterion, BigDecimal> criterionValues = new HashMap<>();
        criterionScores.stream().filter(s -> s.getScore().effective() != null)
                .forEach(s -> criterionValues.put(s.getCriterion(), s.getScore().effective()));
        return new Scorecard(framework, pillarValues, criterionValues, adjustments, publishedTotal);
    }

    /**
     * Keeps the scorecard's total and every pillar's score that is known (given or derived): a kept row is
     * updated in place, added for a pillar newly known, removed for one no longer known. Called by every
     * change of a score, an adjustment or the published total, and by the recomputation from scratch.
     */
    public void keepResults() {
        Scorecard card = scorecard();
        keptTotal = card.total();
        Map<Pillar, BigDecimal> known = new HashMap<>();
        card.pillars().stream().filter(p -> p.score() != null).forEach(p -> known.put(p.pillar(), p.score()));
        keptPillars.removeIf(k -> !known.containsKey(k.getPillar()));
        keptPillars.forEach(k -> k.keep(known.remove(k.getPillar())));
        known.forEach((pillar, score) -> keptPillars.add(new KeptPillarScore(this, pillar, score)));
        resultsKept = true;
    }

    /** The kept total ({@link Scorecard#total()} when last kept). */
    public BigDecimal getKeptTotal() {
        return keptTotal;
    }

    /** The kept scores of the pillars that have one. */
    public List<KeptPillarScore> getKeptPillars() {
        return Collections.unmodifiableList(keptPillars);
    }

    /** False for an assessment stored before the figures were kept (until the recomputation). */
    public boolean isResultsKept() {
        return resultsKept;
    }

    /** The scores of one pillar, if any was given. */
    public Optional<ScorePair> pillarScore(String pillarName) {
        return framework.pillar(pillarName).flatMap(p -> pillarScores.stream()
                .filter(s -> s.getPillar() == p).findFirst().map(PillarScore::getScore));
    }

    /** The scores of one criterion, if any was given. */
    public Optional<ScorePair> criterionScore(String code) {
        return framework.criterion(code).flatMap(c -> criterionScores.stream()
                .filter(s -> s.getCriterion() == c).findFirst().map(CriterionScore::getScore));
    }

    private void requireOpen(ScoreSide side) {
        if (status == AssessmentStatus.PUBLISHED) {
            throw new StateConflictException("assessment.published");
        }
        if (side == ScoreSide.SELF && status != AssessmentStatus.DRAFT) {
            throw new StateConflictException("assessment.selfClosed");
        }
    }

    private static BigDecimal inRange(BigDecimal value, BigDecimal max, String what) {
        BigDecimal exact = Points.exact(value, what);
        if (exact.signum() < 0 || exact.compareTo(max) > 0) {
            throw new DomainRuleException("assessment.score.outOfRange", what, Points.text(value), Points.text(max));
        }
        return exact;
    }

    /** The values that would count once {@code side}'s values are replaced by {@code updates}. */
    private static <K, S> Map<K, BigDecimal> effective(ScoreSide side, Map<K, BigDecimal> updates, List<S> stored,
                                                       Function<S, K> key, Function<S, ScorePair> pair) {
        ScoreSide other = side == ScoreSide.SELF ? ScoreSide.APPRAISAL : ScoreSide.SELF;
        Map<K, BigDecimal> result = new HashMap<>();
        stored.stream().filter(s -> pair.apply(s).get(other) != null)
                .forEach(s -> result.put(key.apply(s), pair.apply(s).get(other)));
        if (side == ScoreSide.APPRAISAL) {
            result.putAll(updates);
        } else {
            updates.forEach(result::putIfAbsent);
        }
        return result;
    }

    /** On every pillar with a score, the points lost on its outermost scored criteria fit in the pillar's loss. */
    private void requireConsistent(Map<Pillar, BigDecimal> pillars, Map<Criterion, BigDecimal> criteria) {
        pillars.forEach((pillar, score) -> {
            BigDecimal criteriaLost = Scorecard.sum(criteria.entrySet().stream()
                    .filter(e -> e.getKey().getPillar() == pillar && !hasScoredAncestor(e.getKey(), criteria))
                    .map(e -> e.getKey().getMax().subtract(e.getValue())).toList());
            if (criteriaLost.compareTo(pillar.getMax().subtract(score)) > 0) {
                throw new DomainRuleException("assessment.criteria.exceedPillar", pillar.getName(),
                        Points.text(criteriaLost), Points.text(pillar.getMax().subtract(score)));
            }
        });
    }

    private static boolean hasScoredAncestor(Criterion criterion, Map<Criterion, BigDecimal> criteria) {
        Optional<Criterion> parent = criterion.getPillar().parentOf(criterion.getCode());
        while (parent.isPresent()) {
            if (criteria.containsKey(parent.get())) {
                return true;
            }
            parent = criterion.getPillar().parentOf(parent.get().getCode());
        }
        return false;
    }

    private void apply(ScoreSide side, Map<Pillar, BigDecimal> pillars, Map<Criterion, BigDecimal> criteria) {
        pillarScores.forEach(s -> s.getScore().set(side, pillars.remove(s.getPillar())));
        pillars.forEach((p, v) -> {
            PillarScore s = new PillarScore(this, p);
            s.getScore().set(side, v);
            pillarScores.add(s);
        });
        pillarScores.removeIf(s -> s.getScore().isEmpty());
        criterionScores.forEach(s -> s.getScore().set(side, criteria.remove(s.getCriterion())));
        criteria.forEach((c, v) -> {
            CriterionScore s = new CriterionScore(this, c);
            s.getScore().set(side, v);
            criterionScores.add(s);
        });
        criterionScores.removeIf(s -> s.getScore().isEmpty());
    }

    private void move(AssessmentStatus from, AssessmentStatus to, String actor, Instant at) {
        if (status != from) {
            throw new StateConflictException("assessment.transition", status.name(), to.name());
        }
        if (actor == null || actor.isBlank() || at == null) {
            throw new IllegalArgumentException("a step needs an actor and a time");
        }
        status = to;
        steps.add(new WorkflowStep(to, actor, at));
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public AdministrativeUnit getUnit() {
        return unit;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public int getYear() {
        return year;
    }

    public IndexFramework getFramework() {
        return framework;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public List<Adjustment> getAdjustments() {
        return Collections.unmodifiableList(adjustments);
    }

    public List<WorkflowStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    public List<PublishedRank> getRanks() {
        return Collections.unmodifiableList(ranks);
    }

    public BigDecimal getPublishedTotal() {
        return publishedTotal;
    }

    public Integer getPublishedRank() {
        return publishedRank;
    }

    public Integer getPublishedRankOf() {
        return publishedRankOf;
    }
}
