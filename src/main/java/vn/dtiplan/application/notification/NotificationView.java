package vn.dtiplan.application.notification;

import java.io.Serializable;
import java.time.Instant;
import vn.dtiplan.domain.notification.NotificationKind;

/** A notification as the bell and the notifications screen show it; {@code link} is below the context root. */
public record NotificationView(long id, NotificationKind kind, String label, String link, Instant createdAt, boolean read) implements Serializable {

    public String messageKey() {
        return kind.messageKey();
    }
}
