package vn.dtiplan.application.report;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import vn.dtiplan.domain.progress.ReportDraft;
import vn.dtiplan.domain.progress.ReportStatus;
import vn.dtiplan.domain.progress.ReportingPeriod;

/**
 * A periodic report as the API and screens show it. {@code onTime} is null while it was never
 * submitted; {@code mayEdit} and {@code mayDecide} say what the caller may do with it now.
 */
public record ReportView(long id, String unitCode, String unitName, ReportingPeriod.Frequency frequency,
        LocalDate periodStart, LocalDate periodEnd, String label, ReportStatus status, String body,
        ReportDraft.Figures figures, String draftedBy, Instant draftedAt, String editedBy, Instant editedAt,
        String submittedBy, Instant submittedAt, Boolean onTime, String decidedBy, Instant decidedAt,
        String returnComment, long version, boolean mayEdit, boolean mayDecide) implements Serializable {

    public LocalDate due() {
        return periodEnd;
    }
}
