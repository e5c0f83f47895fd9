package vn.dtiplan.domain.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;
import static vn.dtiplan.domain.unit.StoredUnits.stored;

class AdministrativeUnitTest {

    static final LocalDate OPENED = LocalDate.of(2020, 1, 1);


    @Test
    void pathIsTheChainOfIdsFromTheRoot() {
        AdministrativeUnit province = stored(new AdministrativeUnit("77", "Tỉnh Bà Rịa - Vũng Tàu", "tinh",
                UnitLevel.PROVINCE, null, OPENED), 1);
        AdministrativeUnit city = stored(new AdministrativeUnit("747", "Thành phố Vũng Tàu", "thanh-pho",
                UnitLevel.CITY, province, OPENED), 5);
        AdministrativeUnit ward = stored(new AdministrativeUnit("26509", "Phường  2", "phuong",
                UnitLevel.WARD, city, OPENED), 23);
        assertEquals("1", province.getPath());
        assertEquals("1.5", city.getPath());
        assertEquals("1.5.23", ward.getPath());
        assertEquals("Phường 2", ward.getName(), "whitespace as in the official list is normalised");
    }

    @Test
    void wardsMayHangDirectlyUnderAProvinceAfterThe2025Reform() {
        AdministrativeUnit province = stored(new AdministrativeUnit("79", "Thành phố Hồ Chí Minh", "thanh-pho",
                UnitLevel.PROVINCE, null, OPENED), 2);
        AdministrativeUnit ward = stored(new AdministrativeUnit("26506", "Phường Vũng Tàu", "phuong",
                UnitLevel.WARD, province, LocalDate.of(2025, 7, 1)), 40);
        assertEquals("2.40", ward.getPath());
    }

    @Test
    void treeShapeRulesAreEnforced() {
        AdministrativeUnit province = new AdministrativeUnit("77", "Tỉnh", "tinh", UnitLevel.PROVINCE, null, OPENED);
        AdministrativeUnit ward = new AdministrativeUnit("26509", "Phường 2", "phuong", UnitLevel.WARD, province, OPENED);
        assertThrows(DomainRuleException.class,
                () -> new AdministrativeUnit("1", "Tổ", "to", UnitLevel.WARD, ward, OPENED));
        assertThrows(DomainRuleException.class,
                () -> new AdministrativeUnit("747", "Thành phố", "thanh-pho", UnitLevel.CITY, null, OPENED));
        assertThrows(IllegalArgumentException.class,
                () -> new AdministrativeUnit(" ", "Tên", "tinh", UnitLevel.PROVINCE, null, OPENED));
    }

    @Test
    void aPathNeedsAStoredParent() {
        AdministrativeUnit province = new AdministrativeUnit("77", "Tỉnh", "tinh", UnitLevel.PROVINCE, null, OPENED);
        AdministrativeUnit city = new AdministrativeUnit("747", "TP", "thanh-pho", UnitLevel.CITY, province, OPENED);
        assertThrows(IllegalStateException.class, city::assignPath, "no id yet");
        assertThrows(IllegalStateException.class, () -> stored(city, 5), "the parent has no path yet");
    }

    @Test
    void closingKeepsHistoryWithValidityDates() {
        AdministrativeUnit province = new AdministrativeUnit("77", "Tỉnh Bà Rịa - Vũng Tàu", "tinh",
                UnitLevel.PROVINCE, null, OPENED);
        province.closeBefore(LocalDate.of(2025, 7, 1));
        assertEquals(LocalDate.of(2025, 6, 30), province.getValidTo());
        assertTrue(province.isValidOn(LocalDate.of(2025, 6, 30)));
        assertFalse(province.isValidOn(LocalDate.of(2025, 7, 1)));
        assertFalse(province.isValidOn(LocalDate.of(2019, 12, 31)));
        assertThrows(IllegalArgumentException.class, () -> province.closeBefore(OPENED));
    }
}
