package vn.dtiplan.domain.progress;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Where a unit stands on one period's report, as oversight boards show it: the report's status, or
 * none ({@code missing}) while the unit has no report for the period, and whether it is late.
 *
 * <p>Late: first submitted after the due day, or not submitted and the due day has passed (a draft,
 * a returned report or no report at all). A report not yet due and not sent is not late; one sent
 * late stays late after approval, as the on-time rate counts it.
 *
 * <p>One period's standing; {@code application.report.ReportingStanding} is a unit's dashboard
 * card of several periods' standings with its on-time rate (kept under that name: renaming it
 * would collide with the parallel work on the dashboard beans that hold it).
 */
public record ReportStanding(Long reportId, ReportStatus status, boolean late) implements Serializable {

    /** The standing of {@code report} (null when the unit has none) for {@code period} on {@code today}. */
    public static ReportStanding of(ReportingPeriod period, ReportState report, LocalDate today) {
        boolean duePassed = period.due().isBefore(today);
        if (report == null) {
            return new ReportStanding(null, null, duePassed);
        }
        boolean late = report.wasSubmitted() ? !report.onTime() : duePassed;
        return new ReportStanding(report.id(), report.status(), late);
    }

    public boolean missing() {
        return status == null;
    }

    /** The status's name, or {@code MISSING}: the key screens and the API name it by. */
    public String key() {
        return missing() ? "MISSING" : status.name();
    }
}
