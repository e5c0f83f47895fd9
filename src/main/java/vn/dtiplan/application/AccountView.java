package vn.dtiplan.application;

import java.util.Set;
import vn.dtiplan.domain.account.Role;

/** An account as the administration screen lists it (never its hash). */
public record AccountView(String username, String fullName, String unitCode, String unitName, String department,
                          Set<Role> roles, boolean enabled) {
}
