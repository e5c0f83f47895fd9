package vn.dtiplan.domain.account;

import vn.dtiplan.domain.AccessRefusedException;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Who may hand out which role: an official grants roles no higher than the highest they hold,
 * on accounts of their own subtree (the scope decides that part). The order is the tree's:
 * system admin above province overseer above city planner above ward officer above department
 * staff. Department staff grant nothing; the system admin grants every role.
 */
public final class RoleCeiling {

    private static final Map<Role, Integer> RANK = Map.of(Role.DEPARTMENT_STAFF, 0, Role.WARD_OFFICER, 1,
            Role.CITY_PLANNER, 2, Role.PROVINCE_OVERSEER, 3, Role.SYSTEM_ADMIN, 4);

    private RoleCeiling() {
    }

    /** Whether an account holding {@code held} may give or take away {@code roles} (an account's roles, old or new). */
    public static boolean permits(Collection<Role> held, Collection<Role> roles) {
        if (!RoleGroup.ACTORS.admits(held)) {
            return false;
        }
        int ceiling = held.stream().mapToInt(RANK::get).max().orElse(-1);
        return roles.stream().allMatch(r -> RANK.get(r) <= ceiling);
    }

    /** Refuses (403, {@code account.role.aboveOwn}) what {@link #permits} does not allow. */
    public static void check(Collection<Role> held, Collection<Role> roles) {
        if (!permits(held, roles == null ? Set.of() : roles)) {
            throw new AccessRefusedException("account.role.aboveOwn");
        }
    }
}
