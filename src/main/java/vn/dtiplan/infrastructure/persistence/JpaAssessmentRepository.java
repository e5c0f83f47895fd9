package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.assessment.Assessment;
import vn.dtiplan.domain.assessment.AssessmentRepository;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.UnitPath;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/** JPA assessments, filtered on the assessed unit's path. */
@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {

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

    @Override
    public List<Assessment> findAllYearsBelow(TenantScope scope, String parentPath, int levels) {
        if (scope.isNone()) {
            return List.of();
        }
        UnitPath path = UnitPath.of(parentPath);
        return withScores(ScopeFilter.bind(em.createQuery("select a from Assessment a where a.unitPath like :below"
                        + " and a.unitPath not like :deeper and " + ScopeFilter.on("a.unitPath") + " order by a.year",
                        Assessment.class), scope)
                .setParameter("below", path.descendantsPattern()).setParameter("deeper", path.deeperThanPattern(levels))
                .setFlushMode(FlushModeType.COMMIT)).getResultList();
    }

    private static TypedQuery<Assessment> withScores(TypedQuery<Assessment> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.pillarScores")
                .setHint("eclipselink.batch", "a.criterionScores")
                .setHint("eclipselink.batch", "a.adjustments")
                .setHint("eclipselink.batch", "a.steps");
    }
}
