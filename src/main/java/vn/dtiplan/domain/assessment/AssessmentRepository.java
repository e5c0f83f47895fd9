package vn.dtiplan.domain.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/** Assessments, read through a scope that must cover the assessed unit. */
public interface AssessmentRepository {

    Assessment add(TenantScope scope, Assessment assessment);

    Optional<Assessment> find(TenantScope scope, AdministrativeUnit unit, int year);

    /** The years the unit is assessed in, newest first. */
    List<Integer> findYears(TenantScope scope, AdministrativeUnit unit);

    /** The assessments of the given units in the year, those the scope covers. */
    List<Assessment> findForUnits(TenantScope scope, Collection<AdministrativeUnit> units, int year);

    /** Every year's assessments of the given units that the scope covers, scores fetched in batches (no query per assessment). */
    List<Assessment> findAllYears(TenantScope scope, Collection<AdministrativeUnit> units);
}
