package vn.dtiplan.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A change to a record, kept for ever and never updated.
 *
 * <p>{@code recordType} names the kind of record ({@code PLAN}, {@code TASK}, {@code ACCOUNT},
 * {@code PROGRESS}, …) and {@code recordId} its id; {@code unitPath} is the path of the unit
 * that owns the record, which scopes who may read the event. {@code changes} is the JSON object
 * {@code {field: {"from", "to"}}} of the fields that changed.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_path", nullable = false, length = 400)
    private String unitPath;

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;

    @Column(name = "record_id", nullable = false, length = 64)
    private String recordId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(length = 64)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 64)
    private String address;

    @Column(name = "changes", length = 20000)
    private String changes;

    protected AuditEvent() {
    }

    public AuditEvent(String unitPath, String recordType, String recordId, String action, String actor,
            Instant occurredAt, String address, String changes) {
        this.unitPath = Objects.requireNonNull(unitPath);
        this.recordType = Objects.requireNonNull(recordType);
        this.recordId = Objects.requireNonNull(recordId);
        this.action = Objects.requireNonNull(action);
        this.actor = actor;
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.address = address;
        this.changes = changes;
    }

    public Long getId() {
        return id;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getAddress() {
        return address;
    }

    public String getChanges() {
        return changes;
    }
}
