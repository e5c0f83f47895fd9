package vn.dtiplan.domain.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a task stands against its due date on a given day.
 *
 * <p>A task is overdue when it is due before today and not done (the API's definition).
 * A task is due soon when it is due today or within {@link #SOON_DAYS} days. Ongoing tasks
 * ("thường xuyên") have no due date and are never overdue; instead they are stale when nothing
 * was reported on them for {@link #STALE_DAYS} days, so "ongoing" cannot hide inaction.
 */
public enum DueState {
    DONE,
    OVERDUE,
    DUE_SOON,
    ON_TRACK,
    ONGOING,
    STALE,
    NO_DUE_DATE;

    public static final int SOON_DAYS = 7;
    public static final int STALE_DAYS = 45;

    /**
     * @param due          the task's (next) due date, or null
     * @param ongoing      whether the timeframe is ongoing ("thường xuyên", "hằng ngày")
     * @param done         whether the task is done
     * @param lastActivity the day of the last progress report, or null
     */
    public static DueState of(LocalDate due, boolean ongoing, boolean done, LocalDate lastActivity, LocalDate today) {
        if (done) {
            return DONE;
        }
        if (ongoing) {
            return lastActivity != null && ChronoUnit.DAYS.between(lastActivity, today) < STALE_DAYS ? ONGOING : STALE;
        }
        if (due == null) {
            return NO_DUE_DATE;
        }
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, due) <= SOON_DAYS ? DUE_SOON : ON_TRACK;
    }

    public boolean overdue() {
        return this == OVERDUE;
    }
}
