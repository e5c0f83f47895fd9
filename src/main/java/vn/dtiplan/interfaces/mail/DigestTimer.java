package vn.dtiplan.interfaces.mail;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dtiplan.domain.VietnamTime;

/**
 * Sends the daily digests ({@link DigestMailer}) at 20 past every hour from
 * {@code dtiplan.mail.digest-hour} (Vietnam time, default 7) on: the first round of the day mails
 * every account that has unread notifications, a later round only those that had none before (a
 * digest is sent once per account and day). Off with {@code dtiplan.notifications.timer=false}, like
 * the sweep, or {@code dtiplan.mail.digest=false}; mail itself is off unless configured.
 */
@Singleton
public class DigestTimer {

    private static final Logger LOG = Logger.getLogger(DigestTimer.class.getName());

    @EJB
    private DigestMailer mailer;

    @Inject
    private VietnamTime time;

    @Inject
    @ConfigProperty(name = "dtiplan.notifications.timer", defaultValue = "true")
    private boolean timer;

    @Inject
    @ConfigProperty(name = "dtiplan.mail.digest", defaultValue = "true")
    private boolean digest;

    @Inject
    @ConfigProperty(name = "dtiplan.mail.digest-hour", defaultValue = "7")
    private int hour;

    @Schedule(hour = "*", minute = "20", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        if (!timer || !digest || ZonedDateTime.ofInstant(time.now(), VietnamTime.ZONE).getHour() < hour) {
            return;
        }
        try {
            mailer.send();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Notification digest failed; it runs again at the next hour", failed);
        }
    }
}
