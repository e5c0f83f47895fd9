package vn.dtiplan.domain.reorganisation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.plan.TextListConverter;

/**
 * A reorganisation (sắp xếp đơn vị hành chính): a resolution with an effective date and a legal
 * basis that names, per change, the successor and its predecessors, and the units dissolved.
 *
 * <p>Rules kept here: a draft has a date, a basis and at least one change or dissolved unit; each
 * change names a successor code and at least one predecessor; no code is closed twice (as two
 * predecessors, or as a predecessor and dissolved); a dissolved unit is no successor. It is
 * applied once ({@code reorganisation.applied}, 409). Which units the codes name, and what moves,
 * is decided on application day by {@link ReorganisationPlan}. The draft belongs to the scope
 * that made it ({@link #ownerPath}; none for the system administrator).
 */
@Entity
@Table(name = "reorganisation")
public class Reorganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private LocalDate effective;

    @Column(nullable = false, length = 500)
    private String basis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReorganisationStatus status = ReorganisationStatus.DRAFT;

    @Column(name = "owner_path", length = 400)
    private String ownerPath;

    @Convert(converter = TextListConverter.class)
    @Column(length = 2000)
    private List<String> dissolved = new ArrayList<>();

    @OneToMany(mappedBy = "reorganisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<ReorganisationChange> changes = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "applied_by", length = 64)
    private String appliedBy;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Version
    private long version;

    protected Reorganisation() {
    }

    public Reorganisation(LocalDate effective, String basis, List<ChangeSpec> changes,
                          List<String> dissolved, String ownerPath, String createdBy, Instant createdAt) {
        if (effective == null) {
            throw new DomainRuleException("reorganisation.effective.required");
        }
        if (basis == null || basis.isBlank()) {
            throw new DomainRuleException("reorganisation.basis.required");
        }
        List<String> gone = TextListConverter.clean(dissolved);
        if (changes.isEmpty() && gone.isEmpty()) {
            throw new DomainRuleException("reorganisation.changes.required");
        }
        Set<String> closing = new HashSet<>();
        gone.forEach(code -> requireOnce(closing, code));
        int ordinal = 0;
        for (ChangeSpec change : changes) {
            SuccessorSpec successor = change.successor();
            List<String> predecessors = TextListConverter.clean(change.predecessors());
            if (successor == null || successor.code() == null || successor.code().isBlank()) {
                throw new DomainRuleException("reorganisation.successor.required");
            }
            if (predecessors.isEmpty()) {
                throw new DomainRuleException("reorganisation.predecessors.required", successor.code());
            }
            if (gone.contains(successor.code().strip())) {
                throw new DomainRuleException("reorganisation.successor.dissolved", successor.code());
            }
            predecessors.forEach(code -> requireOnce(closing, code));
            SuccessorSpec clean = new SuccessorSpec(successor.code().strip(), blankToNull(successor.name()),
                    successor.level(), blankToNull(successor.parentCode()));
            this.changes.add(new ReorganisationChange(this, ordinal++, clean, predecessors));
        }
        this.effective = effective;
        this.basis = basis.strip();
        this.dissolved = new ArrayList<>(gone);
        this.ownerPath = ownerPath;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    private static void requireOnce(Set<String> closing, String code) {
        if (!closing.add(code)) {
            throw new DomainRuleException("reorganisation.code.twice", code);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Marks the reorganisation applied; a second time is a state conflict and changes nothing. */
    public void markApplied(String by, Instant at) {
        requireDraft();
        this.status = ReorganisationStatus.APPLIED;
        this.appliedBy = by;
        this.appliedAt = at;
    }

    public void requireDraft() {
        if (status != ReorganisationStatus.DRAFT) {
            throw new StateConflictException("reorganisation.applied");
        }
    }

    public Long getId() {
        return id;
    }

    public LocalDate getEffective() {
        return effective;
    }

    public String getBasis() {
        return basis;
    }

    public ReorganisationStatus getStatus() {
        return status;
    }

    public String getOwnerPath() {
        return ownerPath;
    }

    public List<String> getDissolved() {
        return List.copyOf(dissolved);
    }

    public List<ReorganisationChange> getChanges() {
        return List.copyOf(changes);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }
}
