package vn.dtiplan.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;
import vn.dtiplan.domain.unit.Department;

/** Reads the administrative tree the caller may see. */
@Stateless
public class UnitService {

    @Inject
    private Tenancy tenancy;

    @Inject
    private AdministrativeUnitRepository units;

    /** Every unit in force in the caller's scope, parents before children, with departments. */
    public List<UnitView> visibleUnits() {
        TenantScope scope = tenancy.current();
        return views(scope, units.findVisible(scope));
    }

    /** The tree of the caller's scope as it stood on {@code day}, parents before children, with departments. */
    public List<UnitView> unitsOn(LocalDate day) {
        TenantScope scope = tenancy.current();
        return views(scope, units.findOn(scope, day));
    }

    private List<UnitView> views(TenantScope scope, List<AdministrativeUnit> visible) {
        Map<Long, List<UnitView.DepartmentView>> departments = units.findDepartments(scope, visible).stream()
                .collect(Collectors.groupingBy(d -> d.getUnit().getId(),
                        Collectors.mapping(UnitService::view, Collectors.toList())));
        return visible.stream().map(u -> view(u, departments.getOrDefault(u.getId(), List.of()))).toList();
    }

    /** One unit in the caller's scope, with its departments. */
    public Optional<UnitView> unit(String code) {
        TenantScope scope = tenancy.current();
        return units.findByCode(scope, code).map(u -> view(u,
                units.findDepartments(scope, List.of(u)).stream().map(UnitService::view).toList()));
    }

    static UnitView view(AdministrativeUnit u, List<UnitView.DepartmentView> departments) {
        AdministrativeUnit parent = u.getParent();
        return new UnitView(u.getId(), u.getCode(), u.getName(), u.getType(), u.getLevel(),
                parent == null ? null : parent.getCode(), departments, u.getValidFrom(), u.getValidTo(), u.getVersion());
    }

    static UnitView.DepartmentView view(Department d) {
        return new UnitView.DepartmentView(d.getId(), d.getName(), d.getVersion());
    }
}
