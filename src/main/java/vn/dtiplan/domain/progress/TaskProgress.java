package vn.dtiplan.domain.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Where one task stands now: the latest {@link Progress} reported on it. Kept beside the task
 * (one row per task that has been reported on) so roll-ups read one row per task instead of
 * searching the history; the history is {@link ProgressUpdate}.
 */
@Entity
@Table(name = "task_progress")
public class TaskProgress {

    @Id
    @Column(name = "task_id")
    private Long taskId;

    @Column(name = "unit_path", nullable = false, length = 400)
    private String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProgressStatus status;

    @Column(nullable = false)
    private int percent;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected TaskProgress() {
    }

    public TaskProgress(long taskId, String unitPath) {
        this.taskId = taskId;
        this.unitPath = Objects.requireNonNull(unitPath);
        this.status = ProgressStatus.NOT_STARTED;
    }

    /** Takes the new report and answers the history entry that records it. */
    public ProgressUpdate apply(Progress progress, String by, Instant at) {
        this.status = progress.status();
        this.percent = progress.percent();
        this.updatedBy = by;
        this.updatedAt = at;
        return new ProgressUpdate(taskId, unitPath, progress, by, at);
    }

    public Long getTaskId() {
        return taskId;
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public int getPercent() {
        return percent;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUnitPath() {
        return unitPath;
    }
}
