/**
 * The domain of dtiplan: administrative units and their departments, accounts, the tenant
 * scope, and (as they arrive) frameworks, assessments, plans, tasks and the cascade rules.
 * Plain Java and JPA mappings only; repositories are interfaces implemented in
 * {@code vn.dtiplan.infrastructure}. Every repository method that reads tenant-owned data
 * takes a {@link vn.dtiplan.domain.tenancy.TenantScope}.
 */
package vn.dtiplan.domain;
