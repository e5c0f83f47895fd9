package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The public page of a unit (issue 18.5) and notifications that reach the right level (18.6).
 * Each test builds its own province → city → ward with an overseer, a planner and a ward officer
 * whose full name and e-mail must never reach the public page; the page is read without sign-in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPageIT {

    private static final String PASSWORD = "mat-khau-du-dai";
    private static final String[] PILLARS = {"Nhận thức số", "Thể chế số", "Hạ tầng số", "Nhân lực số",
        "An toàn thông tin mạng", "Chính quyền số", "Kinh tế số", "Xã hội số"};
    private static final int[] THOUSAND = {100, 100, 100, 100, 100, 200, 150, 150};
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    /** One test's tree, its accounts (the ward officer's name and address are the personal data) and clients. */
    private record World(String tag, String province, String city, String ward, String wardName, Api overseer,
                         Api planner, Api officer, String officerName, String officerEmail, String plannerEmail) {
    }

    private World world() {
        String tag = "ck" + Unique.code();
        Api admin = Api.at(base).as("admin");
        String province = tag + "p";
        String city = tag + "c";
        String ward = tag + "w";
        String wardName = "Phường Minh Bạch " + tag;
        admin.post("units", unit(province, "Tỉnh Công Khai " + tag, "PROVINCE", null)).expect(201);
        admin.post("units", unit(city, "Thành phố Công Khai " + tag, "CITY", province)).expect(201);
        admin.post("units", unit(ward, wardName, "WARD", city)).expect(201);
        String officerName = "Trần Thị Riêng Tư " + tag;
        account(admin, "ov." + tag, "Lê Văn Tỉnh " + tag, province, "PROVINCE_OVERSEER");
        account(admin, "pl." + tag, "Phạm Văn Thành " + tag, city, "CITY_PLANNER");
        account(admin, "of." + tag, officerName, ward, "WARD_OFFICER");
        World w = new World(tag, province, city, ward, wardName, as("ov." + tag), as("pl." + tag), as("of." + tag),
                officerName, "rieng.tu." + tag + "@phuong.gov.vn", "thanh.pho." + tag + "@tp.gov.vn");
        w.officer().put("notifications/email", Json.createObjectBuilder().add("email", w.officerEmail()).build()).expect(200);
        return w;
    }

    private Api as(String user) {
        return Api.at(base).as(user, PASSWORD);
    }

    private static JsonObject unit(String code, String name, String level, String parent) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", code).add("name", name).add("level", level);
        return (parent == null ? b : b.add("parentCode", parent)).build();
    }

    private static void account(Api admin, String username, String fullName, String unit, String role) {
        admin.post("accounts", Json.createObjectBuilder().add("username", username).add("password", PASSWORD)
                .add("fullName", fullName).add("unitCode", unit).add("roles", Json.createArrayBuilder().add(role)).build())
                .expect(201);
    }

    private static JsonObjectBuilder task(String solution, LocalDate due, boolean cascade) {
        return Json.createObjectBuilder().add("solution", solution).add("lead", cascade ? "UBND các phường, xã" : "Văn phòng")
                .add("coordinating", Json.createArrayBuilder()).add("timeframe", "Trước " + due.getDayOfMonth() + "/"
                        + due.getMonthValue() + "/" + due.getYear()).add("due", due.toString()).add("cascade", cascade);
    }

    /** Drafts a plan of {@code unit} as {@code by}; answers its id and first task's id. */
    private static long[] plan(Api by, String unit, String number, String title, JsonObjectBuilder... tasks) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObjectBuilder t : tasks) {
            list.add(t);
        }
        JsonObject plan = by.post("plans", Json.createObjectBuilder().add("unitCode", unit).add("number", number)
                .add("date", TODAY.toString())
                .add("title", title).add("year", TODAY.getYear()).add("signerName", "Ông Ký Tên " + number)
                .add("tasks", list).build()).expect(201).object();
        return new long[] {plan.getJsonNumber("id").longValue(),
            plan.getJsonArray("tasks").getJsonObject(0).getJsonNumber("id").longValue()};
    }

    private static void issue(Api by, long planId) {
        by.post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
    }

    private static long framework(World w, int year) {
        JsonArrayBuilder pillars = Json.createArrayBuilder();
        for (int i = 0; i < PILLARS.length; i++) {
            pillars.add(Json.createObjectBuilder().add("name", PILLARS[i]).add("max", THOUSAND[i])
                    .add("criteria", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("code", (i + 1) + ".1").add("title", "Tiêu chí " + (i + 1) + ".1").add("max", 10))));
        }
        return w.overseer().post("frameworks", Json.createObjectBuilder().add("issuerCode", w.province()).add("year", year)
                .add("level", "WARD").add("name", "Bộ chỉ số " + year + " " + w.tag()).add("pillars", pillars).build())
                .expect(201).object().getJsonNumber("id").longValue();
    }

    private static JsonObject scores(long framework, int first) {
        JsonArrayBuilder pillars = Json.createArrayBuilder();
        for (int i = 0; i < PILLARS.length; i++) {
            pillars.add(Json.createObjectBuilder().add("name", PILLARS[i]).add("score", i == 0 ? first : 50));
        }
        return Json.createObjectBuilder().add("frameworkId", framework).add("pillars", pillars).build();
    }

    /** Scores the ward for the year: self-assessed and submitted; then, when {@code rank} is set, appraised and published. */
    private static void assess(World w, int year, int first, Integer rank, boolean publish) {
        String path = "units/" + w.ward() + "/assessments/" + year;
        long framework = framework(w, year);
        w.officer().put(path, scores(framework, first)).expect(200);
        if (!publish) {
            return;
        }
        w.officer().post(path + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonObjectBuilder appraised = Json.createObjectBuilder(scores(framework, first));
        if (rank != null) {
            appraised.add("rank", rank).add("rankOf", 12);
        }
        w.planner().put(path, appraised.build()).expect(200);
        w.planner().post(path + "/appraise", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        w.planner().post(path + "/publish", JsonValue.EMPTY_JSON_OBJECT).expect(200);
    }

    private Api.Reply page(String code, String ifNoneMatch) {
        Api anonymous = Api.at(base);
        HttpRequest.Builder request = anonymous.request(anonymous.uri("cong-khai/" + code));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return anonymous.send(request.GET());
    }

    private Api.Reply json(String code, String ifNoneMatch) {
        Api anonymous = Api.at(base);
        HttpRequest.Builder request = anonymous.request(anonymous.api("public/units/" + code));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return anonymous.send(request.GET());
    }

    @Test
    void aWardsPublicPageShowsItsIssuedPlanAndPublishedScoresToAnyoneAndNothingPersonalOrDraft() {
        World w = world();
        String issuedNumber = "CK-" + Unique.digits() + "/KH-UBND";
        String issuedTitle = "Kế hoạch chuyển đổi số công khai " + w.tag();
        long[] issued = plan(w.officer(), w.ward(), issuedNumber, issuedTitle,
                task("Số hóa hồ sơ một cửa", TODAY.minusDays(10), false),
                task("Lắp camera giám sát", TODAY.minusDays(3), false),
                task("Tập huấn kỹ năng số", TODAY.plusDays(30), false));
        issue(w.officer(), issued[0]);
        w.officer().post("tasks/" + issued[1] + "/progress", Json.createObjectBuilder().add("status", "DONE")
                .add("percent", 100).build()).expect(200);
        String draftTitle = "Bản nháp chưa ban hành " + w.tag();
        plan(w.officer(), w.ward(), "NHAP-" + Unique.digits() + "/KH-UBND", draftTitle,
                task("Nhiệm vụ nháp bí mật", TODAY.plusDays(5), false));
        assess(w, 2024, 70, 5, true);
        assess(w, 2025, 80, null, true);
        assess(w, 2026, 99, null, false);

        Api.Reply api = json(w.ward(), null).expect(200);
        JsonObject body = api.object();
        assertEquals(w.ward(), body.getString("code"));
        assertEquals(w.wardName(), body.getString("name"));
        assertEquals(1, body.getJsonArray("plans").size(), "the issued plan only: " + body);
        JsonObject plan = body.getJsonArray("plans").getJsonObject(0);
        assertEquals(issuedNumber, plan.getString("number"));
        assertEquals(issuedTitle, plan.getString("title"));
        assertEquals(List.of(3, 1, 1), List.of(plan.getInt("tasks"), plan.getInt("done"), plan.getInt("overdue")),
                "one task done, one overdue, one not yet due: " + plan);
        assertTrue(plan.containsKey("issued"), plan.toString());
        assertTrue(body.containsKey("onTimeReporting"), body.toString());
        List<Integer> years = body.getJsonArray("scores").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getInt("year")).toList();
        assertEquals(List.of(2025, 2024), years, "published years only, newest first: " + body);
        JsonObject score2024 = body.getJsonArray("scores").getJsonObject(1);
        assertEquals("DTI", score2024.getString("kind"));
        assertEquals(420, score2024.getJsonNumber("total").intValue());
        assertEquals(1000, score2024.getJsonNumber("max").intValue());
        assertEquals(List.of(5, 12), List.of(score2024.getInt("rank"), score2024.getInt("of")));
        assertTrue(body.getJsonArray("scores").getJsonObject(0).isNull("rank"), "no rank published for 2025");

        Api.Reply html = page(w.ward(), null).expect(200);
        String text = html.body();
        assertTrue(html.header("Content-Type").orElse("").startsWith("text/html"), html.headers().toString());
        assertTrue(text.contains(w.wardName()) && text.contains(issuedNumber) && text.contains(issuedTitle), text);
        assertTrue(text.contains("Kế hoạch đã ban hành") && text.contains("Kết quả đánh giá đã công bố")
                && text.contains("5/12") && text.contains("+10"), "Vietnamese, ranks and the year-on-year change: " + text);
        for (String secret : List.of(draftTitle, "Nhiệm vụ nháp bí mật", w.officerName(), w.officerEmail(), "of." + w.tag(),
                "Ông Ký Tên", "Phạm Văn Thành", "pl." + w.tag(), "Số hóa hồ sơ một cửa")) {
            assertFalse(text.contains(secret), "the page shows " + secret);
            assertFalse(api.body().contains(secret), "the API shows " + secret);
        }

        for (Api.Reply first : List.of(api, html)) {
            String etag = first.header("ETag").orElseThrow(() -> new AssertionError("no ETag: " + first.headers()));
            assertTrue(first.header("Cache-Control").orElse("").contains("public"), first.headers().toString());
            assertTrue(first.header("Cache-Control").orElse("").contains("max-age="), first.headers().toString());
            Api.Reply again = first == api ? json(w.ward(), etag) : page(w.ward(), etag);
            assertEquals(304, again.status(), "If-None-Match with the same tag");
            assertEquals(0, again.bytes().length);
        }
        assertEquals(200, json(w.ward(), "\"autre\"").status(), "another tag gets the page");
        json("khong-co-" + w.tag(), null).expectError(404);
        assertEquals(404, page("khong-co-" + w.tag(), null).status());
        assertEquals(0, json(w.city(), null).expect(200).object().getJsonArray("plans").size(),
                "the city's page does not list the ward's plan");

        try (Browser browser = Browser.open(base)) {
            browser.go("cong-khai/" + w.ward());
            assertEquals(w.wardName(), browser.text(By.id("unit-name")));
            browser.shoot("public-page");
            browser.signIn("pl." + w.tag(), PASSWORD, true);
            assertEquals("Trang công khai", browser.find(By.cssSelector("a.public-link[href$='/cong-khai/" + w.city() + "']"))
                    .getText(), "the home tree links the unit's public page");
        }
    }

    @Test
    void theParentHearsOfDeclinesReportsAndLateChildrenAndTheChildOfItsReturnedReport() {
        World w = world();
        long[] cityPlan = plan(w.planner(), w.city(), "TP-" + Unique.digits() + "/KH-UBND", "Kế hoạch thành phố " + w.tag(),
                task("Chợ 4.0 " + w.tag(), TODAY.plusDays(60), true));
        issue(w.planner(), cityPlan[0]);
        long copy = w.officer().get("units/" + w.ward() + "/inbox").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getJsonNumber("planId").longValue() == cityPlan[0]).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        w.officer().post("inherited/" + copy + "/decision", Json.createObjectBuilder().add("action", "DECLINE")
                .add("reason", "Phường không có chợ").build()).expect(200);
        long[] late = plan(w.officer(), w.ward(), "TRE-" + Unique.digits() + "/KH-UBND", "Kế hoạch phường " + w.tag(),
                task("Việc trễ hạn " + w.tag(), TODAY.minusDays(2), false));
        issue(w.officer(), late[0]);
        long report = w.officer().post("units/" + w.ward() + "/reports", Json.createObjectBuilder()
                .add("frequency", "MONTHLY").add("date", TODAY.minusMonths(1).toString()).build()).expect(201).object()
                .getJsonNumber("id").longValue();
        w.officer().post("reports/" + report + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        sweep();

        List<JsonObject> city = notifications(w.planner());
        assertTrue(has(city, "DECLINE_TO_REVIEW", w.wardName()), "the city reviews the decline: " + city);
        assertTrue(has(city, "REPORT_TO_APPROVE", w.wardName()), "the city approves the report: " + city);
        assertTrue(has(city, "CHILD_OVERDUE", "Việc trễ hạn " + w.tag()), "the city hears of the late ward: " + city);
        assertTrue(city.stream().filter(n -> n.getString("kind").equals("DECLINE_TO_REVIEW")).allMatch(n ->
                n.getString("text").startsWith("Đơn vị cấp dưới từ chối")), "in Vietnamese: " + city);
        List<JsonObject> ward = notifications(w.officer());
        assertTrue(ward.stream().noneMatch(n -> List.of("DECLINE_TO_REVIEW", "REPORT_TO_APPROVE", "CHILD_OVERDUE")
                .contains(n.getString("kind"))), "the parent's notifications stay the parent's: " + ward);
        assertTrue(notifications(w.overseer()).stream().noneMatch(n -> n.getString("label").contains(w.wardName())),
                "the province is not the ward's parent");

        w.planner().post("reports/" + report + "/return", Json.createObjectBuilder().add("comment", "Bổ sung số liệu")
                .build()).expect(200);
        sweep();
        assertTrue(has(notifications(w.officer()), "REPORT_RETURNED", w.wardName()), "the ward hears of the return");
        assertFalse(has(notifications(w.planner()), "REPORT_RETURNED", w.wardName()));
        int before = notifications(w.planner()).size();
        sweep();
        assertEquals(before, notifications(w.planner()).size(), "a second sweep creates nothing again");
    }

    @Test
    void aDailyDigestMailsEachAccountItsUnreadNotificationsOncePerDay() {
        World w = world();
        w.planner().put("notifications/email", Json.createObjectBuilder().add("email", w.plannerEmail()).build())
                .expect(200);
        long[] late = plan(w.officer(), w.ward(), "DG-" + Unique.digits() + "/KH-UBND", "Kế hoạch phường " + w.tag(),
                task("Việc trễ hạn digest " + w.tag(), TODAY.minusDays(4), false),
                task("Việc trễ hạn thứ hai " + w.tag(), TODAY.minusDays(5), false));
        issue(w.officer(), late[0]);
        try (FakeSmtp smtp = FakeSmtp.listen(Integer.getInteger(ItDatabase.SMTP_PORT))) {
            sweep();
            List<JsonObject> officer = notifications(w.officer());
            long read = officer.stream().filter(n -> n.getString("kind").equals("OVERDUE")).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            w.officer().post("notifications/" + read + "/read", JsonValue.EMPTY_JSON_OBJECT).expect(200);
            assertTrue(Api.at(base).as("admin").post("notifications/digest", JsonValue.EMPTY_JSON_OBJECT).expect(200)
                    .object().getInt("sent") >= 2);
            assertEquals(403, w.planner().post("notifications/digest", JsonValue.EMPTY_JSON_OBJECT).status());
            Api.at(base).as("admin").post("notifications/digest", JsonValue.EMPTY_JSON_OBJECT).expect(200);
            settle(smtp);

            List<String> toPlanner = digests(smtp, w.plannerEmail());
            assertEquals(1, toPlanner.size(), "one digest a day for the city planner");
            String planner = toPlanner.get(0);
            assertTrue(planner.contains("Phạm Văn Thành " + w.tag()) && planner.contains("Việc trễ hạn digest " + w.tag())
                    && planner.contains("Việc trễ hạn thứ hai " + w.tag()) && planner.contains("Đơn vị cấp dưới có nhiệm vụ quá hạn"),
                    "the city's items, in Vietnamese: " + planner);
            assertTrue(planner.contains("http://dtiplan.test/app/notifications.xhtml"), planner);
            List<String> toOfficer = digests(smtp, w.officerEmail());
            assertEquals(1, toOfficer.size(), "one digest a day for the ward officer");
            assertFalse(toOfficer.get(0).contains("Đơn vị cấp dưới"), "the ward's own items only: " + toOfficer.get(0));
            assertEquals(1, toOfficer.get(0).split("Nhiệm vụ đã quá hạn", -1).length - 1,
                    "the notification the officer read is left out: " + toOfficer.get(0));
        }
    }

    private void sweep() {
        Api.at(base).as("admin").post("notifications/sweep", JsonValue.EMPTY_JSON_OBJECT).expect(200);
    }

    private static List<JsonObject> notifications(Api api) {
        return api.get("notifications").expect(200).object().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static boolean has(List<JsonObject> items, String kind, String labelPart) {
        return items.stream().anyMatch(n -> n.getString("kind").equals(kind) && n.getString("label").contains(labelPart));
    }

    /** The decoded texts of the digest mails to {@code address}. */
    private static List<String> digests(FakeSmtp smtp, String address) {
        return smtp.received().stream().filter(m -> m.recipients().contains(address))
                .filter(m -> m.data().contains("X-Dtiplan-Digest:")).map(m -> decoded(m.data())).toList();
    }

    /** The body of a single-part text mail, undone from base64 or quoted-printable. */
    private static String decoded(String data) {
        int blank = data.indexOf("\n\n");
        String headers = data.substring(0, blank).toLowerCase();
        String body = data.substring(blank + 2);
        if (headers.contains("content-transfer-encoding: base64")) {
            return new String(Base64.getMimeDecoder().decode(body.strip()), StandardCharsets.UTF_8);
        }
        if (headers.contains("content-transfer-encoding: quoted-printable")) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            String joined = body.replace("=\r\n", "").replace("=\n", "");
            for (int i = 0; i < joined.length(); i++) {
                char ch = joined.charAt(i);
                if (ch == '=' && i + 2 < joined.length()) {
                    out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    out.write(ch);
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        }
        return body;
    }

    /** Waits until no mail has arrived for 1.5 s: the mailers send after the sweep's commit. */
    private static void settle(FakeSmtp smtp) {
        int seen = -1;
        for (int round = 0; round < 20 && smtp.received().size() != seen; round++) {
            seen = smtp.received().size();
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
