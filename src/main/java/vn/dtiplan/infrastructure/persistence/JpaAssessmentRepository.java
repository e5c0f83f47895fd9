package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dtiplan.domain.assessment.Assessment;
import vn.dtiplan.domain.assessment.AssessmentRepository;
import vn.dtiplan.domain.assessment.AssessmentStatus;
import vn.dtiplan.domain.assessment.KeptResult;
import vn.dtiplan.domain.assessment.Scorecard;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.Points;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.Visibility;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/**
 * JPA assessments, filtered on the assessed unit's path. The kept results are read with scalar queries
 * (no assessment entity, so none of its eagerly fetched collections); only an assessment stored before
 * the figures were kept is loaded whole, to compute them from its scores.
 */
@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {

    private static final int CHUNK = 200;

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    @Override
    public Assessment add(TenantScope scope, Assessment assessment) {
        ScopeFilter.requireWritable(scope, assessment.getUnitPath());
        em.persist(assessment);
        em.flush();
        return assessment;
    }

    @Override
    public void changed(Assessment assessment) {
        em.lock(assessment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public Optional<Assessment> find(TenantScope scope, AdministrativeUnit unit, int year) {
        return findAll(scope, unit, year).stream().filter(a -> a.getFramework().isDefaultKind()).findFirst();
    }

    @Override
    public Optional<Assessment> findOn(TenantScope scope, AdministrativeUnit unit, long frameworkId) {
        if (scope.isNone()) {
            return Optional.empty();
        }
        return ScopeFilter.bind(em.createQuery("select a from Assessment a where a.unit = :unit and a.framework.id = :fw and "
                        + ScopeFilter.on("a.unitPath"), Assessment.class), scope)
                .setParameter("unit", unit)
                .setParameter("fw", frameworkId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Assessment> findAll(TenantScope scope, AdministrativeUnit unit, int year) {
        return findForUnits(scope, List.of(unit), year).stream()
                .sorted(Comparator.comparing((Assessment a) -> !a.getFramework().isDefaultKind())
                        .thenComparing(a -> a.getFramework().getKind())
                        .thenComparing(a -> a.getFramework().getId()))
                .toList();
    }

    @Override
    public List<Integer> findYears(TenantScope scope, AdministrativeUnit unit) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select distinct a.year from Assessment a where a.unit = :unit and "
                        + ScopeFilter.on("a.unitPath") + " order by a.year desc", Integer.class), scope)
                .setParameter("unit", unit)
                .getResultList();
    }

    @Override
    public List<Assessment> findForUnits(TenantScope scope, Collection<AdministrativeUnit> units, int year) {
        if (scope.isNone() || units.isEmpty()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select a from Assessment a where a.unit in :units and a.year = :year and "
                        + ScopeFilter.on("a.unitPath"), Assessment.class), scope)
                .setParameter("units", units)
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public List<Assessment> findAllYears(TenantScope scope, Collection<AdministrativeUnit> units) {
        if (scope.isNone() || units.isEmpty()) {
            return List.of();
        }
        return withScores(ScopeFilter.bind(em.createQuery("select a from Assessment a where a.unit in :units and "
                        + ScopeFilter.on("a.unitPath") + " order by a.year", Assessment.class), scope)
                .setParameter("units", units)).getResultList();
    }

    private static TypedQuery<Assessment> withScores(TypedQuery<Assessment> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.pillarScores")
                .setHint("eclipselink.batch", "a.criterionScores")
                .setHint("eclipselink.batch", "a.adjustments")
                .setHint("eclipselink.batch", "a.steps");
    }

    @Override
    public List<KeptResult> keptResultsBelow(TenantScope scope, String parentPath, int levels) {
        if (scope.isNone()) {
            return List.of();
        }
        List<Object[]> rows = Below.bind(ScopeFilter.bind(em.createQuery("select a.id, a.unit.id, a.year, a.framework.id,"
                        + " a.status, a.resultsKept, a.keptTotal, a.publishedRank, a.publishedRankOf from Assessment a"
                        + " where " + Below.levels(em, "a.unitPath") + " and " + ScopeFilter.on("a.unitPath")
                        + " order by a.year, a.id", Object[].class), scope), parentPath, levels)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        Map<Long, IndexFramework> frameworks = frameworks(scope, rows.stream().map(r -> (Long) r[3]).distinct().toList());
        Map<Long, Scorecard> unkept = scorecards(scope, rows.stream().filter(r -> !(Boolean) r[5]).map(r -> (Long) r[0]).toList());
        return rows.stream().map(r -> new KeptResult((Long) r[0], (Long) r[1], (Integer) r[2], frameworks.get((Long) r[3]),
                (AssessmentStatus) r[4], unkept.containsKey((Long) r[0]) ? unkept.get((Long) r[0]).total() : (BigDecimal) r[6],
                (Integer) r[7], (Integer) r[8])).toList();
    }

    @Override
    public Map<Long, Map<String, BigDecimal>> keptPillarScores(TenantScope scope, Collection<KeptResult> results) {
        Map<Long, Map<String, BigDecimal>> scores = new HashMap<>();
        if (scope.isNone() || results.isEmpty()) {
            return scores;
        }
        List<Long> ids = results.stream().map(KeptResult::assessmentId).distinct().toList();
        for (List<Long> chunk : chunks(ids)) {
            ScopeFilter.bind(em.createQuery("select a.id, k.pillar.name, k.score from Assessment a join a.keptPillars k"
                            + " where a.id in :ids and " + ScopeFilter.on("a.unitPath"), Object[].class), scope)
                    .setParameter("ids", chunk).setFlushMode(FlushModeType.COMMIT).getResultList()
                    .forEach(r -> scores.computeIfAbsent((Long) r[0], id -> new HashMap<>()).put((String) r[1], Points.plain((BigDecimal) r[2])));
            List<Long> unkept = ScopeFilter.bind(em.createQuery("select a.id from Assessment a where a.id in :ids"
                            + " and a.resultsKept = false and " + ScopeFilter.on("a.unitPath"), Long.class), scope)
                    .setParameter("ids", chunk).setFlushMode(FlushModeType.COMMIT).getResultList();
            scorecards(scope, unkept).forEach((id, card) -> scores.put(id, card.pillars().stream()
                    .filter(p -> p.score() != null)
                    .collect(Collectors.toMap(p -> p.pillar().getName(), Scorecard.PillarResult::score))));
        }
        return scores;
    }

    @Override
    public long keepAllResults(TenantScope scope) {
        if (scope.isNone()) {
            return 0;
        }
        em.flush();
        List<Long> ids = ScopeFilter.bind(em.createQuery("select a.id from Assessment a where " + ScopeFilter.on("a.unitPath")
                + " order by a.id", Long.class), scope).getResultList();
        for (List<Long> chunk : chunks(ids)) {
            byIds(scope, chunk).forEach(Assessment::keepResults);
            em.flush();
            em.clear();
        }
        return ids.size();
    }

    /**
     * The frameworks of these ids with their pillars and bands in one query each, the criteria by the mapping's batch
     * ({@link PillarCriteriaBatch}) (the mappings are eager:
     * read with the assessments' rows, each framework would cost a query per pillar, five years of results at a
     * province some fifty queries), filtered by the scope's framework rule like every framework read (row-level
     * security applies the same rule again).
     */
    private Map<Long, IndexFramework> frameworks(TenantScope scope, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ScopeFilter.bind(em.createQuery("select f from IndexFramework f where f.id in :ids and "
                        + Visibility.frameworkJpql("f.issuerPath"), IndexFramework.class), scope)
                .setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "f.pillars")
                .setHint("eclipselink.batch", "f.bands")
                .getResultStream().collect(Collectors.toMap(IndexFramework::getId, f -> f));
    }

    /** The scorecards of these assessments, computed from their scores (each loaded whole). */
    private Map<Long, Scorecard> scorecards(TenantScope scope, List<Long> ids) {
        Map<Long, Scorecard> cards = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            cards.putAll(byIds(scope, chunk).stream().collect(Collectors.toMap(Assessment::getId, Assessment::scorecard)));
        }
        return cards;
    }

    private List<Assessment> byIds(TenantScope scope, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withScores(ScopeFilter.bind(em.createQuery("select a from Assessment a where a.id in :ids and "
                + ScopeFilter.on("a.unitPath"), Assessment.class), scope).setParameter("ids", ids)
                .setHint("eclipselink.batch", "a.keptPillars")).getResultList();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
