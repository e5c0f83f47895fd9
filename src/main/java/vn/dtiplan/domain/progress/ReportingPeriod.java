package vn.dtiplan.domain.progress;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A reporting period of a periodic report and the day the report is due.
 *
 * <p>Monthly reports follow the seeds: a report is due on the 20th ({@code cutOffDay}) and
 * covers the days after the previous cut-off up to that day (21 May – 20 June for June's report).
 * Quarterly reports are due on the cut-off day of the quarter's last month, yearly ones on the
 * cut-off day of December (the offices' "báo cáo năm" is sent in mid-December). A report is on
 * time when it is submitted on or before its due day.
 */
public record ReportingPeriod(Frequency frequency, LocalDate start, LocalDate end) implements Serializable {

    public enum Frequency { MONTHLY, QUARTERLY, YEARLY }

    public static final int DEFAULT_CUT_OFF = 20;

    /** The period whose report covers {@code day}. */
    public static ReportingPeriod containing(Frequency frequency, LocalDate day, int cutOffDay) {
        if (cutOffDay < 1 || cutOffDay > 28) {
            throw new IllegalArgumentException("cut-off day must be 1..28");
        }
        YearMonth month = YearMonth.from(day);
        if (day.getDayOfMonth() > cutOffDay) {
            month = month.plusMonths(1);
        }
        YearMonth last = switch (frequency) {
            case MONTHLY -> month;
            case QUARTERLY -> YearMonth.of(month.getYear(), ((month.getMonthValue() - 1) / 3 + 1) * 3);
            case YEARLY -> YearMonth.of(month.getYear(), 12);
        };
        int months = switch (frequency) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case YEARLY -> 12;
        };
        LocalDate end = last.atDay(cutOffDay);
        LocalDate start = last.minusMonths(months).atDay(cutOffDay).plusDays(1);
        return new ReportingPeriod(frequency, start, end);
    }

    /**
     * The period whose due day came last, on or before {@code today}: the one oversight boards hold
     * units to (until the 20th, last month's report; from the 20th, this month's).
     */
    public static ReportingPeriod latestDue(Frequency frequency, LocalDate today, int cutOffDay) {
        ReportingPeriod current = containing(frequency, today, cutOffDay);
        return current.due().equals(today) ? current : containing(frequency, current.start().minusDays(1), cutOffDay);
    }

    public LocalDate due() {
        return end;
    }

    public boolean onTime(LocalDate submitted) {
        return !submitted.isAfter(due());
    }

    /** The period before this one, of the same frequency and cut-off day. */
    public ReportingPeriod previous() {
        return containing(frequency, start.minusDays(1), end.getDayOfMonth());
    }

    public ReportingPeriod next() {
        return containing(frequency, end.plusDays(1), end.getDayOfMonth());
    }
}
