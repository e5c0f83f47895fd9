package vn.dtiplan.domain.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One progress report as it was made: the task's history, never changed afterwards. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Column(name = "unit_path", nullable = false, length = 400)
    private String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProgressStatus status;

    @Column(nullable = false)
    private int percent;

    @Column(length = 4000)
    private String note;

    @Column(precision = 18, scale = 4)
    private BigDecimal measured;

    @Column(name = "reported_by", length = 64)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected ProgressUpdate() {
    }

    ProgressUpdate(long taskId, String unitPath, Progress progress, String by, Instant at) {
        this.taskId = taskId;
        this.unitPath = unitPath;
        this.status = progress.status();
        this.percent = progress.percent();
        this.note = progress.note();
        this.measured = progress.measured();
        this.reportedBy = by;
        this.reportedAt = at;
    }

    public Long getId() {
        return id;
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

    public String getNote() {
        return note;
    }

    public BigDecimal getMeasured() {
        return measured;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getUnitPath() {
        return unitPath;
    }
}
