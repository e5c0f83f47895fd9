package vn.dtiplan.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * A unit as screens and the API show it, with its departments and its validity (serializable:
 * screens keep it in view state). {@code validTo} is null while the unit is in force;
 * {@code version} is its {@code @Version} (what the edit form names).
 */
public record UnitView(long id, String code, String name, String type, UnitLevel level, String parentCode,
                       List<DepartmentView> departments, LocalDate validFrom, LocalDate validTo,
                       long version)
        implements Serializable {

    public record DepartmentView(long id, String name, long version) implements Serializable {
    }
}
