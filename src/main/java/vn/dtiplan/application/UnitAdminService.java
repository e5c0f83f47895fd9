package vn.dtiplan.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dtiplan.domain.AccessRefusedException;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.Versioned;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.account.Roles;
import vn.dtiplan.domain.audit.Change;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;
import vn.dtiplan.domain.unit.Department;
import vn.dtiplan.domain.unit.UnitLevel;
import vn.dtiplan.domain.unit.UnitTypes;

/**
 * Creating, renaming and moving units, and their departments: by the system administrator
 * anywhere, by a unit's officials below their own unit (their own unit is changed by the unit
 * above it; its departments by its own officials). Every change goes into the audit trail under
 * the unit's id (codes are reused).
 *
 * <p>A move keeps the unit's identity and records and rewrites the materialised paths of its
 * subtree and of every record that copies them, in this one transaction (docs/architecture.md,
 * "Units over time"), so tenancy follows the unit to its new parent at once.
 */
@Stateless
@RolesAllowed({Roles.PROVINCE_OVERSEER, Roles.CITY_PLANNER, Roles.WARD_OFFICER, Roles.SYSTEM_ADMIN})
public class UnitAdminService {

    /** What is asked for a new unit; a null {@code validFrom} means today. */
    public record NewUnit(String code, String name, UnitLevel level, String parentCode, LocalDate validFrom) {
    }

    @Inject
    private Tenancy tenancy;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private AuditTrail audit;

    @Inject
    private VietnamTime time;

    public UnitView create(NewUnit request) {
        TenantScope scope = tenancy.current();
        AdministrativeUnit parent = null;
        if (request.parentCode() != null && !request.parentCode().isBlank()) {
            parent = inForce(units.findByCode(scope, request.parentCode().strip())
                    .orElseThrow(() -> new RecordNotFoundException("unit.parent.unknown", request.parentCode())));
        } else if (!scope.isAll()) {
            throw new AccessRefusedException("unit.manage.refused");
        }
        String code = request.code() == null ? "" : request.code().strip();
        if (code.isEmpty() || request.name() == null || request.name().isBlank() || request.level() == null) {
            throw new DomainRuleException("unit.fields.required");
        }
        if (units.codeInForce(scope, code)) {
            throw new StateConflictException("unit.code.taken", code);
        }
        AdministrativeUnit unit = units.add(new AdministrativeUnit(code, request.name(),
                UnitTypes.of(request.name(), request.level()), request.level(), parent,
                request.validFrom() == null ? time.today() : request.validFrom()));
        UnitView view = UnitService.view(unit, List.of());
        audit.record(unit.getPath(), RecordType.UNIT, unit.getId(), "CREATE", Change.between(Map.of(), fields(unit)));
        return view;
    }

    /** Renames and/or moves the unit holding {@code code}; a null field is left as it is. */
    public UnitView change(String code, String newName, String newParentCode) {
        return change(code, newName, newParentCode, null);
    }

    /**
     * {@link #change} of the unit's version the form was opened on: a unit changed since is
     * refused ({@link vn.dtiplan.domain.StaleVersionException}, nothing stored); null checks nothing.
     */
    public UnitView change(String code, String newName, String newParentCode, Long expectedVersion) {
        TenantScope scope = tenancy.current();
        AdministrativeUnit unit = managed(scope, code);
        Versioned.require(expectedVersion, unit.getVersion());
        Map<String, Object> before = fields(unit);
        if (newName != null) {
            unit.rename(newName);
        }
        String action = "UPDATE";
        if (newParentCode != null && !newParentCode.strip().equals(before.get("parentCode"))) {
            AdministrativeUnit parent = inForce(units.findByCode(scope, newParentCode.strip())
                    .orElseThrow(() -> new RecordNotFoundException("unit.parent.unknown", newParentCode)));
            String from = unit.getPath();
            String to = unit.moveUnder(parent).value();
            units.movePaths(scope, from, to);
            action = "MOVE";
        }
        audit.record(unit.getPath(), RecordType.UNIT, unit.getId(), action, Change.between(before, fields(unit)));
        return UnitService.view(unit, departments(scope, unit));
    }

    public UnitView.DepartmentView addDepartment(String unitCode, String name) {
        TenantScope scope = tenancy.current();
        AdministrativeUnit unit = departmentsOf(scope, unitCode);
        Department department = new Department(unit, name);
        if (departments(scope, unit).stream().anyMatch(d -> d.name().equalsIgnoreCase(department.getName()))) {
            throw new StateConflictException("department.name.taken", department.getName());
        }
        units.add(department);
        audit.record(unit.getPath(), RecordType.UNIT, unit.getId(), "DEPARTMENT_CREATE",
                Change.between(Map.of(), Map.of("department", department.getName())));
        return UnitService.view(department);
    }

    public UnitView.DepartmentView renameDepartment(String unitCode, long id, String name) {
        return renameDepartment(unitCode, id, name, null);
    }

    /**
     * {@link #renameDepartment} of the department's version the caller saw: a department changed
     * since is refused ({@link vn.dtiplan.domain.StaleVersionException}, nothing stored); null checks nothing.
     */
    public UnitView.DepartmentView renameDepartment(String unitCode, long id, String name, Long expectedVersion) {
        TenantScope scope = tenancy.current();
        AdministrativeUnit unit = departmentsOf(scope, unitCode);
        Department department = activeDepartment(scope, unit, id);
        Versioned.require(expectedVersion, department.getVersion());
        String before = department.getName();
        department.rename(name);
        if (departments(scope, unit).stream()
                .anyMatch(d -> d.id() != id && d.name().equalsIgnoreCase(department.getName()))) {
            throw new StateConflictException("department.name.taken", department.getName());
        }
        audit.record(unit.getPath(), RecordType.UNIT, unit.getId(), "DEPARTMENT_RENAME",
                Change.between(Map.of("department", before), Map.of("department", department.getName())));
        return UnitService.view(department);
    }

    /** Retires the department (never deletes it: tasks it led and accounts it held keep it). */
    public void retireDepartment(String unitCode, long id) {
        TenantScope scope = tenancy.current();
        AdministrativeUnit unit = departmentsOf(scope, unitCode);
        Department department = activeDepartment(scope, unit, id);
        department.retire(time.today());
        audit.record(unit.getPath(), RecordType.UNIT, unit.getId(), "DEPARTMENT_RETIRE",
                Change.between(Map.of("department", department.getName()), Map.of()));
    }

    /** A unit the caller may rename or move: strictly below the caller's own unit (anywhere for the admin). */
    private AdministrativeUnit managed(TenantScope scope, String code) {
        AdministrativeUnit unit = inForce(units.findByCode(scope, code).orElseThrow(RecordNotFoundException::new));
        if (!scope.isAll() && scope.unitId().map(unit.getId()::equals).orElse(true)) {
            throw new AccessRefusedException("unit.manage.refused");
        }
        return unit;
    }

    /** A unit whose departments the caller may change: its own or one below it. */
    private AdministrativeUnit departmentsOf(TenantScope scope, String code) {
        return inForce(units.findByCode(scope, code).orElseThrow(RecordNotFoundException::new));
    }

    private Department activeDepartment(TenantScope scope, AdministrativeUnit unit, long id) {
        Department department = units.findDepartment(scope, unit, id).orElseThrow(RecordNotFoundException::new);
        if (department.isRetired()) {
            throw new StateConflictException("department.retired");
        }
        return department;
    }

    private static AdministrativeUnit inForce(AdministrativeUnit unit) {
        if (unit.getValidTo() != null) {
            throw new StateConflictException("unit.closed");
        }
        return unit;
    }

    private List<UnitView.DepartmentView> departments(TenantScope scope, AdministrativeUnit unit) {
        return units.findDepartments(scope, List.of(unit)).stream().map(UnitService::view).toList();
    }

    private static Map<String, Object> fields(AdministrativeUnit unit) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", unit.getCode());
        fields.put("name", unit.getName());
        fields.put("level", unit.getLevel());
        fields.put("parentCode", unit.getParent() == null ? null : unit.getParent().getCode());
        fields.put("path", unit.getPath());
        fields.put("validFrom", unit.getValidFrom());
        return fields;
    }
}
