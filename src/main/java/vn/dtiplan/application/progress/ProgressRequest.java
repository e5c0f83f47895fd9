package vn.dtiplan.application.progress;

import vn.dtiplan.domain.progress.ProgressStatus;

/** A progress report as a person or a script sends it; {@code percent} may be left out for not started or done. */
public record ProgressRequest(ProgressStatus status, Integer percent, String note) {

    /** One line of a bulk report: the task and its report. */
    public record Line(long taskId, ProgressRequest request) {
    }
}
