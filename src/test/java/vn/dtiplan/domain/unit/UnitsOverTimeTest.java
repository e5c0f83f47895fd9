package vn.dtiplan.domain.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.domain.unit.StoredUnits.stored;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;

class UnitsOverTimeTest {

    private static final LocalDate FROM = LocalDate.of(2025, 7, 1);

    private final AdministrativeUnit province = stored(new AdministrativeUnit("79", "Thành phố Hồ Chí Minh",
            "thanh-pho", UnitLevel.PROVINCE, null, FROM), 1);
    private final AdministrativeUnit city = stored(new AdministrativeUnit("747", "Thành phố Vũng Tàu", "thanh-pho",
            UnitLevel.CITY, province, FROM), 2);
    private final AdministrativeUnit ward = stored(new AdministrativeUnit("26506", "Phường Vũng Tàu", "phuong",
            UnitLevel.WARD, city, FROM), 3);
    private final AdministrativeUnit hamlet = stored(new AdministrativeUnit("26506-KP1", "Khu phố 1", "khu-pho",
            UnitLevel.HAMLET, ward, FROM), 4);

    @Test
    void aHamletStandsOnlyUnderAWardAndHasNoUnitsBelow() {
        assertEquals("1.2.3.4", hamlet.getPath());
        assertTrue(UnitLevel.WARD.hasChildUnits());
        assertFalse(UnitLevel.HAMLET.hasChildUnits());
        assertFalse(UnitLevel.WARD.hasChildGovernments());
        assertThrows(DomainRuleException.class,
                () -> new AdministrativeUnit("X1", "Khu phố 2", "khu-pho", UnitLevel.HAMLET, city, FROM));
        assertThrows(DomainRuleException.class,
                () -> new AdministrativeUnit("X2", "Tổ 1", "to", UnitLevel.HAMLET, hamlet, FROM));
        assertThrows(DomainRuleException.class,
                () -> new AdministrativeUnit("X3", "Phường X", "phuong", UnitLevel.WARD, null, FROM));
        assertTrue(UnitLevel.WARD.fitsUnder(UnitLevel.PROVINCE));
        assertFalse(UnitLevel.CITY.fitsUnder(UnitLevel.CITY));
    }

    @Test
    void aNewUnitCarriesItsParentsPathUntilItsIdIsKnown() {
        AdministrativeUnit fresh = new AdministrativeUnit("26508", "Phường Tam Thắng", "phuong", UnitLevel.WARD,
                province, FROM);
        assertEquals("1", fresh.getPath());
        stored(fresh, 9);
        assertEquals("1.9", fresh.getPath());
    }

    @Test
    void aMoveTakesTheNewParentsPathAndRefusesItsOwnSubtreeAndMisfits() {
        AdministrativeUnit otherWard = stored(new AdministrativeUnit("26508", "Phường Tam Thắng", "phuong",
                UnitLevel.WARD, city, FROM), 5);
        assertEquals("1.3", ward.moveUnder(province).value());
        assertEquals(province, ward.getParent());
        assertThrows(DomainRuleException.class, () -> ward.moveUnder(hamlet));
        assertThrows(DomainRuleException.class, () -> hamlet.moveUnder(city));
        assertEquals("1.2.5.4", hamlet.moveUnder(otherWard).value());
        assertTrue(otherWard.rename("Phường  Tam   Thắng mới"));
        assertEquals("Phường Tam Thắng mới", otherWard.getName());
        assertThrows(DomainRuleException.class, () -> otherWard.rename(" "));
    }

    @Test
    void aClosedUnitIsNotMovedNorAParentOfMoves() {
        AdministrativeUnit old = stored(new AdministrativeUnit("26509", "Phường 2", "phuong", UnitLevel.WARD, city,
                LocalDate.of(2008, 1, 1)), 6);
        old.closeOn(LocalDate.of(2025, 6, 30));
        assertFalse(old.isValidOn(FROM));
        assertTrue(old.isValidOn(LocalDate.of(2025, 6, 30)));
        assertThrows(DomainRuleException.class, () -> old.moveUnder(province));
        assertThrows(DomainRuleException.class, () -> hamlet.moveUnder(old));
    }

    @Test
    void aDepartmentIsRenamedAndRetiredOnce() {
        Department d = new Department(ward, "  Bộ phận   một cửa ");
        assertEquals("Bộ phận một cửa", d.getName());
        assertFalse(d.rename("Bộ phận một cửa"));
        assertTrue(d.rename("Bộ phận Văn hóa xã hội"));
        d.retire(FROM);
        assertTrue(d.isRetired());
        assertThrows(StateConflictException.class, () -> d.retire(FROM));
        assertThrows(DomainRuleException.class, () -> d.rename(" "));
    }

    @Test
    void theTypeOfAUnitIsReadFromItsName() {
        assertEquals("khu-pho", UnitTypes.of("Khu phố 3", UnitLevel.HAMLET));
        assertEquals("thon", UnitTypes.of("Thôn Đông", UnitLevel.HAMLET));
        assertEquals("ap", UnitTypes.of("Ấp Bến Đá", UnitLevel.HAMLET));
        assertEquals("phuong", UnitTypes.of("Phường Vũng Tàu", UnitLevel.WARD));
        assertEquals("hamlet", UnitTypes.of("Xóm Trại", UnitLevel.HAMLET));
    }
}
