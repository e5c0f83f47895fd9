package vn.dtiplan.application.notification;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;
import java.time.Instant;
import java.util.Map;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.application.AuditTrail;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.application.report.ReportDrafting;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.audit.Change;
import vn.dtiplan.domain.notification.NotificationKind;
import vn.dtiplan.domain.notification.NotificationRepository;
import vn.dtiplan.domain.progress.PeriodicReport;
import vn.dtiplan.domain.progress.ReportDraft;
import vn.dtiplan.domain.progress.ReportRepository;
import vn.dtiplan.domain.progress.ReportingPeriod;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;

/**
 * Creates the notifications the current state calls for, in one transaction in the system scope.
 *
 * <p>Notifications are derived from the data rather than raised by each service: pending inherited
 * tasks, unacknowledged change notices, reviewed declines, dated tasks due soon or overdue, and
 * monthly reports due within {@link NotificationKind#REPORT_WARNING_DAYS} days and not in (in that
 * window it also drafts the period's report, from progress, for every unit that has none). The
 * parent unit hears what awaits it or concerns it below: a child's decline awaiting its review, a
 * child's report awaiting its approval, a child's overdue task; the child hears that its report was
 * returned. The key (unit, kind, subject) makes a sweep idempotent: run twice, or on several cluster instances
 * at once, it creates each notification once (PostgreSQL: an advisory lock lets one instance sweep
 * at a time; the unique key catches anything else). The trade-off is latency: a notification
 * appears at the next sweep (every {@link NotificationTimer 5 minutes}), not at the moment of the
 * change; in exchange no business transaction does notification work or can fail because of it.
 */
@Stateless
public class NotificationSweeper {

    private static final Logger LOG = Logger.getLogger(NotificationSweeper.class.getName());

    @Inject
    private Tenancy tenancy;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Event<NotificationsCreated> created;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private ReportRepository reports;

    @Inject
    private ReportDrafting drafting;

    @Inject
    private AuditTrail audit;

    @Inject
    private VietnamTime time;

    /**
     * Drafts the period's report from progress for every unit below the top that has none yet, so
     * every unit that reports has a report for each period (a draft past its due day counts late).
     */
    private void draftMissingReports(ReportingPeriod period, Instant now) {
        TenantScope system = TenantScope.system();
        for (AdministrativeUnit unit : units.findVisible(system)) {
            if (unit.getParent() != null && reports.find(system, unit.getId(), period).isEmpty()) {
                PeriodicReport report = reports.add(system, PeriodicReport.drafted(unit.getId(), unit.getPath(), period,
                        drafting.compose(unit, period), "system", now));
                audit.record(unit.getPath(), RecordType.REPORT, report.getId(), "DRAFT",
                        Change.between(Map.of(), Map.of("status", report.getStatus(), "period", period.due())));
            }
        }
    }

    /** Answers how many notifications it created (0 when another instance is sweeping). */
    public int sweep() {
        tenancy.system();
        if (!notifications.claimSweep()) {
            return 0;
        }
        Instant now = time.now();
        LocalDate today = time.today();
        int count = notifications.addInherited(now) + notifications.addChangeNotices(now)
                + notifications.addDeclineDecisions(now) + notifications.addDueTasks(today, now)
                + notifications.addDeclinesToReview(now) + notifications.addReportDecisions(now)
                + notifications.addChildrenOverdue(today, now);
        ReportingPeriod period = ReportingPeriod.containing(ReportingPeriod.Frequency.MONTHLY, today,
                ReportingPeriod.DEFAULT_CUT_OFF);
        if (!today.plusDays(NotificationKind.REPORT_WARNING_DAYS).isBefore(period.due())) {
            draftMissingReports(period, now);
            count += notifications.addReportsDue(period, ReportDraft.label(period), now);
        }
        if (count > 0) {
            int total = count;
            LOG.info(() -> "Notification sweep created " + total + " notifications");
        }
        created.fire(new NotificationsCreated(count));
        return count;
    }
}
