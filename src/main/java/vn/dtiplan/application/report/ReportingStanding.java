package vn.dtiplan.application.report;

import java.io.Serializable;
import java.util.List;
import vn.dtiplan.domain.progress.OnTimeRate;
import vn.dtiplan.domain.progress.ReportStanding;
import vn.dtiplan.domain.progress.ReportingPeriod;

/**
 * Where a unit stands on its own monthly reports, for its dashboard: the period due last (the one
 * boards above hold it to), then the period under way when that is another one, and its on-time rate.
 */
public record ReportingStanding(String unitCode, OnTimeRate onTime, List<PeriodStanding> periods) implements Serializable {

    /** One period, its label ("tháng 6/2024") and the unit's report standing in it. */
    public record PeriodStanding(ReportingPeriod period, String label, ReportStanding standing) implements Serializable {
    }
}
