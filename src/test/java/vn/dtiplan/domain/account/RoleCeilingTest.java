package vn.dtiplan.domain.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.AccessRefusedException;
import vn.dtiplan.domain.unit.UnitLevel;

class RoleCeilingTest {

    @Test
    void anOfficialGrantsRolesUpToTheirOwnAndNoHigher() {
        assertTrue(RoleCeiling.permits(Set.of(Role.PROVINCE_OVERSEER), Set.of(Role.PROVINCE_OVERSEER)));
        assertTrue(RoleCeiling.permits(Set.of(Role.PROVINCE_OVERSEER), Set.of(Role.WARD_OFFICER, Role.DEPARTMENT_STAFF)));
        assertTrue(RoleCeiling.permits(Set.of(Role.WARD_OFFICER), Set.of(Role.WARD_OFFICER)));
        assertFalse(RoleCeiling.permits(Set.of(Role.WARD_OFFICER), Set.of(Role.CITY_PLANNER)));
        assertFalse(RoleCeiling.permits(Set.of(Role.PROVINCE_OVERSEER), Set.of(Role.SYSTEM_ADMIN)));
        assertTrue(RoleCeiling.permits(Set.of(Role.SYSTEM_ADMIN), Set.of(Role.SYSTEM_ADMIN)));
    }

    @Test
    void departmentStaffAndStrangersGrantNothing() {
        assertFalse(RoleCeiling.permits(Set.of(Role.DEPARTMENT_STAFF), Set.of(Role.DEPARTMENT_STAFF)));
        assertFalse(RoleCeiling.permits(Set.of(), Set.of(Role.DEPARTMENT_STAFF)));
        assertThrows(AccessRefusedException.class, () -> RoleCeiling.check(Set.of(Role.CITY_PLANNER),
                Set.of(Role.PROVINCE_OVERSEER)));
        assertDoesNotThrow(() -> RoleCeiling.check(Set.of(Role.CITY_PLANNER), Set.of(Role.CITY_PLANNER)));
    }

    @Test
    void hamletsHaveWardOfficersAndStaff() {
        assertTrue(Role.WARD_OFFICER.fits(UnitLevel.HAMLET));
        assertTrue(Role.DEPARTMENT_STAFF.fits(UnitLevel.HAMLET));
        assertFalse(Role.CITY_PLANNER.fits(UnitLevel.HAMLET));
    }
}
