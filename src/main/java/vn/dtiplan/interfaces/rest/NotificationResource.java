package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.dtiplan.application.notification.NotificationService;
import vn.dtiplan.application.notification.NotificationView;
import vn.dtiplan.interfaces.Messages;

/**
 * {@code GET /api/notifications}: the caller's unit's latest notifications and the unread count;
 * {@code POST /api/notifications/{id}/read}, {@code POST /api/notifications/read} (all);
 * {@code PUT /api/notifications/email} {@code {"email"}}: the caller's own mail address for them;
 * {@code POST /api/notifications/sweep} (system administrator): create due notifications now.
 */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class NotificationResource {

    @Inject
    private NotificationService notifications;

    @GET
    public JsonObject latest() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        notifications.latest().forEach(n -> items.add(json(n)));
        JsonObjectBuilder answer = Json.createObjectBuilder().add("unread", notifications.unreadCount()).add("items", items);
        String email = notifications.myEmail();
        if (email != null) {
            answer.add("email", email);
        }
        return answer.build();
    }

    @POST
    @Path("{id}/read")
    public JsonObject read(@PathParam("id") long id) {
        notifications.markRead(id);
        return Json.createObjectBuilder().add("unread", notifications.unreadCount()).build();
    }

    @POST
    @Path("read")
    public JsonObject readAll() {
        notifications.markAllRead();
        return Json.createObjectBuilder().add("unread", notifications.unreadCount()).build();
    }

    @PUT
    @Path("email")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject email(JsonObject body) {
        notifications.changeMyEmail(JsonBody.text(JsonBody.require(body), "email"));
        String email = notifications.myEmail();
        return email == null ? JsonObject.EMPTY_JSON_OBJECT : Json.createObjectBuilder().add("email", email).build();
    }

    @POST
    @Path("sweep")
    public JsonObject sweep() {
        return Json.createObjectBuilder().add("created", notifications.sweepNow()).build();
    }

    private static JsonObjectBuilder json(NotificationView n) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", n.id()).add("kind", n.kind().name())
                .add("text", Messages.vietnamese(n.messageKey(), n.label() == null ? "" : n.label()))
                .add("createdAt", n.createdAt().toString()).add("read", n.read());
        if (n.label() != null) {
            o.add("label", n.label());
        }
        if (n.link() != null) {
            o.add("link", n.link());
        }
        return o;
    }
}
