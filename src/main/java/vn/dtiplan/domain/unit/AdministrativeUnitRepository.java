package vn.dtiplan.domain.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.tenancy.TenantScope;

/** Units and departments, always read through a scope. */
public interface AdministrativeUnitRepository {

    /** The units currently in force inside the scope, parents before children. */
    List<AdministrativeUnit> findVisible(TenantScope scope);

    /** The unit currently in force with this official code, if the scope covers it. */
    Optional<AdministrativeUnit> findByCode(TenantScope scope, String code);

    /** The units in force one to {@code levels} levels below {@code unit} that the scope covers, in one query. */
    List<AdministrativeUnit> findBelow(TenantScope scope, AdministrativeUnit unit, int levels);

    /** The unit with this id (in force or not), if the scope covers it. */
    Optional<AdministrativeUnit> findById(TenantScope scope, long id);

    /** The departments of the given units that the scope covers, by unit then name. */
    List<Department> findDepartments(TenantScope scope, Collection<AdministrativeUnit> units);

    /** The unit in force with this code, else the last unit that held it, if the scope covers it. */
    Optional<AdministrativeUnit> findLastByCode(TenantScope scope, String code);

    /** Whether the scope covers any unit at all. */
    boolean isEmpty(TenantScope scope);

    /** Stores a new unit (its parent already stored) and assigns its path. */
    AdministrativeUnit add(AdministrativeUnit unit);

    Department add(Department department);
}
