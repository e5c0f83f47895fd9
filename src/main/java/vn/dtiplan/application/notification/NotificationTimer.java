package vn.dtiplan.application.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the notification sweep every five minutes on every instance (a non-persistent timer needs
 * no timer database; the sweep itself is idempotent and takes a lock). A failed sweep is logged
 * and tried again at the next tick. {@code dtiplan.notifications.timer=false} turns the timer off
 * (the integration tests sweep on demand, so a tick cannot race them).
 */
@Singleton
public class NotificationTimer {

    private static final Logger LOG = Logger.getLogger(NotificationTimer.class.getName());

    @EJB
    private NotificationSweeper sweeper;

    @Inject
    @ConfigProperty(name = "dtiplan.notifications.timer", defaultValue = "true")
    private boolean enabled;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        if (!enabled) {
            return;
        }
        try {
            sweeper.sweep();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Notification sweep failed; it runs again at the next tick", failed);
        }
    }
}
