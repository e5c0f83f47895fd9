package vn.dtiplan.domain.progress;

import java.math.BigDecimal;
import vn.dtiplan.domain.DomainRuleException;

/**
 * One progress report on a task: a status, a percentage, an optional note and the value its
 * indicator measured (for a task with a measurable target).
 *
 * <p>The percentage must agree with the status, so roll-ups never count a task as done at 40 %:
 * {@code NOT_STARTED} is 0, {@code DONE} is 100 (given or not), {@code IN_PROGRESS} lies
 * strictly between. Notes are trimmed and at most {@value #MAX_NOTE} characters.
 */
public record Progress(ProgressStatus status, int percent, String note, BigDecimal measured) {

    public static final int MAX_NOTE = 4000;

    public Progress(ProgressStatus status, int percent, String note) {
        this(status, percent, note, null);
    }

    public Progress {
        if (status == null) {
            throw new DomainRuleException("progress.status.required");
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new DomainRuleException("progress.note.tooLong", MAX_NOTE);
        }
        if (percent < 0 || percent > 100) {
            throw new DomainRuleException("progress.percent.range");
        }
        if (status == ProgressStatus.NOT_STARTED && percent != 0
                || status == ProgressStatus.IN_PROGRESS && (percent == 0 || percent == 100)
                || status == ProgressStatus.DONE && percent != 100) {
            throw new DomainRuleException("progress.percent.status", percent);
        }
    }

    /** Builds a report where a missing percentage follows the status (0 not started, 100 done). */
    public static Progress of(ProgressStatus status, Integer percent, String note) {
        if (percent != null) {
            return new Progress(status, percent, note);
        }
        if (status == ProgressStatus.IN_PROGRESS) {
            throw new DomainRuleException("progress.percent.required");
        }
        return new Progress(status, status == ProgressStatus.DONE ? 100 : 0, note);
    }

    /** The same report with the indicator's value {@code measured}. */
    public Progress withMeasured(BigDecimal value) {
        return new Progress(status, percent, note, value);
    }

    public boolean done() {
        return status == ProgressStatus.DONE;
    }
}
