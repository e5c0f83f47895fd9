package vn.dtiplan.application.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.account.Roles;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.notification.Notification;
import vn.dtiplan.domain.notification.NotificationRepository;
import vn.dtiplan.domain.tenancy.TenantScope;

/**
 * The signed-in account's notifications: those of its own unit (not of the units below, which
 * have their own), read state per account. An account without a unit has none.
 */
@Stateless
public class NotificationService {

    public static final int LATEST = 50;

    @Inject
    private Tenancy tenancy;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private VietnamTime time;

    @EJB
    private NotificationSweeper sweeper;

    public List<NotificationView> latest() {
        return reader().map(r -> notifications.latest(r.scope(), r.unitPath(), r.username(), LATEST).stream()
                .map(e -> view(e.notification(), e.read())).toList()).orElse(List.of());
    }

    public long unreadCount() {
        return reader().map(r -> notifications.unread(r.scope(), r.unitPath(), r.username())).orElse(0L);
    }

    /** Marks one notification read; 404 when it is not one of the caller's unit. */
    public void markRead(long id) {
        Reader r = reader().orElseThrow(RecordNotFoundException::new);
        notifications.find(r.scope(), r.unitPath(), id).orElseThrow(RecordNotFoundException::new);
        notifications.markRead(r.scope(), r.unitPath(), id, r.username(), time.now());
    }

    public int markAllRead() {
        return reader().map(r -> notifications.markRead(r.scope(), r.unitPath(), null, r.username(), time.now()))
                .orElse(0);
    }

    /** The caller's notification mail address, or null. */
    public String myEmail() {
        return tenancy.callerAccount().map(a -> a.getEmail()).orElse(null);
    }

    /** Sets (or, blank, clears) the caller's own notification mail address. */
    public void changeMyEmail(String address) {
        tenancy.callerAccount().orElseThrow(RecordNotFoundException::new).changeEmail(address);
    }

    /** Runs the sweep now (operations, tests) instead of waiting for the timer; answers how many it created. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweepNow() {
        return sweeper.sweep();
    }

    private record Reader(TenantScope scope, String unitPath, String username) {
    }

    private Optional<Reader> reader() {
        TenantScope scope = tenancy.current();
        return tenancy.callerAccount().filter(a -> a.getUnitPath() != null && !scope.isNone())
                .map(a -> new Reader(scope, a.getUnitPath(), a.getUsername()));
    }

    private static NotificationView view(Notification n, boolean read) {
        return new NotificationView(n.getId(), n.getKind(), n.getLabel(), n.getLink(), n.getCreatedAt(), read);
    }
}
