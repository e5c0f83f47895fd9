package vn.dtiplan.application.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.domain.progress.OnTimeRate;
import vn.dtiplan.domain.progress.ReportingPeriod;

/**
 * A unit's reports (latest period first) and on-time rate, and for the chosen period each child
 * unit's report (null while the child has none) with the child's own on-time rate; the unit's
 * periods past due with no report ({@link OnTimeRate#missing}), latest first.
 */
public record UnitReports(String unitCode, String unitName, boolean mayDraft, OnTimeRate onTime,
        List<ReportView> reports, ReportingPeriod period, String periodLabel, List<ChildReport> children,
        List<MissingReport> missing) implements Serializable {

    /** A period past its due day without a report: it counts as late and can still be drafted. */
    public record MissingReport(ReportingPeriod.Frequency frequency, LocalDate due, String label) implements Serializable {
    }

    /** A child unit, its report for the period (or null) and its on-time rate. */
    public record ChildReport(String unitCode, String unitName, ReportView report, OnTimeRate onTime) implements Serializable {
    }
}
