package vn.dtiplan.domain.unit;

import jakarta.persistence.Column;
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
import java.time.LocalDate;
import java.util.Objects;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.tenancy.UnitPath;

/**
 * A node of the administrative tree: a province, a city or district, a ward or commune, a hamlet.
 *
 * <p>The tree has any depth. Each unit keeps a materialised path of ids from the root
 * ({@code "1.5.23"}), which is what tenant scopes and row-level security match on. Ids, not
 * official codes, make the path: codes are reused when units merge (26506 was Phường 1 and is
 * now Phường Vũng Tàu), so a code alone does not identify a unit over time. A reorganisation
 * never rewrites a unit: it closes the old one ({@link #validTo}) and opens new ones, so
 * history keeps pointing at the units that existed then. The one change of a path is a move
 * ({@link #moveUnder}): the unit keeps its identity and its records, and the paths of its
 * subtree and of the records that copy them are rewritten in the same transaction.
 */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "unit_type", nullable = false, length = 40)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UnitLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private AdministrativeUnit parent;

    @Column(length = 400)
    private String path;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected AdministrativeUnit() {
    }

    public AdministrativeUnit(String code, String name, String type, UnitLevel level,
                              AdministrativeUnit parent, LocalDate validFrom) {
        this.code = requireText(code, "code");
        this.name = requireText(name, "name").replaceAll("\\s+", " ");
        this.type = requireText(type, "type");
        this.level = Objects.requireNonNull(level, "level");
        this.parent = parent;
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        if (!level.fitsUnder(parent == null ? null : parent.level)) {
            throw new DomainRuleException("unit.level.misplaced");
        }
        this.path = parent == null ? null : parent.path;
    }

    /** Renames the unit (same identity, same code); answers whether the name changed. */
    public boolean rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 200) {
            throw new DomainRuleException("unit.fields.required");
        }
        String stripped = requireText(newName, "name").replaceAll("\\s+", " ");
        boolean changed = !stripped.equals(name);
        this.name = stripped;
        return changed;
    }

    /**
     * Puts the unit under another parent in force, keeping its id, code and records. Refused
     * (a rule key) when the level does not fit under the new parent or the new parent lies in
     * this unit's own subtree. The new path is returned; the caller rewrites the paths of the
     * subtree and of the records that copy them, in the same transaction.
     */
    public UnitPath moveUnder(AdministrativeUnit newParent) {
        if (validTo != null || newParent.validTo != null) {
            throw new DomainRuleException("unit.closed");
        }
        if (UnitPath.of(newParent.pathOrFail()).isWithin(UnitPath.of(pathOrFail()))) {
            throw new DomainRuleException("unit.move.intoItself");
        }
        if (!level.fitsUnder(newParent.level)) {
            throw new DomainRuleException("unit.level.misplaced");
        }
        this.parent = newParent;
        this.path = UnitPath.of(newParent.pathOrFail()).child(id).value();
        return UnitPath.of(path);
    }

    /**
     * Called once the id is known: the path is the parent's path and this id. Until then a new
     * unit carries its parent's path, so its row lies inside the parent's subtree for row-level
     * security from the first insert.
     */
    public void assignPath() {
        if (id == null) {
            throw new IllegalStateException("the unit has no id yet");
        }
        if (path == null || parent != null && path.equals(parent.pathOrFail())) {
            path = parent == null ? id.toString() : UnitPath.of(parent.pathOrFail()).child(id).value();
        }
    }

    /** Closes the unit on {@code lastDay} (a unit of a past tree, imported as history). */
    public void closeOn(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("a unit cannot close before it opened");
        }
        this.validTo = lastDay;
    }

    private String pathOrFail() {
        if (path == null) {
            throw new IllegalStateException("parent unit " + code + " has no path yet");
        }
        return path;
    }

    /** Closes the unit on the day before {@code day} (a merge or split takes effect on {@code day}). */
    public void closeBefore(LocalDate day) {
        if (!day.isAfter(validFrom)) {
            throw new IllegalArgumentException("a unit cannot close before it opened");
        }
        this.validTo = day.minusDays(1);
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public AdministrativeUnit getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
