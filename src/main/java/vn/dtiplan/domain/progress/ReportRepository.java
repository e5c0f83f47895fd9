package vn.dtiplan.domain.progress;

import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.tenancy.TenantScope;

/** Periodic reports; every read goes through the caller's scope. */
public interface ReportRepository {

    Optional<PeriodicReport> find(TenantScope scope, long id);

    /** The unit's report for the period (frequency and due day), if any. */
    Optional<PeriodicReport> find(TenantScope scope, long unitId, ReportingPeriod period);

    /** The reports of the unit at {@code unitPath}, latest period first. */
    List<PeriodicReport> ofUnit(TenantScope scope, String unitPath);

    /** The reports of the units directly below the unit at {@code parentPath}, every period. */
    List<PeriodicReport> ofChildren(TenantScope scope, String parentPath);

    /** Every report of the units at most {@code levels} below the unit at {@code parentPath}, without texts, in one
     * query (a read for boards: it does not flush the transaction's pending changes first). */
    List<ReportState> statesBelow(TenantScope scope, String parentPath, int levels);

    /** Stores a new report and assigns its id. */
    PeriodicReport add(TenantScope scope, PeriodicReport report);
}
