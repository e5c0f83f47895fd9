package vn.dtiplan.application.progress;

import jakarta.annotation.security.RolesAllowed;
import vn.dtiplan.domain.account.Roles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.progress.KeptCounts;

/**
 * The command that recounts every kept roll-up figure from the tasks (after a repair by hand in
 * the database, or a change of what a roll-up counts): the system administrator's, under the
 * administrator's whole-tree scope. Normal work never needs it: each service transaction recounts
 * the units it changed.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class KeptCountsService {

    /** How many units have figures after the recount. */
    public record Recount(long units) {
    }

    @Inject
    private Tenancy tenancy;

    @Inject
    private KeptCounts counts;

    public Recount recomputeAll() {
        tenancy.current();
        return new Recount(counts.recomputeAll());
    }
}
