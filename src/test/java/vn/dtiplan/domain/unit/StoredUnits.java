package vn.dtiplan.domain.unit;

import java.lang.reflect.Field;

/** Test fixture: a unit as if stored (the database assigns ids, the repository then assigns the path). */
public final class StoredUnits {

    private StoredUnits() {
    }

    public static AdministrativeUnit stored(AdministrativeUnit unit, long id) {
        try {
            Field f = AdministrativeUnit.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(unit, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        unit.assignPath();
        return unit;
    }
}
