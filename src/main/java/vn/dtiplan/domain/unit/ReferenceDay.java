package vn.dtiplan.domain.unit;

import java.time.LocalDate;

/**
 * The day on which a unit code is read: the request's {@code ?at=} when it names one, else
 * today in Vietnam. {@link AdministrativeUnitRepository#findByCode(vn.dtiplan.domain.tenancy.TenantScope, String)}
 * resolves every {@code {code}} of the API and the screens on it.
 */
public interface ReferenceDay {

    LocalDate day();
}
