package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dtiplan.domain.notification.Digest;
import vn.dtiplan.domain.notification.Notification;
import vn.dtiplan.domain.notification.NotificationKind;
import vn.dtiplan.domain.notification.NotificationRepository;
import vn.dtiplan.domain.progress.DueState;
import vn.dtiplan.domain.progress.ReportingPeriod;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.infrastructure.database.DatabaseSettings;

/**
 * Notifications in SQL. Each sweep statement is one {@code insert … select} of what is missing
 * ({@code not exists} on the key), the same on H2 and PostgreSQL; the unique key stops a
 * duplicate even if two instances raced past the advisory lock. A task is live and dated as in the
 * progress roll-up: an own task of an issued plan or an adopted/adapted copy, not cascaded to child
 * units, that still owes its due date as {@link vn.dtiplan.domain.progress.Overdue} says ({@link DueSql}).
 */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    private static final long SWEEP_LOCK = 0x6474_6970_6c61_6eL;
    private static final String INSERT = "insert into notification (unit_id, unit_path, kind, subject, label, link, created_at) ";
    private static final String MISSING = " not exists (select 1 from notification n where n.unit_id = %s and n.kind = '%s'"
            + " and n.subject = %s)";

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    private static String missing(String unit, NotificationKind kind, String subject) {
        return String.format(MISSING, unit, kind.name(), subject);
    }

    private static String id(String column) {
        return "cast(" + column + " as varchar(20))";
    }

    @Override
    public int addInherited(Instant now) {
        return em.createNativeQuery(INSERT
                + "select x.unit_id, x.unit_path, 'INHERITED', x.subject, max(x.label), '/app/inbox.xhtml', ?1 from ("
                + " select c.unit_id, c.unit_path, 'PLAN:' || " + id("coalesce(c.source_plan_id, pt.source_plan_id, 0)")
                + " as subject, pl.number as label from task c join task pt on pt.id = c.parent_task_id"
                + " left join plan pl on pl.id = coalesce(c.source_plan_id, pt.source_plan_id)"
                + " where c.state = 'PENDING' and c.decline_reason is null) x"
                + " where" + missing("x.unit_id", NotificationKind.INHERITED, "x.subject")
                + " group by x.unit_id, x.unit_path, x.subject")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public int addChangeNotices(Instant now) {
        return em.createNativeQuery(INSERT
                + "select t.unit_id, t.unit_path, 'CHANGE_NOTICE', 'NOTICE:' || " + id("cn.id")
                + ", substr(t.solution, 1, 400), '/app/inbox.xhtml', ?1"
                + " from change_notice cn join task t on t.id = cn.task_id where cn.acknowledged_at is null and"
                + missing("t.unit_id", NotificationKind.CHANGE_NOTICE, "'NOTICE:' || " + id("cn.id")))
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public int addDeclineDecisions(Instant now) {
        int accepted = em.createNativeQuery(INSERT
                + "select t.unit_id, t.unit_path, 'DECLINE_ACCEPTED', 'TASK:' || " + id("t.id")
                + ", substr(t.solution, 1, 400), '/app/inbox.xhtml', ?1"
                + " from task t where t.state = 'DECLINED' and t.decline_review = 'ACCEPTED' and"
                + missing("t.unit_id", NotificationKind.DECLINE_ACCEPTED, "'TASK:' || " + id("t.id")))
                .setParameter(1, Timestamp.from(now)).executeUpdate();
        int sentBack = em.createNativeQuery(INSERT
                + "select t.unit_id, t.unit_path, 'DECLINE_SENT_BACK', 'TASK:' || " + id("t.id")
                + ", substr(t.solution, 1, 400), '/app/inbox.xhtml', ?1"
                + " from task t where t.state = 'PENDING' and t.decline_reason is not null and"
                + missing("t.unit_id", NotificationKind.DECLINE_SENT_BACK, "'TASK:' || " + id("t.id")))
                .setParameter(1, Timestamp.from(now)).executeUpdate();
        return accepted + sentBack;
    }

    @Override
    public int addDeclinesToReview(Instant now) {
        return em.createNativeQuery(INSERT
                + "select pt.unit_id, pt.unit_path, 'DECLINE_TO_REVIEW', 'TASK:' || " + id("c.id")
                + ", substr(u.name || ': ' || c.solution, 1, 400), '/app/inbox.xhtml', ?1"
                + " from task c join task pt on pt.id = c.parent_task_id join administrative_unit u on u.id = c.unit_id"
                + " where c.state = 'DECLINED' and c.decline_review = 'AWAITING' and"
                + missing("pt.unit_id", NotificationKind.DECLINE_TO_REVIEW, "'TASK:' || " + id("c.id")))
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public int addReportDecisions(Instant now) {
        String label = ", substr(u.name || ' (' || cast(r.period_start as varchar(10)) || ' - '"
                + " || cast(r.period_end as varchar(10)) || ')', 1, 400), '/app/reports.xhtml', ?1";
        String submitted = "'REPORT:' || " + id("r.id") + " || '@' || cast(r.submitted_at as varchar(40))";
        int toApprove = em.createNativeQuery(INSERT
                + "select pu.id, pu.path, 'REPORT_TO_APPROVE', " + submitted + label
                + " from periodic_report r join administrative_unit u on u.id = r.unit_id"
                + " join administrative_unit pu on pu.id = u.parent_id"
                + " where r.status = 'SUBMITTED' and r.submitted_at is not null and pu.path is not null and"
                + missing("pu.id", NotificationKind.REPORT_TO_APPROVE, submitted))
                .setParameter(1, Timestamp.from(now)).executeUpdate();
        String decided = "'REPORT:' || " + id("r.id") + " || '@' || cast(r.decided_at as varchar(40))";
        int returned = em.createNativeQuery(INSERT
                + "select r.unit_id, r.unit_path, 'REPORT_RETURNED', " + decided + label
                + " from periodic_report r join administrative_unit u on u.id = r.unit_id"
                + " where r.status = 'RETURNED' and r.decided_at is not null and"
                + missing("r.unit_id", NotificationKind.REPORT_RETURNED, decided))
                .setParameter(1, Timestamp.from(now)).executeUpdate();
        return toApprove + returned;
    }

    @Override
    public int addChildrenOverdue(LocalDate today, Instant now) {
        String subject = "'TASK:' || " + id("t.id") + " || '@' || cast(t.due as varchar(10))";
        return em.createNativeQuery(INSERT
                + "select pu.id, pu.path, 'CHILD_OVERDUE', " + subject
                + ", substr(u.name || ': ' || t.solution, 1, 400), '/app/dashboard.xhtml', ?1"
                + " from task t join administrative_unit u on u.id = t.unit_id"
                + " join administrative_unit pu on pu.id = u.parent_id"
                + " left join task_progress p on p.task_id = t.id left join plan pl on pl.id = t.plan_id"
                + " where t.due < ?2 and " + DueSql.owesDueDate("t", "p") + " and pu.path is not null"
                + " and (t.state in ('ADOPTED', 'ADAPTED') or (t.parent_task_id is null and pl.status <> 'DRAFT'))"
                + " and " + DueSql.countedOnce("t")
                + " and" + missing("pu.id", NotificationKind.CHILD_OVERDUE, subject))
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, Date.valueOf(today))
                .executeUpdate();
    }

    @Override
    public int addDueTasks(LocalDate today, Instant now) {
        return dueTasks(NotificationKind.OVERDUE, "t.due < ?2", today, now)
                + dueTasks(NotificationKind.DUE_SOON, "t.due >= ?2 and t.due <= ?3", today, now);
    }

    private int dueTasks(NotificationKind kind, String when, LocalDate today, Instant now) {
        String subject = "'TASK:' || " + id("t.id") + " || '@' || cast(t.due as varchar(10))";
        return em.createNativeQuery(INSERT
                + "select t.unit_id, t.unit_path, '" + kind.name() + "', " + subject
                + ", substr(t.solution, 1, 400), '/app/task-progress.xhtml?task=' || " + id("t.id") + ", ?1"
                + " from task t left join task_progress p on p.task_id = t.id left join plan pl on pl.id = t.plan_id"
                + " where " + when + " and " + DueSql.owesDueDate("t", "p")
                + " and (t.state in ('ADOPTED', 'ADAPTED') or (t.parent_task_id is null and pl.status <> 'DRAFT'))"
                + " and " + DueSql.countedOnce("t")
                + " and" + missing("t.unit_id", kind, subject))
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, Date.valueOf(today))
                .setParameter(3, Date.valueOf(today.plusDays(DueState.SOON_DAYS)))
                .executeUpdate();
    }

    @Override
    public int addReportsDue(ReportingPeriod period, String label, Instant now) {
        String subject = "REPORT:" + period.frequency() + ":" + period.due();
        return em.createNativeQuery(INSERT
                + "select u.id, u.path, 'REPORT_DUE', ?2, ?3, '/app/reports.xhtml', ?1 from administrative_unit u"
                + " where u.parent_id is not null and u.valid_to is null and u.path is not null"
                + " and not exists (select 1 from periodic_report r where r.unit_id = u.id and r.frequency = ?4"
                + " and r.period_end = ?5 and r.status in ('SUBMITTED', 'APPROVED')) and"
                + missing("u.id", NotificationKind.REPORT_DUE, "?2"))
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, subject)
                .setParameter(3, label)
                .setParameter(4, period.frequency().name())
                .setParameter(5, Date.valueOf(period.due()))
                .executeUpdate();
    }

    @Override
    public boolean claimSweep() {
        if (!DatabaseSettings.fromConfig().isPostgreSql()) {
            return true;
        }
        Object taken = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, SWEEP_LOCK)
                .getSingleResult();
        return Boolean.TRUE.equals(taken);
    }

    @Override
    public List<Entry> latest(TenantScope scope, String unitPath, String username, int limit) {
        if (scope.isNone()) {
            return List.of();
        }
        List<Notification> latest = ScopeFilter.bind(em.createQuery("select n from Notification n where n.unitPath = :path"
                        + " and " + ScopeFilter.on("n.unitPath") + " order by n.createdAt desc, n.id desc", Notification.class), scope)
                .setParameter("path", unitPath).setMaxResults(limit).getResultList();
        if (latest.isEmpty()) {
            return List.of();
        }
        Set<Long> read = readIds(latest.stream().map(Notification::getId).toList(), username);
        return latest.stream().map(n -> new Entry(n, read.contains(n.getId()))).toList();
    }

    private Set<Long> readIds(List<Long> ids, String username) {
        Query query = em.createNativeQuery("select notification_id from notification_read where username = ?1"
                + " and notification_id in (" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
        return ((List<?>) query.setParameter(1, username).getResultList()).stream()
                .map(v -> ((Number) v).longValue()).collect(Collectors.toSet());
    }

    @Override
    public Optional<Notification> find(TenantScope scope, String unitPath, long id) {
        if (scope.isNone()) {
            return Optional.empty();
        }
        return ScopeFilter.bind(em.createQuery("select n from Notification n where n.id = :id and n.unitPath = :path and "
                        + ScopeFilter.on("n.unitPath"), Notification.class), scope)
                .setParameter("id", id).setParameter("path", unitPath).getResultStream().findFirst();
    }

    @Override
    public long unread(TenantScope scope, String unitPath, String username) {
        if (scope.isNone()) {
            return 0;
        }
        return ScopeFilter.bind(em.createQuery("select count(n) from Notification n where n.unitPath = :path and "
                        + ScopeFilter.on("n.unitPath"), Long.class), scope)
                .setParameter("path", unitPath).getSingleResult()
                - ((Number) em.createNativeQuery("select count(*) from notification_read r join notification n"
                        + " on n.id = r.notification_id where r.username = ?1 and n.unit_path = ?2")
                .setParameter(1, username).setParameter(2, unitPath).getSingleResult()).longValue();
    }

    @Override
    public int markRead(TenantScope scope, String unitPath, Long id, String username, Instant at) {
        if (scope.isNone() || !scope.covers(unitPath)) {
            return 0;
        }
        Query insert = em.createNativeQuery("insert into notification_read (notification_id, username, unit_path, read_at)"
                        + " select n.id, ?1, n.unit_path, ?2 from notification n where n.unit_path = ?3"
                        + (id == null ? "" : " and n.id = ?4")
                        + " and not exists (select 1 from notification_read r where r.notification_id = n.id and r.username = ?1)")
                .setParameter(1, username).setParameter(2, Timestamp.from(at)).setParameter(3, unitPath);
        if (id != null) {
            insert.setParameter(4, id);
        }
        return insert.executeUpdate();
    }

    @Override
    public List<Notification> unmailed(Instant since, int limit) {
        return em.createQuery("select n from Notification n where n.mailedAt is null and n.createdAt >= :since"
                        + " order by n.id", Notification.class)
                .setParameter("since", since).setMaxResults(limit).getResultList();
    }

    @Override
    public List<String> addressesOf(long unitId) {
        return ((List<?>) em.createNativeQuery("select email from app_user where unit_id = ?1 and enabled = true"
                        + " and email is not null and email <> '' order by username")
                .setParameter(1, unitId).getResultList()).stream().map(String::valueOf).toList();
    }

    @Override
    public void markMailed(long id, Instant at) {
        Notification n = em.find(Notification.class, id);
        if (n != null) {
            n.mailed(at);
        }
    }

    @Override
    public List<Digest.Line> digestLines(Instant since, LocalDate day) {
        List<?> rows = em.createNativeQuery("select a.username, a.full_name, a.email, u.name, n.id, n.kind, n.label,"
                        + " n.link, n.created_at from app_user a join administrative_unit u on u.id = a.unit_id"
                        + " join notification n on n.unit_id = a.unit_id"
                        + " where a.enabled = true and a.email is not null and a.email <> '' and n.created_at >= ?1"
                        + " and not exists (select 1 from notification_read r where r.notification_id = n.id"
                        + " and r.username = a.username)"
                        + " and not exists (select 1 from notification_digest d where d.username = a.username and d.digest_day = ?2)"
                        + " order by a.username, n.created_at, n.id")
                .setParameter(1, Timestamp.from(since)).setParameter(2, Date.valueOf(day)).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Digest.Line((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], new Digest.Item(((Number) r[4]).longValue(), NotificationKind.valueOf((String) r[5]),
                        (String) r[6], (String) r[7], ((Timestamp) r[8]).toInstant()))).toList();
    }

    @Override
    public boolean claimDigest(String username, LocalDate day, int items, Instant at) {
        return em.createNativeQuery("insert into notification_digest (username, digest_day, items, sent_at) select ?1, ?2, ?3, ?4"
                        + " where not exists (select 1 from notification_digest d where d.username = ?1 and d.digest_day = ?2)")
                .setParameter(1, username).setParameter(2, Date.valueOf(day)).setParameter(3, items)
                .setParameter(4, Timestamp.from(at)).executeUpdate() == 1;
    }
}
