package vn.dtiplan.application;

import java.util.Set;
import vn.dtiplan.domain.account.Role;

/** What a system administrator enters to open an account. {@code departmentId} may be null. */
public record NewAccount(String username, char[] password, String fullName, String unitCode, Long departmentId,
                         Set<Role> roles) {
}
