package vn.dtiplan.domain.plan;

/** The shape of a timeframe, as far as the words tell it. */
public enum TimeframeKind {
    /** thường xuyên: ongoing, never due */
    ONGOING,
    /** hằng ngày: every day; never due (a daily report is not asked for), goes stale like an ongoing task */
    DAILY,
    /** hằng tháng, trước ngày 20 hằng tháng: due every month (on a day, or at month end) */
    MONTHLY,
    /** hằng quý, 1 cuộc/quý: due at the end of every quarter */
    QUARTERLY,
    /** Quý I và Quý III: due at the end of each quarter named, every year */
    QUARTERS,
    /** 6 tháng một lần: due on 30/6 and 31/12 every year */
    HALF_YEARLY,
    /** trước ngày 20/01 hằng năm, 6 tháng đầu năm: due on that day every year */
    YEARLY,
    /** Quý II/2024: due at the end of that quarter */
    QUARTER,
    /** 30/6/2031, trước 30/6/2031, tháng 6/2024: due on that day (a month: its last day) */
    DATE,
    /** năm 2024: due at the end of that year */
    YEAR,
    /** trong vòng 7 ngày kể từ ...: due that many days after the anchor (the plan's date, or the named parent plan's) */
    WITHIN_DAYS,
    /** anything else (during an event, "khi có yêu cầu"): kept as written, no due date */
    AS_WRITTEN;

    /**
     * Whether the task comes back again and again: its due date is the end of the period not yet
     * reported on, and moves to the next period's when progress is recorded ({@link Timeframe#dueAfterReport}).
     */
    public boolean isRecurring() {
        return this == DAILY || this == MONTHLY || this == QUARTERLY || this == QUARTERS || this == HALF_YEARLY
                || this == YEARLY;
    }

    /**
     * Whether a due date of this kind can pass: every kind but ongoing and daily ones (a recurring
     * task's due date passes when a period ends without a progress entry).
     */
    public boolean isDated() {
        return this != ONGOING && this != DAILY;
    }
}
