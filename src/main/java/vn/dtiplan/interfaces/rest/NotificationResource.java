package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import vn.dtiplan.application.notification.NotificationService;
import vn.dtiplan.application.notification.NotificationView;
import vn.dtiplan.interfaces.Messages;
import vn.dtiplan.interfaces.mail.DigestMailer;

/**
 * {@code GET /api/notifications}: the caller's unit's latest notifications and the unread count;
 * {@code POST /api/notifications/{id}/read}, {@code POST /api/notifications/read} (all);
 * {@code PUT /api/notifications/email} {@code {"email"}}: the caller's own mail address for them;
 * {@code POST /api/notifications/sweep} (system administrator): create due notifications now;
 * {@code POST /api/notifications/digest} (system administrator): mail the day's digests now
 * ({@code {"sent"}}; 0 when mail is not configured).
 */
@Tag(name = "Notifications")
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class NotificationResource {

    /** The latest notifications, the unread count and the caller's mail address (absent when none). */
    public record Latest(long unread, List<Item> items, String email) {
    }

    public record Item(long id, String kind, String text, Instant createdAt, boolean read, String label, String link) {

        static Item of(NotificationView n) {
            return new Item(n.id(), n.kind().name(), Messages.vietnamese(n.messageKey(), n.label() == null ? "" : n.label()),
                    n.createdAt(), n.read(), n.label(), n.link());
        }
    }

    public record Unread(long unread) {
    }

    /** The caller's mail address; {@code {}} when none. */
    public record Email(String email) {
    }

    public record Swept(long created) {
    }

    public record Digested(long sent) {
    }

    @Inject
    private NotificationService notifications;

    @EJB
    private DigestMailer digests;

    @Operation(summary = "The caller's latest notifications")
    @GET
    public Latest latest() {
        return new Latest(notifications.unreadCount(), notifications.latest().stream().map(Item::of).toList(),
                notifications.myEmail());
    }

    @Operation(summary = "Mark a notification read")
    @POST
    @Path("{id}/read")
    public Unread read(@PathParam("id") long id) {
        notifications.markRead(id);
        return new Unread(notifications.unreadCount());
    }

    @Operation(summary = "Mark all notifications read")
    @POST
    @Path("read")
    public Unread readAll() {
        notifications.markAllRead();
        return new Unread(notifications.unreadCount());
    }

    @Operation(summary = "Set the e-mail digest preference")
    @PUT
    @Path("email")
    @Consumes(MediaType.APPLICATION_JSON)
    public Email email(@NotNull @Valid OtherRequests.EmailBody body) {
        notifications.changeMyEmail(body.email());
        return new Email(notifications.myEmail());
    }

    @Operation(summary = "Send due-date notifications now")
    @POST
    @Path("sweep")
    public Swept sweep() {
        return new Swept(notifications.sweepNow());
    }

    @Operation(summary = "Send the daily digest now")
    @POST
    @Path("digest")
    public Digested digest() {
        return new Digested(digests.sendNow());
    }
}
