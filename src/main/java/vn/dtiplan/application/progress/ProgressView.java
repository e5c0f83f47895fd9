package vn.dtiplan.application.progress;

import java.io.Serializable;
import java.time.Instant;
import vn.dtiplan.domain.progress.ProgressStatus;
import vn.dtiplan.domain.progress.ProgressUpdate;

/** One progress report on a task. */
public record ProgressView(long taskId, ProgressStatus status, int percent, String note, String reportedBy,
        Instant reportedAt) implements Serializable {

    static ProgressView of(ProgressUpdate u) {
        return new ProgressView(u.getTaskId(), u.getStatus(), u.getPercent(), u.getNote(), u.getReportedBy(),
                u.getReportedAt());
    }
}
