package vn.dtiplan.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dtiplan.application.notification.NotificationService;

/** The unread count the layout's bell shows, read once per request. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    private NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** The count as the badge shows it ("99+" above 99). */
    public String getBadge() {
        return getUnread() > 99 ? "99+" : String.valueOf(getUnread());
    }
}
