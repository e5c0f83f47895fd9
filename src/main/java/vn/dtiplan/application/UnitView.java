package vn.dtiplan.application;

import java.util.List;
import vn.dtiplan.domain.unit.UnitLevel;

/** A unit as screens and the API show it, with its departments. */
public record UnitView(long id, String code, String name, String type, UnitLevel level, String parentCode,
                       List<DepartmentView> departments) {

    public record DepartmentView(long id, String name) {
    }
}
