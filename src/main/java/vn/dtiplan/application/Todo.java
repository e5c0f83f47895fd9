package vn.dtiplan.application;

import java.io.Serializable;
import java.util.List;
import vn.dtiplan.application.progress.TaskProgressRow;
import vn.dtiplan.application.report.ReportView;
import vn.dtiplan.application.report.UnitReports;

/**
 * What the signed-in official has to do now, for the home page: inherited tasks awaiting a
 * decision, change notices not yet read, child units' declines awaiting review, the unit's own
 * reports past due (missing) or not yet sent, child units' reports awaiting approval, and the
 * overdue and due-soon tasks of the unit (of the official's department, for department staff).
 */
public record Todo(String unitCode, String unitName, int pendingInherited, int unreadNotices, int declinesToReview,
                   List<UnitReports.MissingReport> missingReports, List<ReportView> reportsToSend,
                   List<ReportView> reportsToApprove, List<TaskProgressRow> overdue, List<TaskProgressRow> dueSoon)
        implements Serializable {

    /** Whether nothing waits: the page then says so instead of an empty list. */
    public boolean isNothingWaiting() {
        return pendingInherited == 0 && unreadNotices == 0 && declinesToReview == 0 && missingReports.isEmpty()
                && reportsToSend.isEmpty() && reportsToApprove.isEmpty() && overdue.isEmpty() && dueSoon.isEmpty();
    }
}
