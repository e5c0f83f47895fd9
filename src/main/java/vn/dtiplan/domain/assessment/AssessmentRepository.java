package vn.dtiplan.domain.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/** Assessments, read through a scope that must cover the assessed unit. */
public interface AssessmentRepository {

    Assessment add(TenantScope scope, Assessment assessment);

    /**
     * Marks a stored assessment changed: its version moves even when only its scores (rows of
     * their own) changed, so a form opened on the version before is refused as stale.
     */
    void changed(Assessment assessment);

    /** The unit's assessment of the year on the default index (kind DTI; the first framework if several). */
    Optional<Assessment> find(TenantScope scope, AdministrativeUnit unit, int year);

    /** The unit's assessment on the framework. */
    Optional<Assessment> findOn(TenantScope scope, AdministrativeUnit unit, long frameworkId);

    /** Every assessment of the unit in the year, one per framework: the default kind first, then by kind. */
    List<Assessment> findAll(TenantScope scope, AdministrativeUnit unit, int year);

    /** The years the unit is assessed in, newest first. */
    List<Integer> findYears(TenantScope scope, AdministrativeUnit unit);

    /** The assessments of the given units in the year on every framework, those the scope covers. */
    List<Assessment> findForUnits(TenantScope scope, Collection<AdministrativeUnit> units, int year);

    /** Every year's assessments of the given units that the scope covers, scores fetched in batches (no query per assessment). */
    List<Assessment> findAllYears(TenantScope scope, Collection<AdministrativeUnit> units);

    /**
     * As {@link #findAllYears}, for the units at most {@code levels} below the unit at {@code parentPath}: one
     * query by path whatever the number of units (no parameter per unit); a read for
     * boards, it does not flush the transaction's pending changes first.
     */
    List<Assessment> findAllYearsBelow(TenantScope scope, String parentPath, int levels);
}
