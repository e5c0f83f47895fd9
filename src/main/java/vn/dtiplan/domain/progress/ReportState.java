package vn.dtiplan.domain.progress;

import java.time.Instant;
import java.util.Objects;
import vn.dtiplan.domain.VietnamTime;

/**
 * What boards need of a periodic report without its text: whose it is, its period, its status and
 * when it was first submitted. On time = first submitted on or before the due day, Vietnam time.
 */
public record ReportState(long id, String unitPath, ReportingPeriod period, ReportStatus status, Instant firstSubmittedAt) {

    public ReportState {
        Objects.requireNonNull(unitPath);
        Objects.requireNonNull(period);
        Objects.requireNonNull(status);
    }

    public boolean wasSubmitted() {
        return firstSubmittedAt != null;
    }

    /** Whether it was first submitted on or before its due day; false while never submitted. */
    public boolean onTime() {
        return firstSubmittedAt != null && period.onTime(VietnamTime.dateOf(firstSubmittedAt));
    }
}
