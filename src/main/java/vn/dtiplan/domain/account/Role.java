package vn.dtiplan.domain.account;

import java.util.Set;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * What an account may do. The role names are the security group names used by the
 * container ({@code @RolesAllowed}, web.xml), so they never change once released.
 */
public enum Role {
    PROVINCE_OVERSEER(Set.of(UnitLevel.PROVINCE)),
    CITY_PLANNER(Set.of(UnitLevel.CITY)),
    WARD_OFFICER(Set.of(UnitLevel.WARD, UnitLevel.HAMLET)),
    DEPARTMENT_STAFF(Set.of(UnitLevel.PROVINCE, UnitLevel.CITY, UnitLevel.WARD, UnitLevel.HAMLET)),
    SYSTEM_ADMIN(Set.of());

    private final Set<UnitLevel> levels;

    Role(Set<UnitLevel> levels) {
        this.levels = levels;
    }

    /** Whether an account of a unit at this level may hold the role (the system admin holds no unit). */
    public boolean fits(UnitLevel level) {
        return level == null ? this == SYSTEM_ADMIN : levels.contains(level);
    }
}
