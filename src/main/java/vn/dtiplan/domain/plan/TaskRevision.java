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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A change of a task after its plan was issued: who, when, and the difference field by field. */
@Entity
@Table(name = "task_revision")
public class TaskRevision {

    @Id
    @SequenceGenerator(name = "task_revision_seq", sequenceName = "task_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_revision_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private Task task;

    @Column(name = "unit_path", nullable = false, length = 400)
    private String unitPath;

    @Convert(converter = ChangesConverter.class)
    @Column(name = "changes", nullable = false, length = 16000)
    private Map<TaskField, FieldChange> changes = new LinkedHashMap<>();

    @Column(name = "revised_by", length = 64)
    private String revisedBy;

    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    protected TaskRevision() {
    }

    public TaskRevision(Task task, Map<TaskField, FieldChange> changes, String by, Instant at) {
        this.task = Objects.requireNonNull(task, "task");
        this.unitPath = task.getUnitPath();
        this.changes = new LinkedHashMap<>(changes);
        this.revisedBy = by;
        this.revisedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public Task getTask() {
        return task;
    }

    public Map<TaskField, FieldChange> getChanges() {
        return Map.copyOf(changes);
    }

    public String getRevisedBy() {
        return revisedBy;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    public String getUnitPath() {
        return unitPath;
    }
}
