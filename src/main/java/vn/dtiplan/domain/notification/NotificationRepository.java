package vn.dtiplan.domain.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.progress.ReportingPeriod;
import vn.dtiplan.domain.tenancy.TenantScope;

/**
 * Notifications: created by a sweep over the current state (each {@code add…} inserts only what
 * is missing and answers how many it inserted), read per unit and account.
 */
public interface NotificationRepository {

    /** One notification per unit and source plan with pending inherited tasks. */
    int addInherited(Instant now);

    /** One per unacknowledged change notice. */
    int addChangeNotices(Instant now);

    /** One per decline the parent unit accepted, and one per decline sent back. */
    int addDeclineDecisions(Instant now);

    /** One per live, unfinished dated task due within the warning days (due soon) or before today (overdue), per due date. */
    int addDueTasks(LocalDate today, Instant now);

    /** To the parent unit: one per decline of a child unit awaiting its review. */
    int addDeclinesToReview(Instant now);

    /**
     * To the parent unit, one per submission of a child's report awaiting its approval; to the
     * child, one per return of its report.
     */
    int addReportDecisions(Instant now);

    /** To the parent unit: one per overdue task of a child unit, per due date (as {@link #addDueTasks}). */
    int addChildrenOverdue(LocalDate today, Instant now);

    /** One per unit below the top whose report for {@code period} is not in. */
    int addReportsDue(ReportingPeriod period, String label, Instant now);

    /**
     * Takes the sweep for this transaction when several instances may sweep at once (PostgreSQL
     * advisory lock); false when another instance holds it.
     */
    boolean claimSweep();

    /** The unit's latest notifications, newest first, with whether {@code username} read each. */
    List<Entry> latest(TenantScope scope, String unitPath, String username, int limit);

    /** The notification of the unit at {@code unitPath} with this id. */
    Optional<Notification> find(TenantScope scope, String unitPath, long id);

    long unread(TenantScope scope, String unitPath, String username);

    /** Marks the unit's notifications read for {@code username}: one, or all when {@code id} is null. */
    int markRead(TenantScope scope, String unitPath, Long id, String username, Instant at);

    /** Notifications created since {@code since} and never mailed, in the system scope. */
    List<Notification> unmailed(Instant since, int limit);

    /** The e-mail addresses of the enabled accounts of a unit. */
    List<String> addressesOf(long unitId);

    void markMailed(long id, Instant at);

    /**
     * The lines of the day's digests ({@link Digest}): for every enabled account with an address and
     * no digest on {@code day} yet, each notification of its unit created since {@code since} that it
     * has not read; by account, oldest first. System scope.
     */
    List<Digest.Line> digestLines(Instant since, LocalDate day);

    /** Records the account's digest of {@code day}; false when one is already recorded. */
    boolean claimDigest(String username, LocalDate day, int items, Instant at);

    /** A notification with whether the reader has read it. */
    record Entry(Notification notification, boolean read) {
    }
}
