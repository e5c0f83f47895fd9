package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.it.Screens.waitForText;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Periodic reports over the API and on their screens: a ward drafts, edits and submits; the city
 * returns and approves; the province sees it; a sibling ward finds nothing (notifications are
 * {@link NotificationsIT}'s). Each test drafts reports for a period of its own (a random far-off
 * year), so tests never share a period. The tests stand on a tree of their own ({@link #tree()};
 * the late-period test on a tree in force since 2019), never on the demo's units.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private static final String WARD2_NAME = "Phường Báo Cáo Hai";

    private static final String WARD3_NAME = "Phường Báo Cáo Ba";

    private static ItTree tree;

    /**
     * The tree of the API tests, made once: province P, city C with wards W2 ({@value #WARD2_NAME})
     * and W3 ({@value #WARD3_NAME}); an overseer, the city planner, both ward officers and a
     * department staff account of W2; W2 has adopted one cascaded task of the city, so its
     * reports draw on a task of its own.
     */
    private ItTree tree() {
        if (tree == null) {
            ItTree t = new ItTree(base).unit("P", "Tỉnh Báo Cáo", "PROVINCE", null)
                    .unit("C", "Thành phố Báo Cáo", "CITY", "P").unit("W2", WARD2_NAME, "WARD", "C")
                    .unit("W3", WARD3_NAME, "WARD", "C").department("W2", "Bộ phận Văn hóa - Xã hội")
                    .account("overseer", "P", "PROVINCE_OVERSEER").account("city", "C", "CITY_PLANNER")
                    .account("ward2", "W2", "WARD_OFFICER").account("ward3", "W3", "WARD_OFFICER")
                    .staff("staff", "W2", "Bộ phận Văn hóa - Xã hội");
            Api city = t.as("city");
            JsonObject task = Json.createObjectBuilder().add("solution", "Cập nhật minh chứng lên phần mềm chấm điểm")
                    .add("lead", "UBND các phường, xã").add("coordinating", Json.createArrayBuilder())
                    .add("timeframe", "Trước 31/12/2030").add("due", "2030-12-31").add("cascade", true).build();
            long planId = city.post("plans", Api.signed(Json.createObjectBuilder()).add("unitCode", t.code("C"))
                    .add("number", Unique.digits() + "/KH-UBND").add("title", "Kế hoạch thử báo cáo").add("year", 2024)
                    .add("tasks", Json.createArrayBuilder().add(task)).build()).expect(201).object()
                    .getJsonNumber("id").longValue();
            city.post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
            long copy = t.as("ward2").get("units/" + t.code("W2") + "/inbox").expect(200).array()
                    .getValuesAs(JsonObject.class).stream().filter(i -> i.getJsonNumber("planId").longValue() == planId)
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            t.as("ward2").post("inherited/" + copy + "/decision", Json.createObjectBuilder().add("action", "ADOPT")
                    .add("leadDepartment", "Bộ phận Văn hóa - Xã hội").build()).expect(200);
            tree = t;
        }
        return tree;
    }

    /** The API signed in as the tree's account {@code suffix}. */
    private Api own(String suffix) {
        return tree().as(suffix);
    }

    private String user(String suffix) {
        return tree().user(suffix);
    }

    private String city() {
        return tree().code("C");
    }

    private String ward2() {
        return tree().code("W2");
    }

    private static final AtomicInteger YEAR = new AtomicInteger(2100 + ThreadLocalRandom.current().nextInt(330)); // 2100–2449; ApiInputIT drafts 2450–2799

    /** A June of a year no other test uses: its report is due on 20 June, in the future. */
    private static String freshJune() {
        return YEAR.getAndIncrement() + "-06-01";
    }

    private static JsonObject draft(Api caller, String unit, String date, int expected) {
        return caller.post("units/" + unit + "/reports", Json.createObjectBuilder()
                .add("frequency", "MONTHLY").add("date", date).build()).expect(expected).object();
    }

    private static JsonObject comment(String text) {
        return Json.createObjectBuilder().add("comment", text).build();
    }

    @Test
    void aWardReportGoesUpIsReturnedAndApprovedAndStaysInItsBranch() {
        String june = freshJune();
        JsonObject drafted = draft(own("ward2"), ward2(), june, 201);
        long id = drafted.getJsonNumber("id").longValue();
        String path = "reports/" + id;
        assertEquals("DRAFT", drafted.getString("status"));
        assertEquals(june.substring(0, 4) + "-06-20", drafted.getString("due"));
        assertTrue(drafted.getString("body").contains("Đơn vị: " + WARD2_NAME), drafted.toString());
        assertTrue(drafted.getJsonObject("figures").getInt("tasks") > 0, "drafted from the ward's adopted task");
        assertEquals(id, draft(own("ward2"), ward2(), june, 200).getJsonNumber("id").longValue(),
                "drafting the period again answers the same report");

        own("ward3").get(path).expectError(404);
        own("ward3").post(path + "/approve", JsonValue.EMPTY_JSON_OBJECT).expectError(404);
        own("ward3").put(path, Json.createObjectBuilder().add("body", "x").build()).expectError(404);
        assertEquals("report.notOwner", own("city").put(path, Json.createObjectBuilder().add("body", "x").build())
                .expectError(403).getString("error"));
        own("staff").post(path + "/submit", JsonValue.EMPTY_JSON_OBJECT).expectError(403);
        assertEquals("report.notSubmitted", own("city").post(path + "/approve", JsonValue.EMPTY_JSON_OBJECT)
                .expectError(409).getString("error"));

        own("ward2").put(path, Json.createObjectBuilder().add("body", "Báo cáo " + WARD2_NAME + ": đã bổ sung khó khăn.")
                .add("version", drafted.getJsonNumber("version").longValue()).build()).expect(200);
        JsonObject submitted = own("ward2").post(path + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200).object();
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertTrue(submitted.getBoolean("onTime"));
        assertEquals("report.locked", own("ward2").put(path, Json.createObjectBuilder().add("body", "sửa")
                .add("version", own("ward2").get(path).expect(200).object().getJsonNumber("version").longValue()).build())
                .expectError(409).getString("error"));
        assertEquals("report.notParent", own("ward2").post(path + "/approve", JsonValue.EMPTY_JSON_OBJECT)
                .expectError(403).getString("error"));

        JsonObject noReason = own("city").post(path + "/return", comment(" ")).expectError(422);
        assertEquals("report.return.comment", noReason.getString("error"));
        assertEquals("SUBMITTED", own("city").get(path).expect(200).object().getString("status"), "refusal changed nothing");
        JsonObject returned = own("city").post(path + "/return", comment("Bổ sung số liệu tháng")).expect(200).object();
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals("Bổ sung số liệu tháng", own("ward2").get(path).expect(200).object().getString("returnComment"));
        own("ward2").put(path, Json.createObjectBuilder().add("redraft", true)
                .add("version", own("ward2").get(path).expect(200).object().getJsonNumber("version").longValue())
                .build()).expect(200);
        own("ward2").post(path + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonObject approved = own("city").post(path + "/approve", JsonValue.EMPTY_JSON_OBJECT).expect(200).object();
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(user("city"), approved.getString("decidedBy"));

        JsonObject seenByProvince = own("overseer").get(path).expect(200).object();
        assertEquals("APPROVED", seenByProvince.getString("status"));
        assertFalse(seenByProvince.getBoolean("mayDecide"), "the province is not the ward's parent");
        JsonObject cityBoard = own("overseer").get("units/" + city() + "/reports?period=" + june.substring(0, 4) + "-06-20")
                .expect(200).object();
        JsonObject ward = cityBoard.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("unitCode").equals(ward2())).findFirst().orElseThrow();
        assertEquals(id, ward.getJsonObject("report").getJsonNumber("id").longValue());
        own("ward3").get("units/" + ward2() + "/reports").expectError(404);

        JsonArray audit = own("city").get("audit/REPORT/" + id).expect(200).array();
        List<String> actions = audit.getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action") + ":" + e.getString("actor")).toList();
        String ward2 = user("ward2");
        String city = user("city");
        assertTrue(actions.containsAll(List.of("DRAFT:" + ward2, "EDIT:" + ward2, "SUBMIT:" + ward2, "RETURN:" + city,
                "REDRAFT:" + ward2, "APPROVE:" + city)), actions.toString());
        assertEquals("APPROVED", audit.getJsonObject(0).getJsonObject("changes").getJsonObject("status").getString("to"),
                "newest first: " + audit);
        assertEquals(audit, own("overseer").get("audit/REPORT/" + id).expect(200).array(), "the province reads the same trail");
        own("ward3").get("audit/REPORT/" + id).expectError(404);
        own("ward2").get("audit/REPORT/not-a-number").expectError(404);
    }

    /**
     * Eight drafts of one period at once (two instances of a cluster race the same way: the
     * database's unique key decides): one report is stored, every answer is that report (201
     * once, 200) or a conflict to retry (409), never a 500.
     */
    @Test
    void draftsOfOnePeriodAtOnceStoreOneReport() throws Exception {
        String june = freshJune();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Api.Reply> replies = new ArrayList<>();
        try {
            List<Future<Api.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> own("ward2").post("units/" + ward2() + "/reports",
                        Json.createObjectBuilder().add("frequency", "MONTHLY").add("date", june).build())));
            }
            for (Future<Api.Reply> call : calls) {
                replies.add(call.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> statuses = replies.stream().map(Api.Reply::status).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 200 || s == 409), statuses.toString());
        JsonObject created = replies.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().object();
        assertTrue(replies.stream().filter(r -> r.status() == 200)
                .allMatch(r -> r.object().getJsonNumber("id").equals(created.getJsonNumber("id"))), statuses.toString());
        long stored = own("ward2").get("units/" + ward2() + "/reports?frequency=MONTHLY").expect(200)
                .object().getJsonArray("reports").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("periodEnd").equals(created.getString("periodEnd"))).count();
        assertEquals(1, stored, "reports of the period " + created.getString("periodEnd"));
    }

    @Test
    void aCityReportWaitsForEveryWardAndRatesCountOnTimeSubmissions() {
        String june = freshJune();
        long cityReport = draft(own("city"), city(), june, 201).getJsonNumber("id").longValue();
        JsonObject refused = own("city").post("reports/" + cityReport + "/submit", JsonValue.EMPTY_JSON_OBJECT)
                .expectError(422);
        assertEquals("report.children.missing", refused.getString("error"));
        assertTrue(refused.getString("message").contains(WARD2_NAME) && refused.getString("message").contains(WARD3_NAME),
                refused.toString());

        long wardReport = draft(own("ward2"), ward2(), june, 201).getJsonNumber("id").longValue();
        own("ward2").post("reports/" + wardReport + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonObject stillRefused = own("city").post("reports/" + cityReport + "/submit", JsonValue.EMPTY_JSON_OBJECT)
                .expectError(422);
        assertFalse(Pattern.compile("[:,] " + Pattern.quote(WARD2_NAME) + "[,.]").matcher(stillRefused.getString("message")).find(),
                stillRefused.toString());
        assertTrue(stillRefused.getString("message").contains(WARD3_NAME), stillRefused.toString());
        assertEquals("DRAFT", own("city").get("reports/" + cityReport).expect(200).object().getString("status"));

        JsonObject mine = own("ward2").get("units/" + ward2() + "/reports").expect(200).object();
        JsonObject rate = mine.getJsonObject("onTime");
        assertTrue(rate.getInt("counted") >= 1 && rate.getInt("onTime") >= 1, rate.toString());
        assertTrue(mine.getJsonArray("reports").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getJsonNumber("id").longValue() == wardReport && r.getBoolean("onTime")));
        assertEquals("report.frequency.invalid", own("ward2").post("units/" + ward2() + "/reports",
                Json.createObjectBuilder().add("frequency", "WEEKLY").build()).expectError(422).getString("error"));
    }

    @Test
    void aPeriodWithoutReportCountsAsLateAndCanStillBeDraftedOnTheScreen() {
        ItTree t = new ItTree(base, "2019-01-01").unit("P", "Tỉnh Báo Cáo Từ 2019", "PROVINCE", null)
                .unit("C", "Thành phố Báo Cáo Từ 2019", "CITY", "P").unit("W", "Phường Báo Cáo Từ 2019", "WARD", "C")
                .account("ward", "W", "WARD_OFFICER");
        String ward = t.code("W");
        draft(t.as("ward"), ward, "2019-03-01", 201);
        JsonObject before = t.as("ward").get("units/" + ward + "/reports").expect(200).object().getJsonObject("onTime");
        String[] drafted = new String[1];
        try (Browser browser = Browser.open(base)) {
            browser.go("app/home.xhtml").signIn(t.user("ward"), ItTree.PASSWORD, true);
            browser.click(By.id("nav-reports"));
            String latest = browser.text(By.cssSelector("#own\\:missing li .missing-period"));
            By missing = By.xpath("//li[span[@class='missing-period' and text()='" + latest + "']]//button");
            browser.shootAt(By.id("own:missing"), "reports-missing-periods");
            browser.click(missing);
            waitForText(browser, By.id("opened-title"), latest);
            assertTrue(browser.driver().findElements(missing).isEmpty(), latest + " is no longer missing");
            drafted[0] = latest;
        }
        JsonObject after = t.as("ward").get("units/" + ward + "/reports").expect(200).object();
        assertTrue(after.getJsonArray("reports").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("label").equals(drafted[0]) && r.getString("status").equals("DRAFT")), after.toString());
        assertEquals(before, after.getJsonObject("onTime"), "a missing period and its late draft count the same: late");
        assertTrue(before.getInt("counted") - before.getInt("onTime") >= 12, "2019's unsent months count as late: " + before);
    }

    @Test
    void aReportIsSentWithTheTextTypedEvenWhenNotSavedAndOnlyAfterConfirming() {
        long id = draft(own("ward2"), ward2(), freshJune(), 201).getJsonNumber("id").longValue();
        String typed = "Nội dung gõ xong, chưa bấm lưu, báo cáo số " + id;
        try (Browser browser = Browser.open(base)) {
            browser.signIn(user("ward2"), ItTree.PASSWORD, true).go("app/reports.xhtml?report=" + id);
            browser.type(By.id("opened:body"), typed);
            settle(browser);
            browser.click(By.id("opened:submit"));
            browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message"));
            browser.shoot("report-submit-confirm");
            assertEquals("DRAFT", own("ward2").get("reports/" + id).expect(200).object().getString("status"),
                    "nothing is sent before the official confirms");
            browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
            waitForText(browser, By.id("opened-status"), "Đã gửi, chờ duyệt");
            assertTrue(browser.text(By.id("body-text")).contains(typed));
        }
        JsonObject sent = own("ward2").get("reports/" + id).expect(200).object();
        assertEquals("SUBMITTED", sent.getString("status"));
        assertEquals(typed, sent.getString("body"));
    }

    @Test
    void theCityApprovesAWardReportOnTheReportsScreen() {
        String june = freshJune();
        String due = june.substring(0, 4) + "-06-20";
        long id = draft(own("ward2"), ward2(), june, 201).getJsonNumber("id").longValue();
        own("ward2").post("reports/" + id + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        long returned = draft(own("ward3"), tree().code("W3"), freshJune(), 201).getJsonNumber("id").longValue();
        own("ward3").post("reports/" + returned + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        own("city").post("reports/" + returned + "/return", comment("Đề nghị bổ sung minh chứng")).expect(200);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(user("ward3"), ItTree.PASSWORD, true);
            browser.click(By.id("nav-reports"));
            waitForText(browser, By.id("reports-unit"), WARD3_NAME);
            browser.go("app/reports.xhtml?report=" + returned);
            waitForText(browser, By.id("opened-status"), "Bị trả lại");
            assertTrue(browser.text(By.id("opened:return-comment")).contains("bổ sung minh chứng"));
            assertTrue(browser.find(By.id("opened:body")).isEnabled(), "a returned report can be edited again");
            browser.shoot("report-returned-ward");
            browser.go("app/reports.xhtml?report=" + id);
            assertTrue(browser.driver().findElements(By.id("opened-title")).isEmpty(), "a sibling ward sees nothing of it");
        }
        try (Browser browser = Browser.open(base)) {
            browser.signIn(user("city"), ItTree.PASSWORD, true).go("app/reports.xhtml?period=" + due);
            waitForText(browser, By.id("children-period"), "tháng 6/" + june.substring(0, 4));
            browser.shoot("reports-city");
            browser.click(By.cssSelector("#children a.open-report[data-unit='" + ward2() + "']"));
            waitForText(browser, By.id("opened-status"), "Đã gửi, chờ duyệt");
            assertTrue(browser.text(By.id("body-text")).contains("Đơn vị: " + WARD2_NAME));
            settle(browser);
            browser.click(By.id("opened:approve"));
            waitForText(browser, By.id("opened-status"), "Đã duyệt");
            browser.shoot("report-approved-by-city");
            waitForText(browser, By.cssSelector("#change-history .history-action"), "Duyệt");
            assertEquals(List.of("Duyệt", "Gửi cấp trên", "Soạn báo cáo"), browser.driver()
                    .findElements(By.cssSelector("#change-history .history-action")).stream()
                    .map(org.openqa.selenium.WebElement::getText).toList());
            String history = browser.text(By.id("change-history"));
            assertTrue(history.contains(user("ward2")) && history.contains(user("city"))
                    && history.contains("Đã gửi") && history.contains("Đã duyệt"), history);
            browser.shootAt(By.id("change-history"), "report-history");
        }
        assertEquals("APPROVED", own("overseer").get("reports/" + id).expect(200).object().getString("status"));
    }

    private static void settle(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
    }
}
