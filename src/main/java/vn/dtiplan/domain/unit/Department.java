package vn.dtiplan.domain.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;

/** A department inside a unit (bộ phận, phòng, ban): tasks are led by departments. */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private AdministrativeUnit unit;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Version
    private long version;

    protected Department() {
    }

    public Department(AdministrativeUnit unit, String name) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.name = clean(name);
    }

    private static String clean(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainRuleException("department.name.required");
        }
        return name.strip().replaceAll("\\s+", " ");
    }

    /** Renames the department; answers whether the name changed. */
    public boolean rename(String newName) {
        String cleaned = clean(newName);
        boolean changed = !cleaned.equals(name);
        this.name = cleaned;
        return changed;
    }

    /**
     * Retires the department from {@code day}: it is no longer offered as a lead or an account's
     * department, while the tasks it led and the accounts it held keep pointing at it. A
     * department is never deleted, so no record loses the department it named.
     */
    public void retire(LocalDate day) {
        if (retiredOn != null) {
            throw new StateConflictException("department.retired");
        }
        this.retiredOn = Objects.requireNonNull(day, "day");
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public AdministrativeUnit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }
}
