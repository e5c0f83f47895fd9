package vn.dtiplan.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.account.RoleCeiling;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.domain.account.Roles;
import vn.dtiplan.domain.Versioned;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.account.AccountRuleException;
import vn.dtiplan.domain.account.PasswordPolicy;
import vn.dtiplan.domain.account.Role;
import vn.dtiplan.domain.account.UserAccount;
import vn.dtiplan.domain.account.UserAccountRepository;
import vn.dtiplan.domain.audit.Change;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;
import vn.dtiplan.domain.unit.Department;

/**
 * The signed-in caller, and the accounts of the caller's subtree: opened and changed by the
 * system administrator anywhere, or by a unit's officials within their subtree with roles no
 * higher than their own ({@link RoleCeiling}).
 */
@Stateless
public class AccountService {

    /** Minimum password length for new accounts. */

    @Inject
    private Tenancy tenancy;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AuditTrail audit;

    @Inject
    private VietnamTime time;

    @Inject
    private Event<AccountCredentialsChanged> credentialsChanged;

    public Optional<CallerView> caller() {
        TenantScope scope = tenancy.current();
        return tenancy.callerAccount().map(a -> {
            Optional<AdministrativeUnit> unit = a.getUnitId() == null ? Optional.empty()
                    : units.findById(scope, a.getUnitId());
            return new CallerView(a.getUsername(), a.getFullName(),
                    unit.map(AdministrativeUnit::getCode).orElse(null),
                    unit.map(AdministrativeUnit::getName).orElse(null), a.getRoles(),
                    unit.map(AdministrativeUnit::getLevel).orElse(null),
                    a.getDepartment() == null || unit.isEmpty() ? null : a.getDepartment().getName());
        });
    }

    @RolesAllowed({Roles.PROVINCE_OVERSEER, Roles.CITY_PLANNER, Roles.WARD_OFFICER, Roles.SYSTEM_ADMIN})
    public List<AccountView> visibleAccounts() {
        return accounts.findVisible(tenancy.current()).stream().map(AccountService::view).toList();
    }

    /** One account of the caller's subtree (empty outside it). */
    @RolesAllowed({Roles.PROVINCE_OVERSEER, Roles.CITY_PLANNER, Roles.WARD_OFFICER, Roles.SYSTEM_ADMIN})
    public Optional<AccountView> account(String username) {
        return inScope(tenancy.current(), username).map(AccountService::view);
    }

    private Optional<UserAccount> inScope(TenantScope scope, String username) {
        return accounts.findByUsername(username == null ? "" : username.strip())
                .filter(a -> scope.isAll() || a.getUnitPath() != null && scope.covers(a.getUnitPath()));
    }

    /**
     * Opens an account. Refused with an {@link AccountRuleException} (a message key) when the
     * user name is taken or malformed, the password weak ({@link PasswordPolicy}), the unit outside the caller's
     * scope, or a role does not fit the unit's level; nothing is stored then.
     */
    @RolesAllowed({Roles.PROVINCE_OVERSEER, Roles.CITY_PLANNER, Roles.WARD_OFFICER, Roles.SYSTEM_ADMIN})
    public AccountView create(NewAccount request) {
        TenantScope scope = tenancy.current();
        RoleCeiling.check(callerRoles(), request.roles());
        PasswordPolicy.check(request.password(), request.username());
        if (request.username() != null && accounts.existsByUsername(request.username().strip())) {
            throw new AccountRuleException("account.username.taken");
        }
        AdministrativeUnit unit = request.unitCode() == null || request.unitCode().isBlank() ? null
                : units.findByCode(scope, request.unitCode().strip())
                        .orElseThrow(() -> new AccountRuleException("account.unit.unknown"));
        Department department = request.departmentId() == null ? null
                : units.findDepartments(scope, unit == null ? List.of() : List.of(unit)).stream()
                        .filter(d -> d.getId().equals(request.departmentId())).findFirst()
                        .orElseThrow(() -> new AccountRuleException("account.department.otherUnit"));
        String hash = passwords.hash(request.password());
        Arrays.fill(request.password(), '\0');
        UserAccount account = accounts.add(new UserAccount(
                request.username() == null ? null : request.username().strip(), hash, request.fullName(),
                unit, department, request.roles() == null ? java.util.Set.<Role>of() : request.roles(), time.now()));
        AccountView view = view(account);
        audit.record(account.getUnitPath() == null ? "" : account.getUnitPath(), RecordType.ACCOUNT, account.getUsername(),
                "CREATE", Change.between(Map.of(), view.auditFields()));
        return view;
    }

    /**
     * Changes an account of the caller's subtree: enables or disables it, sets its roles, resets
     * its password or moves it to another unit of the subtree. Refused when the account is not
     * in the scope (404), holds or would get a role above the caller's (403), or a rule breaks
     * (422); nothing is changed then. A change of password, roles or enabled fires
     * {@link AccountCredentialsChanged}.
     */
    @RolesAllowed({Roles.PROVINCE_OVERSEER, Roles.CITY_PLANNER, Roles.WARD_OFFICER, Roles.SYSTEM_ADMIN})
    public AccountView update(String username, AccountChange change) {
        return update(username, change, null);
    }

    /**
     * {@link #update} of the account's version the screen showed: an account changed since is
     * refused ({@link vn.dtiplan.domain.StaleVersionException}, nothing stored); null checks nothing.
     */
    @RolesAllowed({Roles.PROVINCE_OVERSEER, Roles.CITY_PLANNER, Roles.WARD_OFFICER, Roles.SYSTEM_ADMIN})
    public AccountView update(String username, AccountChange change, Long expectedVersion) {
        TenantScope scope = tenancy.current();
        UserAccount account = inScope(scope, username).orElseThrow(RecordNotFoundException::new);
        Versioned.require(expectedVersion, account.getVersion());
        Set<Role> held = callerRoles();
        RoleCeiling.check(held, account.getRoles());
        Map<String, Object> before = view(account).auditFields();
        if (change.roles() != null) {
            RoleCeiling.check(held, change.roles());
            account.changeRoles(change.roles());
        }
        if (change.unitCode() != null) {
            account.moveTo(units.findByCode(scope, change.unitCode().strip())
                    .filter(u -> u.getValidTo() == null)
                    .orElseThrow(() -> new AccountRuleException("account.unit.unknown")), null);
        }
        if (Boolean.TRUE.equals(change.enabled())) {
            account.enable();
        } else if (Boolean.FALSE.equals(change.enabled())) {
            account.disable();
        }
        if (change.password() != null) {
            PasswordPolicy.check(change.password(), account.getUsername());
            account.changePasswordHash(passwords.hash(change.password()));
            Arrays.fill(change.password(), '\0');
            audit.record(auditPath(account), RecordType.ACCOUNT, account.getUsername(), "PASSWORD_RESET", Map.of());
        }
        AccountView after = view(account);
        audit.record(auditPath(account), RecordType.ACCOUNT, account.getUsername(), "UPDATE",
                Change.between(before, after.auditFields()));
        if (change.password() != null || !before.get("roles").equals(after.auditFields().get("roles"))
                || !before.get("enabled").equals(after.enabled())) {
            credentialsChanged.fire(new AccountCredentialsChanged(account.getUsername()));
        }
        return after;
    }

    private Set<Role> callerRoles() {
        return tenancy.callerAccount().map(UserAccount::getRoles).orElse(Set.of());
    }

    private static String auditPath(UserAccount account) {
        return account.getUnitPath() == null ? "" : account.getUnitPath();
    }

    private static AccountView view(UserAccount a) {
        AdministrativeUnit unit = a.getUnit();
        return new AccountView(a.getUsername(), a.getFullName(),
                unit == null ? null : unit.getCode(), unit == null ? null : unit.getName(),
                a.getDepartment() == null ? null : a.getDepartment().getName(), a.getRoles(), a.isEnabled(),
                a.getVersion());
    }
}
