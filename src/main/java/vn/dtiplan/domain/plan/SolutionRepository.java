package vn.dtiplan.domain.plan;

import java.util.List;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.UnitLevel;

/** The tasks the solution library looks through ({@link SolutionSharing}); reads go through the given scope. */
public interface SolutionRepository {

    /**
     * The shared tasks of units at {@code level} in the scope that may aim at the criterion coded
     * {@code code}: those with that code and those with a criterion title (matched by the caller);
     * tasks of draft plans and copies not adopted or adapted are left out.
     */
    List<Task> candidates(TenantScope scope, UnitLevel level, String code);
}
