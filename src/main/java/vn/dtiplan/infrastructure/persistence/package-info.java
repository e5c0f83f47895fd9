/**
 * JPA implementations of the domain repositories. Every query of tenant-owned data filters
 * by the {@link vn.dtiplan.domain.tenancy.TenantScope} it is given with a JPQL rendering of
 * {@link vn.dtiplan.domain.tenancy.Visibility}, bound by {@link
 * vn.dtiplan.infrastructure.persistence.ScopeFilter}; every write refuses a record outside it.
 */
package vn.dtiplan.infrastructure.persistence;
