package vn.dtiplan.application;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.dtiplan.domain.account.Role;

/**
 * An account as the administration screen lists it (never its hash); {@code version} is its
 * {@code @Version}, which the screen names when it changes the account.
 */
public record AccountView(String username, String fullName, String unitCode, String unitName, String department,
                          Set<Role> roles, boolean enabled, long version) implements Serializable {

    /** The fields the audit trail records for an account (never the password). */
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("fullName", fullName);
        fields.put("unitCode", unitCode);
        fields.put("department", department);
        fields.put("roles", roles == null ? null : new java.util.TreeSet<>(roles));
        fields.put("enabled", enabled);
        return fields;
    }
}
