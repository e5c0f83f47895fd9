package vn.dtiplan.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.dtiplan.domain.StateConflictException;

/**
 * Tells a child unit that the parent of one of its inherited tasks changed: the difference
 * field by field, and whether the parent's due date is now earlier than the local one
 * (a conflict). The unit acknowledges it once; owned by the child unit's path.
 */
@Entity
@Table(name = "change_notice")
public class ChangeNotice {

    @Id
    @SequenceGenerator(name = "change_notice_seq", sequenceName = "change_notice_seq", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_notice_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private InheritedTask task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "parent_task_id", nullable = false)
    private Task parentTask;

    @Column(name = "unit_path", nullable = false, length = 400)
    private String unitPath;

    @Convert(converter = ChangesConverter.class)
    @Column(name = "changes", nullable = false, length = 16000)
    private Map<TaskField, FieldChange> changes = new LinkedHashMap<>();

    @Column(name = "due_conflict", nullable = false)
    private boolean dueConflict;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Version
    private long version;

    protected ChangeNotice() {
    }

    /** The notice of {@code parentChanges} for {@code copy}, which follows its parent first. */
    public static ChangeNotice of(InheritedTask copy, Map<TaskField, FieldChange> parentChanges, Instant at) {
        ChangeNotice notice = new ChangeNotice();
        notice.task = Objects.requireNonNull(copy, "copy");
        notice.parentTask = Objects.requireNonNull(copy.getParentTask(), "an inherited task");
        notice.unitPath = copy.getUnitPath();
        notice.changes = new LinkedHashMap<>(parentChanges);
        notice.dueConflict = copy.followParent(parentChanges);
        notice.createdAt = at;
        return notice;
    }

    /** The child unit has read the notice; a second acknowledgement is refused. */
    public void acknowledge(String by, Instant at) {
        if (acknowledgedAt != null) {
            throw new StateConflictException("notice.ack.twice", String.valueOf(id));
        }
        acknowledgedBy = by;
        acknowledgedAt = Objects.requireNonNull(at, "at");
        getTask().resolveConflict();
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    public Long getId() {
        return id;
    }

    public InheritedTask getTask() {
        return task;
    }

    public Task getParentTask() {
        return parentTask;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public Map<TaskField, FieldChange> getChanges() {
        return Collections.unmodifiableMap(changes);
    }

    public boolean isDueConflict() {
        return dueConflict;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
