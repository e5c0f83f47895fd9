package vn.dtiplan.domain.plan;

import java.util.List;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.UnitPath;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * The one exception to "a unit sees its own subtree": the solution library shares, read only, the
 * issued work of every unit of the caller's province, so a ward learns what its sibling wards did
 * for a criterion and what it earned them.
 *
 * <ul>
 * <li><b>Who reads</b>: the caller's province — the root unit of each of the caller's scope roots
 * (its own unit, and predecessors after a reorganisation); the whole tree stays the whole tree and
 * no scope stays none.</li>
 * <li><b>What is shared</b>: a unit's own tasks of plans that are no longer drafts, and the copies it
 * adopted or adapted — never a draft, a pending or a declined copy. Only units at the framework's
 * level (the units scored on it).</li>
 * <li><b>How</b>: the library reads with {@link #readingScope} in a transaction of its own and answers
 * only the library's fields (unit, year, solution, lead, timeframe, status, points on the criterion).</li>
 * </ul>
 */
public final class SolutionSharing {

    private SolutionSharing() {
    }

    /** The scope the library reads with for a caller of {@code caller}'s scope. */
    public static TenantScope readingScope(TenantScope caller) {
        if (caller.isAll() || caller.isNone()) {
            return caller;
        }
        List<String> provinces = caller.roots().stream().map(SolutionSharing::province).distinct().toList();
        String own = provinces.get(0);
        return TenantScope.subtree(Long.parseLong(own), own, provinces.subList(1, provinces.size()));
    }

    /** Whether the task is shared with the province: issued work of its unit, never a draft or an undecided copy. */
    public static boolean shares(Task task) {
        return task.inherited().map(InheritedTask::isTakenOn)
                .orElseGet(() -> task.getPlan() != null && task.getPlan().getStatus() != PlanStatus.DRAFT);
    }

    /** Whether a unit of {@code unitLevel} is scored on a framework of {@code frameworkLevel}. */
    public static boolean scoredOn(UnitLevel unitLevel, UnitLevel frameworkLevel) {
        return unitLevel == frameworkLevel;
    }

    private static String province(String path) {
        List<UnitPath> above = UnitPath.of(path).ancestors();
        return above.isEmpty() ? path : above.get(0).value();
    }
}
