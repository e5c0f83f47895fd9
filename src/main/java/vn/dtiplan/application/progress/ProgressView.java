package vn.dtiplan.application.progress;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import vn.dtiplan.application.plan.TargetView;
import vn.dtiplan.domain.progress.ProgressStatus;
import vn.dtiplan.domain.progress.ProgressUpdate;

/**
 * One progress report on a task, with the value measured; {@code target} is the task's measurable
 * target after a report was just made (with its latest value and whether it is met), else null.
 */
public record ProgressView(long taskId, ProgressStatus status, int percent, String note, String reportedBy,
        Instant reportedAt, BigDecimal measured, TargetView target) implements Serializable {

    static ProgressView of(ProgressUpdate u, TargetView target) {
        return new ProgressView(u.getTaskId(), u.getStatus(), u.getPercent(), u.getNote(), u.getReportedBy(),
                u.getReportedAt(), u.getMeasured(), target);
    }
}
