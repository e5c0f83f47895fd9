package vn.dtiplan.domain.plan;

/** The shape of a timeframe, as far as the words tell it. */
public enum TimeframeKind {
    /** thường xuyên: ongoing, never due */
    ONGOING,
    /** hằng ngày: due every day */
    DAILY,
    /** hằng tháng, trước ngày 20 hằng tháng: due every month (on a day, or at month end) */
    MONTHLY,
    /** hằng quý: due at the end of every quarter */
    QUARTERLY,
    /** Quý II/2024: due at the end of that quarter */
    QUARTER,
    /** 30/6/2031, trước 30/6/2031, tháng 6/2024: due on that day (a month: its last day) */
    DATE,
    /** năm 2024: due at the end of that year */
    YEAR,
    /** trong vòng 7 ngày kể từ ...: due that many days after the anchor (the plan's date) */
    WITHIN_DAYS,
    /** anything else (during an event, "khi có yêu cầu"): kept as written, no due date */
    AS_WRITTEN;

    /** Whether the task comes back again and again (its due date is the next occurrence). */
    public boolean isRecurring() {
        return this == DAILY || this == MONTHLY || this == QUARTERLY;
    }

    /** Whether a due date of this kind can pass: neither ongoing nor recurring (whose next occurrence is never past). */
    public boolean isDated() {
        return this != ONGOING && !isRecurring();
    }
}
