package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.it.Screens.waitForText;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Notifications: the sweep mails each ward its new tasks once (to the address it set), each ward
 * reads and marks only its own, and the bell on the screen counts the unread ones. The test makes
 * its own city and wards; the sweep itself covers every unit of the shared database, so its counts
 * are lower bounds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

    /** The number of wards of the test's city. */
    private static final int WARDS = 3;

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private Api admin() {
        return Api.at(base).as("admin");
    }

    @Test
    @Tag("smoke")
    void aSweepNotifiesWardsOfNewTasksOnceAndEachWardReadsOnlyItsOwn() {
        ItTree t = new ItTree(base).unit("P", "Tỉnh Thông Báo", "PROVINCE", null).unit("C", "Thành phố Thông Báo", "CITY", "P");
        for (int i = 1; i <= WARDS; i++) {
            t.unit("W" + i, "Phường Thông Báo " + i, "WARD", "C");
        }
        t.account("city", "C", "CITY_PLANNER").account("w2", "W2", "WARD_OFFICER").account("w3", "W3", "WARD_OFFICER");
        Api city = t.as("city");
        Api ward2 = t.as("w2");
        Api ward3 = t.as("w3");
        String address3 = "vanthu." + t.user("w3") + "@thongbao.gov.vn";
        String address2 = "vanthu." + t.user("w2") + "@thongbao.gov.vn";
        LocalDate soon = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(3);
        String number = "TB-" + Unique.digits() + "/KH-UBND";
        JsonObject task = Json.createObjectBuilder().add("solution", "Rà soát thủ tục hành chính trực tuyến")
                .add("lead", "UBND các phường, xã").add("coordinating", Json.createArrayBuilder())
                .add("timeframe", "Trước " + soon.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .add("due", soon.toString()).add("cascade", true).build();
        JsonObject plan = city.post("plans", Api.signed(Json.createObjectBuilder()).add("unitCode", t.code("C")).add("number", number)
                .add("title", "Kế hoạch thử thông báo").add("year", soon.getYear())
                .add("tasks", Json.createArrayBuilder().add(task)).build()).expect(201).object();
        long planId = plan.getJsonNumber("id").longValue();
        long parentTask = plan.getJsonArray("tasks").getJsonObject(0).getJsonNumber("id").longValue();
        city.post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);

        ward3.put("notifications/email", Json.createObjectBuilder().add("email", address3).build()).expect(200);
        assertEquals(403, city.post("notifications/sweep", JsonValue.EMPTY_JSON_OBJECT).status());
        try (FakeSmtp smtp = FakeSmtp.listen(Integer.getInteger(ItDatabase.SMTP_PORT))) {
            assertTrue(admin().post("notifications/sweep", JsonValue.EMPTY_JSON_OBJECT).expect(200).object()
                    .getInt("created") >= WARDS, "every ward of the city got the plan's task");
            assertTrue(smtp.received().stream().anyMatch(m -> m.recipients().equals(List.of(address3))
                    && m.data().contains("Subject:")), "mailed to the one address of W3: " + smtp.received().size());
            assertTrue(smtp.received().stream().noneMatch(m -> m.recipients().contains(address2)), "W2 set no address");
            settled(smtp);
            assertEquals(0, admin().post("notifications/sweep", JsonValue.EMPTY_JSON_OBJECT).expect(200).object()
                    .getInt("created"), "a second sweep creates nothing");
            settled(smtp);
            List<String> all = smtp.received().stream().map(NotificationsIT::identity).toList();
            assertEquals(all.size(), new java.util.HashSet<>(all).size(),
                    "no notification is mailed twice (a slow mailer may still be sending the first sweep's)");
        }
        ward3.put("notifications/email", Json.createObjectBuilder().add("email", "").build()).expect(200);

        long copy = ward2.get("units/" + t.code("W2") + "/inbox").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getJsonNumber("planId").longValue() == planId).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        ward2.post("inherited/" + copy + "/decision", Json.createObjectBuilder().add("action", "DECLINE")
                .add("reason", "Phường đã hoàn thành việc rà soát trong năm").build()).expect(200);
        city.post("inherited/" + copy + "/review", Json.createObjectBuilder().add("accept", true).build())
                .expect(200);
        city.patch("tasks/" + parentTask, Json.createObjectBuilder()
                .add("solution", "Rà soát, cập nhật thủ tục hành chính trực tuyến toàn trình").build()).expect(200);
        assertTrue(admin().post("notifications/sweep", JsonValue.EMPTY_JSON_OBJECT).expect(200).object()
                .getInt("created") >= 2, "a decision on a decline and change notices");
        assertTrue(kinds(ward2).contains("DECLINE_ACCEPTED"), kinds(ward2).toString());
        assertTrue(kinds(ward3).contains("CHANGE_NOTICE"), kinds(ward3).toString());

        JsonObject mine = ward3.get("notifications").expect(200).object();
        JsonObject inherited = mine.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("kind").equals("INHERITED") && n.getString("label").equals(number))
                .findFirst().orElseThrow(() -> new AssertionError(mine.toString()));
        assertFalse(inherited.getBoolean("read"));
        assertTrue(inherited.getString("text").contains(number), inherited.toString());
        assertEquals("/app/inbox.xhtml", inherited.getString("link"));
        long id = inherited.getJsonNumber("id").longValue();
        assertTrue(ward2.get("notifications").expect(200).object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().noneMatch(n -> n.getJsonNumber("id").longValue() == id));
        ward2.post("notifications/" + id + "/read", JsonValue.EMPTY_JSON_OBJECT).expectError(404);

        int unread = mine.getInt("unread");
        assertEquals(unread - 1, ward3.post("notifications/" + id + "/read", JsonValue.EMPTY_JSON_OBJECT)
                .expect(200).object().getInt("unread"));
        assertEquals(unread - 1, ward3.post("notifications/" + id + "/read", JsonValue.EMPTY_JSON_OBJECT)
                .expect(200).object().getInt("unread"), "reading twice counts once");
        assertEquals(0, ward3.post("notifications/read", JsonValue.EMPTY_JSON_OBJECT).expect(200).object()
                .getInt("unread"));

        assertEquals("account.email.invalid", ward3.put("notifications/email",
                Json.createObjectBuilder().add("email", "vanthu phuong 3").build()).expectError(422).getString("error"));
        assertFalse(ward3.get("notifications").expect(200).object().containsKey("email"), "cleared");

        try (Browser browser = Browser.open(base)) {
            browser.signIn(t.user("w2"), ItTree.PASSWORD, true);
            assertTrue(Integer.parseInt(browser.text(By.id("bell-count")).replace("+", "")) > 0, "the bell counts unread ones");
            browser.click(By.id("bell"));
            waitForText(browser, By.id("notification-list"), number);
            browser.shoot("notifications-ward");
        }
    }

    private static List<String> kinds(Api user) {
        return user.get("notifications").expect(200).object().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(n -> n.getString("kind")).toList();
    }

    /** A mail's recipients and content, without the headers that differ between two sends of it. */
    private static String identity(FakeSmtp.Mail mail) {
        int body = mail.data().indexOf("\r\n\r\n");
        return mail.recipients() + " " + subject(mail) + " " + (body < 0 ? mail.data() : mail.data().substring(body));
    }

    private static String subject(FakeSmtp.Mail mail) {
        return mail.data().lines().filter(l -> l.startsWith("Subject:")).findFirst().orElse("") + " " + mail.recipients();
    }

    /**
     * The number of mails received once none has arrived for 1.5 s: the mailer sends after the
     * sweep's commit, so the last mails of a sweep may land after its answer.
     */
    private static int settled(FakeSmtp smtp) {
        int seen = -1;
        int now = smtp.received().size();
        for (int round = 0; round < 20 && now != seen; round++) {
            seen = now;
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            now = smtp.received().size();
        }
        return now;
    }
}
