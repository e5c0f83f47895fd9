package vn.dtiplan.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.domain.account.Roles;
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

/** The signed-in caller, and accounts opened by a system administrator. */
@Stateless
public class AccountService {

    /** Minimum password length for new accounts. */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

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

    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public List<AccountView> visibleAccounts() {
        return accounts.findVisible(tenancy.current()).stream().map(AccountService::view).toList();
    }

    /**
     * Opens an account. Refused with an {@link AccountRuleException} (a message key) when the
     * user name is taken or malformed, the password weak ({@link PasswordPolicy}), the unit outside the caller's
     * scope, or a role does not fit the unit's level; nothing is stored then.
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public AccountView create(NewAccount request) {
        TenantScope scope = tenancy.current();
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

    private static AccountView view(UserAccount a) {
        AdministrativeUnit unit = a.getUnit();
        return new AccountView(a.getUsername(), a.getFullName(),
                unit == null ? null : unit.getCode(), unit == null ? null : unit.getName(),
                a.getDepartment() == null ? null : a.getDepartment().getName(), a.getRoles(), a.isEnabled());
    }
}
