package vn.dtiplan.interfaces.web;

import java.io.Serializable;
import vn.dtiplan.application.CallerView;
import vn.dtiplan.domain.account.RoleGroup;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * The caller's unit as the plan screens need it: which unit they work for, its level, and
 * whether the caller may write plans and decide on inherited tasks (the services check again).
 */
record CallerUnit(String code, String name, UnitLevel level, boolean planner) implements Serializable {

    static CallerUnit of(CallerView caller) {
        if (caller == null || caller.unitCode() == null) {
            return new CallerUnit(null, null, null, false);
        }
        boolean planner = RoleGroup.PLANNERS.admits(caller.roles());
        return new CallerUnit(caller.unitCode(), caller.unitName(), caller.unitLevel(), planner);
    }

    boolean present() {
        return code != null;
    }

    /** Whether the unit has child units a plan can cascade to. */
    boolean hasChildren() {
        return level != null && level.hasChildUnits();
    }
}
