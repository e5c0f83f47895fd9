package vn.dtiplan.domain.tenancy;

/**
 * The database's own copy of the rule: hands the scope to the storage for the current
 * transaction, so that a query that forgets the scope still sees nothing it should not.
 * On PostgreSQL this sets the setting read by row-level security; on H2 it does nothing.
 */
public interface ScopeEnforcement {

    void enforce(TenantScope scope);
}
