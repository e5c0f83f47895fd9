package vn.dtiplan.domain.framework;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.StoredUnits;
import vn.dtiplan.domain.unit.UnitLevel;

/** Test fixture: the Bà Rịa - Vũng Tàu tree (province 1, city 2, wards 3 and 4) and its 2023 ward framework. */
public final class Frameworks {

    public static final String[] PILLARS = {"Nhận thức số", "Thể chế số", "Hạ tầng số", "Nhân lực số",
        "An toàn thông tin mạng", "Chính quyền số", "Kinh tế số", "Xã hội số"};
    public static final int[] WARD_MAXIMA = {6, 11, 3, 10, 3, 50, 4, 13};

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    public final AdministrativeUnit province = StoredUnits.stored(
            new AdministrativeUnit("77", "Tỉnh Bà Rịa - Vũng Tàu", "tinh", UnitLevel.PROVINCE, null, FROM), 1);
    public final AdministrativeUnit city = StoredUnits.stored(
            new AdministrativeUnit("747", "Thành phố Vũng Tàu", "thanh-pho", UnitLevel.CITY, province, FROM), 2);
    public final AdministrativeUnit ward2 = StoredUnits.stored(
            new AdministrativeUnit("26509", "Phường 2", "phuong", UnitLevel.WARD, city, FROM), 3);
    public final AdministrativeUnit ward3 = StoredUnits.stored(
            new AdministrativeUnit("26512", "Phường 3", "phuong", UnitLevel.WARD, city, FROM), 4);

    /** The 2023 ward framework: 8 pillars of 6/11/3/10/3/50/4/13 and two Chính quyền số criteria. */
    public IndexFramework wardFramework() {
        IndexFramework f = new IndexFramework(province, 2023, UnitLevel.WARD, "Bộ chỉ số DTI cấp xã 2023");
        for (int i = 0; i < PILLARS.length; i++) {
            f.addPillar(PILLARS[i], BigDecimal.valueOf(WARD_MAXIMA[i]));
        }
        Pillar government = f.pillar("Chính quyền số").orElseThrow();
        f.addCriterion(government, "6.1", "Tỷ lệ hồ sơ được giải quyết đúng hạn", new BigDecimal("4"), null, null);
        f.addCriterion(government, "6.2", "Tỷ lệ hồ sơ thanh toán trực tuyến", new BigDecimal("3"), null, null);
        return f;
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
