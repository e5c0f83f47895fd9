package vn.dtiplan.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.Department;

/**
 * A person's account: one unit, one or more roles, a PBKDF2 password hash.
 *
 * <p>The account keeps a copy of its unit's path ({@link #unitPath}): the scope must be
 * resolved before any tenant-owned row can be read (on PostgreSQL, row-level security hides
 * the unit table until the scope is set), and unit paths never change. Every role must fit
 * the unit's level; a system administrator holds no unit and sees every unit.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private AdministrativeUnit unit;

    @Column(name = "unit_id", insertable = false, updatable = false)
    private Long unitId;

    @Column(name = "unit_path", length = 400)
    private String unitPath;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @Column(length = 200)
    private String email;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String fullName, AdministrativeUnit unit,
                       Department department, Set<Role> roles, Instant createdAt) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new AccountRuleException("account.username.invalid");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new AccountRuleException("account.fullName.required");
        }
        checkPlacement(unit, department, roles);
        this.username = username;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.fullName = fullName.strip();
        this.unit = unit;
        this.unitId = unit == null ? null : unit.getId();
        this.unitPath = unit == null ? null : unit.getPath();
        this.department = department;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Every role fits the unit's level, staff have a department, and the department is the unit's own. */
    private static void checkPlacement(AdministrativeUnit unit, Department department, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountRuleException("account.role.required");
        }
        for (Role role : roles) {
            if (!role.fits(unit == null ? null : unit.getLevel())) {
                throw new AccountRuleException("account.role.levelMismatch");
            }
        }
        if (roles.contains(Role.DEPARTMENT_STAFF) && department == null) {
            throw new AccountRuleException("account.department.required");
        }
        if (department != null && (unit == null || !Objects.equals(department.getUnit().getId(), unit.getId()))) {
            throw new AccountRuleException("account.department.otherUnit");
        }
        if (unit != null && unit.getPath() == null) {
            throw new IllegalStateException("the unit is not stored yet");
        }
    }

    /** Gives the account these roles (each fitting its unit's level). */
    public void changeRoles(Set<Role> newRoles) {
        checkPlacement(unit, department, newRoles);
        this.roles = EnumSet.copyOf(newRoles);
    }

    /** Moves the account to another unit, with a department of that unit or none. */
    public void moveTo(AdministrativeUnit newUnit, Department newDepartment) {
        checkPlacement(newUnit, newDepartment, roles);
        this.unit = newUnit;
        this.unitId = newUnit == null ? null : newUnit.getId();
        this.unitPath = newUnit == null ? null : newUnit.getPath();
        this.department = newDepartment;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    public void enable() {
        this.enabled = true;
    }

    /** The scope this account grants: its unit's subtree, everything for the system admin, else nothing. */
    public TenantScope scope() {
        if (!enabled) {
            return TenantScope.none();
        }
        if (roles.contains(Role.SYSTEM_ADMIN)) {
            return TenantScope.administrator();
        }
        if (unitId == null || unitPath == null) {
            return TenantScope.none();
        }
        return TenantScope.subtree(unitId, unitPath);
    }

    public void disable() {
        this.enabled = false;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public AdministrativeUnit getUnit() {
        return unit;
    }

    /** The unit's id without loading the unit (which row-level security may still hide). */
    public Long getUnitId() {
        return unitId;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public Department getDepartment() {
        return department;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The address notifications are mailed to, if any. */
    public String getEmail() {
        return email;
    }

    /** Sets or (blank) clears the notification address; refuses anything that is not one address. */
    public void changeEmail(String address) {
        String stripped = address == null ? "" : address.strip();
        if (!stripped.isEmpty() && (stripped.length() > 200 || !EMAIL.matcher(stripped).matches())) {
            throw new DomainRuleException("account.email.invalid", stripped);
        }
        email = stripped.isEmpty() ? null : stripped;
    }
}
