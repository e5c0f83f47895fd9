package vn.dtiplan.domain.progress;

/** Where a task stands, as its owner reports it. */
public enum ProgressStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
