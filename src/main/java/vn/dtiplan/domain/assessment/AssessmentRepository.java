package vn.dtiplan.domain.assessment;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
     * The kept results ({@link Assessment#keepResults()}) of every year's assessments, counted or not, of the units
     * at most {@code levels} below the unit at {@code parentPath}, by year then id: one query, no score row read. An
     * assessment stored before the figures were kept gets them computed from its scores (not stored).
     */
    List<KeptResult> keptResultsBelow(TenantScope scope, String parentPath, int levels);

    /** The kept pillar scores of these assessments: by assessment id, then pillar name (a pillar without a score absent). */
    Map<Long, Map<String, BigDecimal>> keptPillarScores(TenantScope scope, Collection<KeptResult> results);

    /**
     * Recomputes the kept results of every assessment the scope covers from its scores, a batch at a time;
     * answers how many assessments were recomputed.
     */
    long keepAllResults(TenantScope scope);
}
