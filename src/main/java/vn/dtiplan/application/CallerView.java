package vn.dtiplan.application;

import java.util.Set;
import vn.dtiplan.domain.account.Role;

/** The signed-in user as the layout shows it. */
public record CallerView(String username, String fullName, String unitCode, String unitName, Set<Role> roles) {
}
