package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.assessment.Assessment;
import vn.dtiplan.domain.assessment.AssessmentRepository;
import vn.dtiplan.domain.tenancy.TenantScope;
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
    public Optional<Assessment> find(TenantScope scope, AdministrativeUnit unit, int year) {
        return findForUnits(scope, List.of(unit), year).stream().findFirst();
    }

    @Override
    public List<Integer> findYears(TenantScope scope, AdministrativeUnit unit) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select a.year from Assessment a where a.unit = :unit and "
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
        return ScopeFilter.bind(em.createQuery("select a from Assessment a where a.unit in :units and "
                        + ScopeFilter.on("a.unitPath") + " order by a.year", Assessment.class), scope)
                .setParameter("units", units)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.pillarScores")
                .setHint("eclipselink.batch", "a.criterionScores")
                .setHint("eclipselink.batch", "a.adjustments")
                .setHint("eclipselink.batch", "a.steps")
                .getResultList();
    }
}
