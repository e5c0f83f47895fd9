package vn.dtiplan.application;

import java.util.Set;
import vn.dtiplan.domain.account.Role;

/** What an official changes on an account; a null field is left as it is. */
public record AccountChange(Boolean enabled, Set<Role> roles, char[] password, String unitCode) {
}
