package vn.dtiplan.application;

import java.util.Set;
import vn.dtiplan.domain.account.Role;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * The signed-in user as the layout and the home page show it. Unit fields and
 * {@code department} are null for a system administrator (no unit) or an account without one.
 */
public record CallerView(String username, String fullName, String unitCode, String unitName, Set<Role> roles,
                         UnitLevel unitLevel, String department) {
}
