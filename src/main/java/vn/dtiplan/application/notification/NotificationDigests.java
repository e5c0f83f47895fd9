package vn.dtiplan.application.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.notification.Digest;
import vn.dtiplan.domain.notification.NotificationRepository;

/**
 * Composes the day's notification digests ({@link Digest}) and claims them, in a transaction of
 * its own in the system scope, before anything is mailed: once this commits, no other round (on
 * this instance or another: the sweep's lock serialises them) composes a digest for the same
 * account and day. The mailer sends what this answers.
 */
@Stateless
public class NotificationDigests {

    @Inject
    private Tenancy tenancy;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private VietnamTime time;

    /** The digests of today (Vietnam) not yet sent, each claimed; empty while another instance holds the lock. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Digest> claimToday() {
        tenancy.system();
        if (!notifications.claimSweep()) {
            return List.of();
        }
        Instant now = time.now();
        LocalDate day = time.today();
        return Digest.group(notifications.digestLines(now.minus(Digest.WINDOW), day)).stream()
                .filter(d -> notifications.claimDigest(d.username(), day, d.total(), now)).toList();
    }
}
