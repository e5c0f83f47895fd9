package vn.dtiplan.interfaces.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.dtiplan.application.notification.NotificationDigests;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.account.Roles;
import vn.dtiplan.domain.notification.Digest;
import vn.dtiplan.interfaces.Messages;

/**
 * Mails the day's notification digests, one mail per account ({@link Digest}), in Vietnamese. Off
 * unless mail is configured ({@link MailSettings}). The digests are claimed (committed) before
 * they are sent, so a round that fails half-way never mails anyone twice; a failed mail is logged
 * and its digest is not retried that day (the notifications stay in the application).
 */
@Stateless
public class DigestMailer {

    private static final Logger LOG = Logger.getLogger(DigestMailer.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String NOTIFICATIONS_PAGE = "/app/notifications.xhtml";
    /** Marks a digest (its day) so mail rules can file it apart from single notifications. */
    static final String DIGEST_HEADER = "X-Dtiplan-Digest";

    @EJB
    private NotificationDigests digests;

    @Inject
    private VietnamTime time;

    /** Sends the digests due now (the timer); answers how many were mailed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int send() {
        MailSettings settings = MailSettings.from(ConfigProvider.getConfig());
        if (!settings.enabled()) {
            return 0;
        }
        Session session = Session.getInstance(settings.sessionProperties());
        int sent = 0;
        for (Digest digest : digests.claimToday()) {
            sent += mail(session, settings, digest) ? 1 : 0;
        }
        return sent;
    }

    /** The same now, whatever the hour (operations, tests). */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendNow() {
        return send();
    }

    private boolean mail(Session session, MailSettings settings, Digest digest) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(digest.email()));
            message.setSubject(Messages.vietnamese("digest.subject", time.today().format(DAY),
                    String.valueOf(digest.total())), "UTF-8");
            message.setText(text(settings, digest), "UTF-8");
            message.setHeader(DIGEST_HEADER, time.today().toString());
            if (settings.authenticated()) {
                Transport.send(message, settings.user(), settings.password());
            } else {
                Transport.send(message);
            }
            return true;
        } catch (MessagingException | RuntimeException failed) {
            LOG.log(Level.WARNING, "Digest mail to " + digest.username() + " failed; its notifications stay in the application",
                    failed);
            return false;
        }
    }

    /** The digest's text: a greeting, one line per notification (with its page when a base URL is set), the list's page. */
    static String text(MailSettings settings, Digest digest) {
        StringBuilder text = new StringBuilder(Messages.vietnamese("digest.greeting", digest.fullName())).append("\n\n")
                .append(Messages.vietnamese("digest.intro", digest.unitName(), String.valueOf(digest.total())))
                .append("\n\n");
        for (Digest.Item item : digest.items()) {
            String link = settings.link(item.link());
            text.append("- ").append(Messages.vietnamese(item.kind().messageKey(), item.label() == null ? "" : item.label()))
                    .append(link == null ? "" : "\n  " + link).append('\n');
        }
        if (digest.total() > digest.items().size()) {
            text.append("- …\n");
        }
        String page = settings.link(NOTIFICATIONS_PAGE);
        return text.append('\n').append(Messages.vietnamese("digest.footer")).append(page == null ? "" : " " + page)
                .append('\n').toString();
    }
}
