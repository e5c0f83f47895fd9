package vn.dtiplan.interfaces.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.application.notification.NotificationsCreated;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.notification.Notification;
import vn.dtiplan.domain.notification.NotificationRepository;
import vn.dtiplan.interfaces.Messages;

/**
 * Mails new notifications to the accounts of their unit that have an address, after the sweep
 * that created them committed, in a transaction of its own. Off unless an SMTP host is
 * configured ({@link MailSettings}). A failed mail is logged and ends the round (a server that is
 * down is not asked 200 times): the notification stays unmailed and is tried again after the next
 * sweep, for a day, after which it is only in the application. Nothing here can fail a business
 * transaction: notifications come from the sweep, which has committed.
 */
@Stateless
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());
    private static final Duration RETRY_FOR = Duration.ofDays(1);
    private static final int BATCH = 200;
    /** Off ({@code false}): no mail per notification, only the daily digest ({@link DigestMailer}). */
    static final String IMMEDIATE = "dtiplan.mail.immediate";

    @Inject
    private Tenancy tenancy;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private VietnamTime time;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void afterSweep(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsCreated created) {
        MailSettings settings = MailSettings.from(ConfigProvider.getConfig());
        if (!settings.enabled() || !ConfigProvider.getConfig().getOptionalValue(IMMEDIATE, Boolean.class).orElse(true)) {
            return;
        }
        tenancy.system();
        Session session = Session.getInstance(settings.sessionProperties());
        for (Notification n : notifications.unmailed(time.now().minus(RETRY_FOR), BATCH)) {
            List<String> to = notifications.addressesOf(n.getUnitId());
            if (!to.isEmpty() && !send(session, settings, n, to)) {
                return;
            }
            notifications.markMailed(n.getId(), time.now());
        }
    }

    private static boolean send(Session session, MailSettings settings, Notification n, List<String> to) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            for (String address : to) {
                message.addRecipient(Message.RecipientType.BCC, new InternetAddress(address));
            }
            String text = Messages.vietnamese(n.getKind().messageKey(), n.getLabel());
            message.setSubject("[dtiplan] " + text, "UTF-8");
            String link = settings.link(n.getLink());
            message.setText(text + (link == null ? "" : "\n\n" + link) + "\n", "UTF-8");
            if (settings.authenticated()) {
                Transport.send(message, settings.user(), settings.password());
            } else {
                Transport.send(message);
            }
            return true;
        } catch (MessagingException | RuntimeException failed) {
            LOG.log(Level.WARNING, "Mail of notification " + n.getId() + " failed; it stays in the application", failed);
            return false;
        }
    }
}
