package vn.dtiplan.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import vn.dtiplan.application.notification.NotificationService;
import vn.dtiplan.application.notification.NotificationView;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.VietnamTime;

/**
 * The notifications of the caller's unit ({@code notifications.xhtml}), newest first, unread ones
 * marked. Opening one marks it read and goes to its page; all can be marked read at once.
 */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationService notifications;

    private List<NotificationView> items;
    private String email;

    public void open() {
        items = notifications.latest();
        email = notifications.myEmail();
    }

    public void saveEmail() {
        try {
            notifications.changeMyEmail(email);
            Notices.info("notifications.emailSaved");
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void follow(NotificationView n) throws IOException {
        try {
            notifications.markRead(n.id());
        } catch (DomainRuleException gone) {
            Notices.refused(gone);
            open();
            return;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.redirect(context.getRequestContextPath() + (n.link() == null ? "/app/notifications.xhtml" : n.link()));
    }

    public void readAll() {
        notifications.markAllRead();
        open();
        Notices.info("notifications.allRead");
    }

    public String text(NotificationView n) {
        return Notices.text(n.messageKey(), n.label() == null ? "" : n.label());
    }

    public String at(Instant moment) {
        return VietnamTime.text(moment);
    }

    public List<NotificationView> getItems() {
        return items;
    }

    public boolean isAnyUnread() {
        return items.stream().anyMatch(n -> !n.read());
    }
}
