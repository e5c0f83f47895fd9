package vn.dtiplan.domain.reorganisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/**
 * One unit taking over from another in a reorganisation: a merge (or absorption) of a predecessor,
 * or a child handed over to a new parent (reopened under it, since paths never change). A
 * successor's scope covers its predecessors' subtrees (see {@code TenantScope}); the table holds
 * ids and paths only, as the scope is resolved before any tenant-owned row can be read.
 */
@Entity
@Table(name = "unit_succession")
public class UnitSuccession {

    /** How the successor took over. */
    public enum Kind {
        MERGED,
        HANDED_OVER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "predecessor_id", nullable = false)
    private long predecessorId;

    @Column(name = "predecessor_path", nullable = false, length = 400)
    private String predecessorPath;

    @Column(name = "successor_id", nullable = false)
    private long successorId;

    @Column(name = "successor_path", nullable = false, length = 400)
    private String successorPath;

    @Column(name = "reorganisation_id")
    private Long reorganisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    protected UnitSuccession() {
    }

    public UnitSuccession(AdministrativeUnit predecessor, AdministrativeUnit successor, Long reorganisationId, Kind kind) {
        this.predecessorId = predecessor.getId();
        this.predecessorPath = Objects.requireNonNull(predecessor.getPath());
        this.successorId = successor.getId();
        this.successorPath = Objects.requireNonNull(successor.getPath());
        this.reorganisationId = reorganisationId;
        this.kind = Objects.requireNonNull(kind);
    }

    public long getPredecessorId() {
        return predecessorId;
    }

    public String getPredecessorPath() {
        return predecessorPath;
    }

    public long getSuccessorId() {
        return successorId;
    }

    public String getSuccessorPath() {
        return successorPath;
    }

    public Long getReorganisationId() {
        return reorganisationId;
    }

    public Kind getKind() {
        return kind;
    }
}
