package vn.dtiplan.application;

import java.io.Serializable;
import java.util.List;
import vn.dtiplan.domain.unit.UnitLevel;

/** A unit as screens and the API show it, with its departments (serializable: screens keep it in view state). */
public record UnitView(long id, String code, String name, String type, UnitLevel level, String parentCode,
                       List<DepartmentView> departments) implements Serializable {

    public record DepartmentView(long id, String name) implements Serializable {
    }
}
