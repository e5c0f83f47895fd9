/**
 * Application services: {@code @Stateless} beans, the transaction and security boundary.
 * Each public method resolves the caller's {@link vn.dtiplan.domain.tenancy.TenantScope}
 * through {@link vn.dtiplan.application.Tenancy} first, passes it to every repository call,
 * and returns immutable views, never managed entities.
 */
package vn.dtiplan.application;
