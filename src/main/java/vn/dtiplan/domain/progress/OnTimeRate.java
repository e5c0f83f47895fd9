package vn.dtiplan.domain.progress;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;

/**
 * A unit's on-time reporting rate: of its reports that are due (the due day has passed) or
 * already submitted, the share first submitted on or before the due day. A report not yet due
 * and not submitted is not counted either way; one past its due day and never submitted counts
 * as late. Reports exist for every period a unit has to report on because they are drafted for
 * each unit automatically, so a period with no report at all is not counted.
 */
public record OnTimeRate(int onTime, int counted) implements Serializable {

    public static OnTimeRate of(Collection<PeriodicReport> reports, LocalDate today) {
        return ofStates(reports.stream().map(PeriodicReport::state).toList(), today);
    }

    public static OnTimeRate ofStates(Collection<ReportState> reports, LocalDate today) {
        int counted = 0;
        int onTime = 0;
        for (ReportState report : reports) {
            if (report.wasSubmitted() || report.period().due().isBefore(today)) {
                counted++;
                onTime += report.onTime() ? 1 : 0;
            }
        }
        return new OnTimeRate(onTime, counted);
    }

    /** 0..100 rounded to the nearest, or null when nothing is counted yet. */
    public Integer percent() {
        return counted == 0 ? null : Math.round(onTime * 100f / counted);
    }
}
