package vn.dtiplan.domain.plan;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.StoredUnits;
import vn.dtiplan.domain.unit.UnitLevel;

/** A small tree (province 1 → city 5 → wards 23, 24, 25) and plans on it, as if stored. */
final class PlanFixtures {

    static final LocalDate MAY_13 = LocalDate.of(2024, 5, 13);
    static final AdministrativeUnit PROVINCE = StoredUnits.stored(
            new AdministrativeUnit("77", "Tỉnh Bà Rịa - Vũng Tàu", "Tỉnh", UnitLevel.PROVINCE, null, MAY_13), 1);
    static final AdministrativeUnit CITY = StoredUnits.stored(
            new AdministrativeUnit("747", "Thành phố Vũng Tàu", "Thành phố", UnitLevel.CITY, PROVINCE, MAY_13), 5);
    static final List<AdministrativeUnit> WARDS = List.of(ward("26509", "Phường 2", 23),
            ward("26512", "Phường 3", 24), ward("26515", "Phường 4", 25));

    private static long nextId = 1000;

    private PlanFixtures() {
    }

    private static AdministrativeUnit ward(String code, String name, long id) {
        return StoredUnits.stored(new AdministrativeUnit(code, name, "Phường", UnitLevel.WARD, CITY, MAY_13), id);
    }

    static Plan plan(AdministrativeUnit unit, String number, Plan implementing) {
        return withId(new Plan(unit, PlanHeader.minimal(number, "Kế hoạch khắc phục hạn chế DTI 2023", 2024),
                implementing));
    }

    static Task task(Plan plan, int ordinal, String solution, String timeframe, boolean cascade) {
        return withId(new Task(plan, ordinal, TaskContent.of(solution, "UBND các phường, xã", timeframe, cascade),
                null, MAY_13));
    }

    /** Issues the city plan with its tasks to the three wards; answers the copies (ids assigned). */
    static List<InheritedTask> issue(Plan plan, List<Task> tasks, List<InheritedTask> pending) {
        List<InheritedTask> copies = new ArrayList<>(plan.issue(tasks, pending, WARDS, "tp.vungtau", MAY_13));
        copies.forEach(PlanFixtures::withId);
        return copies;
    }

    static <T> T withId(T entity) {
        try {
            Class<?> type = entity.getClass();
            while (type.getSuperclass() != Object.class) {
                type = type.getSuperclass();
            }
            Field f = type.getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, nextId++);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return entity;
    }
}
