package vn.dtiplan.domain.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.tenancy.TenantScope;

/** Units and departments, always read through a scope. */
public interface AdministrativeUnitRepository {

    /** The units currently in force inside the scope, parents before children. */
    List<AdministrativeUnit> findVisible(TenantScope scope);

    /**
     * The unit holding this code on the request's {@link ReferenceDay} ({@code ?at=}, default
     * today), if the scope covers it: the one resolution of a {@code {code}} in every path.
     */
    Optional<AdministrativeUnit> findByCode(TenantScope scope, String code);

    /**
     * The unit holding this code on {@code day}; when none holds it that day, the last unit that
     * held it before (a code no unit holds today names the last unit that held it).
     */
    Optional<AdministrativeUnit> findByCode(TenantScope scope, String code, LocalDate day);

    /** The units in force on {@code day} inside the scope, parents before children. */
    List<AdministrativeUnit> findOn(TenantScope scope, LocalDate day);

    /**
     * Whether a unit in force (no end date) that the scope covers holds this code. Units outside
     * the scope are not visible; on PostgreSQL a unique index over the codes in force refuses
     * those duplicates when the unit is stored ({@code unit.code.taken}).
     */
    boolean codeInForce(TenantScope scope, String code);

    /**
     * Rewrites the paths of a moved subtree, {@code from} becoming {@code to}, in the unit table
     * and in every table that copies a unit's path ({@code unit_path}, {@code issuer_path}),
     * except the audit trail, which is never rewritten. Returns the rows changed per table.
     */
    java.util.Map<String, Integer> movePaths(TenantScope scope, String from, String to);

    /** The department with this id in this unit, if the scope covers the unit. */
    Optional<Department> findDepartment(TenantScope scope, AdministrativeUnit unit, long id);

    /** The units in force one to {@code levels} levels below {@code unit} that the scope covers, in one query. */
    List<AdministrativeUnit> findBelow(TenantScope scope, AdministrativeUnit unit, int levels);

    /**
     * The units in force one to {@code levels} levels below the unit at {@code path} that the scope covers, as
     * plain values in one query, parents before children and by code (a board's rows).
     */
    List<UnitEntry> entriesBelow(TenantScope scope, String path, int levels);

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
