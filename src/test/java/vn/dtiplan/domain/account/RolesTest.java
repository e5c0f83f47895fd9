package vn.dtiplan.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void everyConstantIsTheNameOfItsRoleAndEveryRoleHasOne() throws IllegalAccessException {
        List<Field> constants = Arrays.stream(Roles.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers())).toList();
        for (Field constant : constants) {
            assertEquals(Role.valueOf(constant.getName()).name(), constant.get(null));
        }
        assertEquals(Role.values().length, constants.size());
    }

    @Test
    void groupsAdmitAnAccountHoldingAnyOfTheirRoles() {
        assertTrue(RoleGroup.ACTORS.admits(Set.of(Role.DEPARTMENT_STAFF, Role.WARD_OFFICER)));
        assertEquals(false, RoleGroup.ACTORS.admits(Set.of(Role.DEPARTMENT_STAFF)));
        assertEquals(Set.of(Role.values()), RoleGroup.ANY.roles());
    }
}
