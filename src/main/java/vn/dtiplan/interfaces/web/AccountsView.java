package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.application.AccountChange;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.AccountView;
import vn.dtiplan.application.AuditService;
import vn.dtiplan.application.AuditView;
import vn.dtiplan.application.NewAccount;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.account.Role;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * The accounts screen of the system administrator (every account) and of a unit's officials
 * (their subtree's accounts, roles up to their own): a form that opens an account for a unit,
 * and per account disable/enable and a password reset. The role list offers only the roles that fit the chosen unit's level and the
 * department list only that unit's departments; {@link AccountService} checks both again and
 * its refusals are shown by their message keys. Passwords are never kept in the view state
 * after a submit. Each account's change history opens under the list. A change names the
 * account's version the list showed, so a change made elsewhere meanwhile is not overwritten.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private UnitService units;

    @Inject
    private AuditService audit;

    private List<AccountView> list;
    private List<AccountView> filtered;
    private List<UnitView> unitOptions;
    private Choices unitChoices;
    private transient Choices accountChoices;
    private transient List<AccountView> accountChoicesOf;
    private String historyOf;
    private List<AuditView> changes;

    private String username;
    private String fullName;
    private String unitCode;
    private Long departmentId;
    private Role role;
    private String password;
    private String passwordAgain;
    private String resetOf;
    private String newPassword;

    @PostConstruct
    void load() {
        list = accounts.visibleAccounts();
        unitOptions = units.visibleUnits();
        unitChoices = Choices.ofUnits(unitOptions);
    }

    public void create() {
        try {
            if (password == null || !password.equals(passwordAgain)) {
                Notices.fieldError("create:passwordAgain", "account.password.mismatch");
                return;
            }
            AccountView created = accounts.create(new NewAccount(username, password.toCharArray(), fullName,
                    unitCode, departmentId, role == null ? Set.of() : Set.of(role)));
            Notices.info("account.created", created.username(), created.unitName() == null
                    ? Notices.text("caller.allUnits") : created.unitName());
            list = accounts.visibleAccounts();
            filtered = null;
            clearForm();
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        } finally {
            password = null;
            passwordAgain = null;
        }
    }

    /** Disables an enabled account or enables a disabled one (the caller's subtree, roles up to the caller's). */
    public void toggle(String account, boolean enable) {
        change(account, new AccountChange(enable, null, null, null));
    }

    /** Sets a new password on the account chosen for it; the password is not kept afterwards. */
    public void resetPassword() {
        try {
            if (resetOf != null && newPassword != null) {
                change(resetOf, new AccountChange(null, null, newPassword.toCharArray(), null));
            }
        } finally {
            newPassword = null;
        }
    }

    private void change(String account, AccountChange change) {
        try {
            accounts.update(account, change, shownVersion(account));
            Notices.info("accounts.updated", account);
            list = accounts.visibleAccounts();
            filtered = null;
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    /** The account's version as the list showed it (a change made elsewhere since is refused). */
    private Long shownVersion(String account) {
        return list.stream().filter(a -> a.username().equals(account)).findFirst()
                .map(AccountView::version).orElse(null);
    }

    public String getResetOf() {
        return resetOf;
    }

    public void setResetOf(String resetOf) {
        this.resetOf = resetOf;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    /** Opens the change history of one account under the list. */
    public void showHistory(String account) {
        changes = audit.history(RecordType.ACCOUNT, account);
        historyOf = account;
    }

    public String getHistoryOf() {
        return historyOf;
    }

    public List<AuditView> getChanges() {
        return changes;
    }

    /** A new unit is chosen: its department and a role that no longer fits are cleared. */
    public void unitChanged() {
        departmentId = null;
        if (role != null && !getRoleOptions().contains(role)) {
            role = null;
        }
    }

    public List<Role> getRoleOptions() {
        UnitLevel level = selectedUnit() == null ? null : selectedUnit().level();
        return Arrays.stream(Role.values()).filter(r -> r.fits(level)).toList();
    }

    public List<UnitView.DepartmentView> getDepartmentOptions() {
        UnitView unit = selectedUnit();
        return unit == null ? List.of() : unit.departments();
    }

    private UnitView selectedUnit() {
        return unitCode == null ? null
                : unitOptions.stream().filter(u -> u.code().equals(unitCode)).findFirst().orElse(null);
    }

    private void clearForm() {
        username = null;
        fullName = null;
        unitCode = null;
        departmentId = null;
        role = null;
    }

    public List<AccountView> getList() {
        return list;
    }

    public List<AccountView> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<AccountView> filtered) {
        this.filtered = filtered;
    }

    public List<UnitView> getUnitOptions() {
        return unitOptions;
    }

    /** The units an account may be given, found by a search (the page does not list them all). */
    public Choices getUnitChoices() {
        return unitChoices;
    }

    /** The listed accounts whose password may be reset, found by a search ("username — full name"). */
    public Choices getAccountChoices() {
        if (accountChoicesOf != list) {
            Map<String, String> labels = new LinkedHashMap<>();
            list.forEach(a -> labels.put(a.username(), a.username() + " — " + a.fullName()));
            accountChoices = Choices.of(labels);
            accountChoicesOf = list;
        }
        return accountChoices;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
