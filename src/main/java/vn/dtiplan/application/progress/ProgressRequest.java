package vn.dtiplan.application.progress;

import java.math.BigDecimal;
import vn.dtiplan.domain.progress.ProgressStatus;

/**
 * A progress report as a person or a script sends it; {@code percent} may be left out for not started or done;
 * {@code measured} is the value of the task's indicator now (only for a task with a measurable target).
 */
public record ProgressRequest(ProgressStatus status, Integer percent, String note, BigDecimal measured) {

    public ProgressRequest(ProgressStatus status, Integer percent, String note) {
        this(status, percent, note, null);
    }

    /** One line of a bulk report: the task and its report. */
    public record Line(long taskId, ProgressRequest request) {
    }
}
