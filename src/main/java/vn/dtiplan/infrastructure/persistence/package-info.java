/**
 * JPA implementations of the domain repositories. Every query of tenant-owned data filters
 * by the {@link vn.dtiplan.domain.tenancy.TenantScope} it is given, through {@link
 * vn.dtiplan.infrastructure.persistence.ScopeFilter}.
 */
package vn.dtiplan.infrastructure.persistence;
