package vn.dtiplan.domain.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what, as groups of {@link Role}s: the one list each service, screen and menu entry
 * checks. A group only says which kind of account may try; the tenant scope still decides on
 * which unit's data (an actor changes only its own unit's plans and reports).
 */
public enum RoleGroup {
    /** the unit officials who plan, adopt inherited tasks, score and report for their unit */
    PLANNERS(Role.PROVINCE_OVERSEER, Role.CITY_PLANNER, Role.WARD_OFFICER),
    /** the planners and the system admin: who may change plans, adoption decisions, reports and scores */
    ACTORS(Role.PROVINCE_OVERSEER, Role.CITY_PLANNER, Role.WARD_OFFICER, Role.SYSTEM_ADMIN),
    /** everyone who works in a unit: its planners and its department staff */
    UNIT_STAFF(Role.PROVINCE_OVERSEER, Role.CITY_PLANNER, Role.WARD_OFFICER, Role.DEPARTMENT_STAFF),
    /** every role: acknowledging a change notice, which department staff do too */
    ANY(Role.values()),
    /** who compares units by score: the levels with units below, and the system admin */
    RANKERS(Role.PROVINCE_OVERSEER, Role.CITY_PLANNER, Role.SYSTEM_ADMIN),
    /** who publishes index frameworks: any level with units below (a city issues its wards' PAR index), the system admin */
    FRAMEWORK_ISSUERS(Role.PROVINCE_OVERSEER, Role.CITY_PLANNER, Role.SYSTEM_ADMIN),
    /** who reorganises units: the system admin anywhere, a province inside itself */
    REORGANISERS(Role.PROVINCE_OVERSEER, Role.SYSTEM_ADMIN),
    /** accounts and system tasks */
    ADMINS(Role.SYSTEM_ADMIN);

    private final Set<Role> roles;

    RoleGroup(Role... roles) {
        this.roles = Set.copyOf(EnumSet.of(roles[0], roles));
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Whether an account holding these roles belongs to the group. */
    public boolean admits(Collection<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}
