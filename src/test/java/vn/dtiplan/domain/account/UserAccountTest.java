package vn.dtiplan.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.Department;
import static vn.dtiplan.domain.unit.StoredUnits.stored;
import vn.dtiplan.domain.unit.UnitLevel;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");
    private final AdministrativeUnit province = stored(new AdministrativeUnit("77", "Tỉnh Bà Rịa - Vũng Tàu", "tinh",
            UnitLevel.PROVINCE, null, LocalDate.of(2020, 1, 1)), 1);
    private final AdministrativeUnit city = stored(new AdministrativeUnit("747", "Thành phố Vũng Tàu", "thanh-pho",
            UnitLevel.CITY, province, LocalDate.of(2020, 1, 1)), 5);
    private final AdministrativeUnit ward = stored(new AdministrativeUnit("26509", "Phường 2", "phuong",
            UnitLevel.WARD, city, LocalDate.of(2020, 1, 1)), 23);

    private static UserAccount account(AdministrativeUnit unit, Department department, Role... roles) {
        return new UserAccount("user.name", "hash", "Nguyễn Văn A", unit, department,
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), NOW);
    }

    private static String refusal(Runnable r) {
        return assertThrows(AccountRuleException.class, r::run).messageKey();
    }

    @Test
    void anAccountGrantsItsUnitsSubtree() {
        assertEquals(TenantScope.subtree(5, "1.5"), account(city, null, Role.CITY_PLANNER).scope());
        assertEquals(TenantScope.subtree(23, "1.5.23"), account(ward, null, Role.WARD_OFFICER).scope());
    }

    @Test
    void theSystemAdministratorSeesEverythingAndHoldsNoUnit() {
        assertEquals(TenantScope.administrator(), account(null, null, Role.SYSTEM_ADMIN).scope());
        assertEquals("account.role.levelMismatch", refusal(() -> account(city, null, Role.SYSTEM_ADMIN)));
    }

    @Test
    void aDisabledAccountSeesNothing() {
        UserAccount a = account(ward, null, Role.WARD_OFFICER);
        a.disable();
        assertTrue(a.scope().isNone());
    }

    @Test
    void rolesMustFitTheUnitsLevel() {
        assertEquals("account.role.levelMismatch", refusal(() -> account(ward, null, Role.CITY_PLANNER)));
        assertEquals("account.role.levelMismatch", refusal(() -> account(city, null, Role.WARD_OFFICER)));
        assertEquals("account.role.levelMismatch", refusal(() -> account(null, null, Role.PROVINCE_OVERSEER)));
        assertEquals(Set.of(Role.PROVINCE_OVERSEER), account(province, null, Role.PROVINCE_OVERSEER).getRoles());
    }

    @Test
    void departmentStaffBelongToADepartmentOfTheirUnit() {
        Department culture = new Department(ward, "Bộ phận Văn hóa - Xã hội");
        Department cityOffice = new Department(city, "Phòng Nội vụ");
        assertEquals("account.department.required", refusal(() -> account(ward, null, Role.DEPARTMENT_STAFF)));
        assertEquals("account.department.otherUnit",
                refusal(() -> account(ward, cityOffice, Role.DEPARTMENT_STAFF)));
        assertEquals(culture, account(ward, culture, Role.DEPARTMENT_STAFF).getDepartment());
    }

    @Test
    void userNamesAndNamesAreChecked() {
        assertEquals("account.username.invalid", refusal(() -> new UserAccount("Phường 2", "h", "A", ward, null,
                Set.of(Role.WARD_OFFICER), NOW)));
        assertEquals("account.username.invalid", refusal(() -> new UserAccount("ab", "h", "A", ward, null,
                Set.of(Role.WARD_OFFICER), NOW)));
        assertEquals("account.fullName.required", refusal(() -> new UserAccount("phuong2.x", "h", " ", ward, null,
                Set.of(Role.WARD_OFFICER), NOW)));
        assertEquals("account.role.required", refusal(() -> account(ward, null)));
    }

    @Test
    void theNotificationAddressIsOneAddressOrNone() {
        UserAccount a = account(ward, null, Role.WARD_OFFICER);
        a.changeEmail("  vanthu.phuong2@vungtau.gov.vn ");
        assertEquals("vanthu.phuong2@vungtau.gov.vn", a.getEmail());
        for (String wrong : new String[] {"vanthu", "a@b", "a@b.vn, c@d.vn", "Văn thư <a@b.vn>"}) {
            assertEquals("account.email.invalid", assertThrows(vn.dtiplan.domain.DomainRuleException.class,
                    () -> a.changeEmail(wrong)).messageKey(), wrong);
        }
        assertEquals("vanthu.phuong2@vungtau.gov.vn", a.getEmail(), "a refusal changes nothing");
        a.changeEmail(" ");
        assertEquals(null, a.getEmail());
    }
}
