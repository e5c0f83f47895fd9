package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Progress and evidence over the API who may report, what is refused (and changes nothing),
 * and roll-ups that count a ward's report at once at the ward, the city and the province. The
 * database is shared with other IT classes, so roll-ups are checked as differences.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressIT extends ProgressFixture {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    @Override
    URL base() {
        return base;
    }

    @Test
    void aWardReportAppearsAtOnceAtEveryLevelAndAnOverdueTaskCountsAtEveryLevel() {
        Branch branch = ownBranch();
        String city = branch.city();
        String ward = branch.ward();
        String province = ownTree().code("P");
        Api overseer = ownTree().as("overseer");
        JsonObject ward0 = rollup(branch.officer(), ward);
        JsonObject city0 = rollup(branch.planner(), city);
        JsonObject province0 = rollup(overseer, province);

        long taskId = adoptedWardTask(branch, "2024-01-31", "Bộ phận Văn hóa - Xã hội");
        JsonObject ward1 = rollup(branch.officer(), ward);
        JsonObject city1 = rollup(branch.planner(), city);
        JsonObject province1 = rollup(overseer, province);
        assertEquals(1, ward1.getInt("tasks") - ward0.getInt("tasks"));
        assertEquals(1, ward1.getInt("overdue") - ward0.getInt("overdue"), "due 2024-01-31, not done");
        assertEquals(1, child(city1, ward).getInt("overdue") - child(city0, ward).getInt("overdue"));
        assertEquals(OWN_WARDS, city1.getInt("pending") - city0.getInt("pending") + 1,
                "the city's other wards are still pending");
        assertEquals(OWN_WARDS, city1.getInt("tasks") - city0.getInt("tasks"), "the cascaded task counts through its copies");
        assertEquals(OWN_WARDS, child(province1, city).getInt("overdue") - child(province0, city).getInt("overdue"),
                "the city's copies are all overdue, adopted or not");

        JsonObject done = branch.officer().post("tasks/" + taskId + "/progress",
                Json.createObjectBuilder().add("status", "DONE").add("note", "Đã cập nhật đủ minh chứng").build())
                .expect(200).object();
        assertEquals(100, done.getInt("percent"));
        JsonObject city2 = rollup(branch.planner(), city);
        JsonObject province2 = rollup(overseer, province);
        assertEquals(1, rollup(branch.officer(), ward).getInt("done") - ward1.getInt("done"));
        assertEquals(1, city2.getInt("done") - city1.getInt("done"));
        assertEquals(-1, city2.getInt("overdue") - city1.getInt("overdue"));
        assertEquals(1, child(province2, city).getInt("done") - child(province1, city).getInt("done"));
        assertEquals(-1, province2.getInt("overdue") - province1.getInt("overdue"));
    }

    @Test
    void onlyTheOwningUnitReportsAndRefusalsChangeNothing() {
        long taskId = adoptedWardTask(ownBranch(), "2030-12-31", "Bộ phận một cửa");
        String path = "tasks/" + taskId + "/progress";
        own("ward").post(path, progress("IN_PROGRESS", 40)).expect(200);

        assertEquals("progress.notOwner", own("city").post(path, progress("IN_PROGRESS", 60)).expectError(403)
                .getString("error"));
        own("sibling").post(path, progress("IN_PROGRESS", 60)).expectError(404);
        own("sibling").get(path).expectError(404);
        assertEquals("progress.notLead", own("vhxh").post(path, progress("IN_PROGRESS", 60)).expectError(403)
                .getString("error"));
        JsonObject tooMuch = own("ward").post(path, progress("IN_PROGRESS", 150)).expectError(422);
        assertEquals("progress.percent.range", tooMuch.getString("error"));
        assertTrue(tooMuch.getString("message").contains("0 đến 100"), tooMuch.toString());
        own("ward").post(path, Json.createObjectBuilder().add("status", "FINISHED").build()).expectError(422);

        JsonArray history = own("city").get(path).expect(200).array();
        assertEquals(1, history.size(), "refused reports leave no trace");
        assertEquals(40, history.getJsonObject(0).getInt("percent"));
        assertEquals(ownTree().user("ward"), history.getJsonObject(0).getString("reportedBy"));

        JsonArray audit = own("city").get("audit/TASK/" + taskId).expect(200).array();
        assertTrue(audit.getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("action").equals("PROGRESS")
                && e.getString("actor").equals(ownTree().user("ward"))
                && e.getJsonObject("changes").getJsonObject("percent").getString("to").equals("40")), audit.toString());
        own("sibling").get("audit/TASK/" + taskId).expectError(404);
    }

    @Test
    void aFileUploadedOnTheScreenIsStoredOnceEvenWhenThePageIsRefreshed() throws Exception {
        long taskId = adoptedWardTask(ownBranch(), "2030-12-31", "Bộ phận Văn hóa - Xã hội");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("bien-ban-", ".pdf");
        java.nio.file.Files.write(file, PDF);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(ownTree().user("ward"), ItTree.PASSWORD, true).go("app/task-progress.xhtml?task=" + taskId);
            browser.find(org.openqa.selenium.By.id("upload:file")).sendKeys(file.toString());
            browser.click(org.openqa.selenium.By.id("upload:send-file"));
            waitFor(browser, "messages", "Đã lưu minh chứng");
            assertEquals("task=" + taskId, java.net.URI.create(browser.driver().getCurrentUrl()).getQuery(),
                    "the page was opened afresh at its own address");
            browser.driver().navigate().refresh();
            browser.find(org.openqa.selenium.By.cssSelector("a.evidence-file"));
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertEquals(1, own("ward").get("tasks/" + taskId + "/evidence").expect(200).array().size(),
                "a refresh after the upload did not send the file again");
    }

    @Test
    void evidenceFilesAreCheckedStoredAndServedToUnitsAbove() {
        long taskId = adoptedWardTask(ownBranch(), "2030-12-31", "Bộ phận Văn hóa - Xã hội");
        Api staff = own("vhxh");
        String path = "tasks/" + taskId + "/evidence";

        JsonObject stored = upload(staff, path, "Báo cáo tháng 6-2024.pdf", PDF).expect(201).object();
        assertEquals("Báo_cáo_tháng_6-2024.pdf", stored.getString("name"));
        byte[] downloaded = own("overseer").get("evidence/" + stored.getJsonNumber("id").longValue()).expect(200).bytes();
        assertArrayEquals(PDF, downloaded);
        own("sibling").get("evidence/" + stored.getJsonNumber("id").longValue()).expectError(404);

        byte[] elf = {0x7F, 'E', 'L', 'F', 0, 0};
        assertEquals("evidence.type", upload(staff, path, "bao-cao.pdf", elf).expectError(422).getString("error"));
        byte[] big = Arrays.copyOf(PDF, (int) ItDatabase.EVIDENCE_LIMIT + 1);
        JsonObject tooLarge = upload(staff, path, "lon.pdf", big).expectError(422);
        assertEquals("evidence.tooLarge", tooLarge.getString("error"));
        assertTrue(tooLarge.getString("message").contains("1 MB"), tooLarge.toString());
        assertEquals("evidence.link.invalid", staff.post(path, Json.createObjectBuilder().add("url", "javascript:alert(1)")
                .build()).expectError(422).getString("error"));
        staff.post(path, Json.createObjectBuilder().add("url", "https://dichvucong.baria-vungtau.gov.vn/")
                .add("title", "Cổng dịch vụ công").build()).expect(201);

        JsonArray listed = own("city").get(path).expect(200).array();
        assertEquals(2, listed.size(), "only the accepted file and the link: " + listed);
    }

    @Test
    void theUploaderRemovesEvidenceWhileTheTaskIsOpenAndTheTrailKeepsIt() {
        ItTree tree = new ItTree(base).unit("P", "Tỉnh Minh Chứng", "PROVINCE", null)
                .unit("W", "Phường Minh Chứng", "WARD", "P").account("ward", "W", "WARD_OFFICER")
                .account("other", "W", "WARD_OFFICER");
        Api ward = tree.as("ward");
        long plan = ward.post("plans", Api.signed(Json.createObjectBuilder()).add("unitCode", tree.code("W"))
                .add("number", Unique.digits() + "/KH-UBND").add("title", "Kế hoạch minh chứng").add("year", 2030)
                .add("tasks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("solution", "Số hóa hồ sơ")
                        .add("lead", "UBND phường").add("timeframe", "Quý IV/2030"))).build())
                .expect(201).object().getJsonNumber("id").longValue();
        ward.post("plans/" + plan + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        long taskId = ward.get("plans/" + plan).expect(200).object().getJsonArray("tasks").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String path = "tasks/" + taskId + "/evidence";
        long first = upload(ward, path, "bien-ban-1.pdf", PDF).expect(201).object().getJsonNumber("id").longValue();
        long second = upload(ward, path, "bien-ban-2.pdf", PDF).expect(201).object().getJsonNumber("id").longValue();

        assertEquals("evidence.remove.notUploader", tree.as("other").send(tree.as("other")
                .request(tree.as("other").api("evidence/" + first)).DELETE()).expectError(422).getString("error"));
        assertEquals(204, ward.send(ward.request(ward.api("evidence/" + first)).DELETE()).status());
        assertEquals(List.of(second), ward.get(path).expect(200).array().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonNumber("id").longValue()).toList());
        ward.get("evidence/" + first).expectError(404);
        assertTrue(ward.get("audit/TASK/" + taskId).expect(200).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> "EVIDENCE_REMOVED".equals(e.getString("action"))), "the trail keeps the removal");

        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("ward"), ItTree.PASSWORD, true).go("app/task-progress.xhtml?task=" + taskId);
            browser.click(org.openqa.selenium.By.cssSelector(".remove-evidence"));
            browser.shoot("evidence-remove-confirm");
            browser.click(org.openqa.selenium.By.cssSelector(".ui-confirmdialog-yes"));
            waitFor(browser, "messages", "Đã gỡ minh chứng");
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector("a.evidence-file")).isEmpty());
        }
        assertTrue(ward.get(path).expect(200).array().isEmpty());

        long third = upload(ward, path, "bien-ban-3.pdf", PDF).expect(201).object().getJsonNumber("id").longValue();
        ward.post("tasks/" + taskId + "/progress", Json.createObjectBuilder().add("status", "DONE").add("percent", 100)
                .build()).expect(200);
        assertEquals("evidence.remove.taskDone", ward.send(ward.request(ward.api("evidence/" + third)).DELETE())
                .expectError(422).getString("error"));
        assertEquals(1, ward.get(path).expect(200).array().size());
    }

    @Test
    @Tag("smoke")
    void progressRollupAnswersTheContractFields() {
        Branch branch = ownBranch();
        JsonObject city = rollup(branch.planner(), branch.city());
        for (String field : new String[] {"unitCode", "tasks", "pending", "adopted", "declined", "done", "overdue"}) {
            assertTrue(city.containsKey(field), field + " in " + city);
        }
        assertEquals(OWN_WARDS, city.getJsonArray("children").size());
        branch.officer().get("units/" + branch.city() + "/progress").expectError(404);
        own("sibling").get("units/" + branch.ward() + "/progress").expectError(404);
    }

    /** Criterion titles of the stakes test's ward framework. */
    private static final String DIGITISED = "Tỷ lệ hồ sơ được số hóa và lưu trữ điện tử";

    private static final String ONLINE = "Tỷ lệ thủ tục hành chính được giải quyết trực tuyến toàn trình";

    /**
     * A ward's 2024 result of 90 on a 100-point framework of its province (pillar "Chính quyền số"
     * 8.5 of 10 with criteria 6.1 {@value #DIGITISED} 1.5 of 2, 6.2 4 of 4 and 6.3 {@value #ONLINE} 3 of
     * 4; "Xã hội số" 2.5 of 3; "Kinh tế số" 79 of 87) and the ward's adopted copies of its city's
     * tasks, numbered the city's way (3.5, 3.1) and matched by title, and one aiming at a whole pillar.
     */
    @Test
    void tasksShowThePointsTheyCanWinBackAndTheUnitItsProjectedScore() {
        ItTree t = new ItTree(base).unit("P", "Tỉnh Điểm Số", "PROVINCE", null).unit("C", "Thành phố Điểm Số", "CITY", "P")
                .unit("W", "Phường Điểm Số", "WARD", "C").unit("W2", "Phường Bên Cạnh", "WARD", "C")
                .department("W", "Bộ phận một cửa").account("overseer", "P", "PROVINCE_OVERSEER")
                .account("city", "C", "CITY_PLANNER").account("ward", "W", "WARD_OFFICER")
                .account("sibling", "W2", "WARD_OFFICER");
        String ward = t.code("W");
        Api overseer = t.as("overseer");
        long framework = overseer.post("frameworks", Json.createObjectBuilder().add("issuerCode", t.code("P"))
                .add("year", 2024).add("level", "WARD").add("name", "Bộ chỉ số điểm có thể lấy lại")
                .add("pillars", Json.createArrayBuilder()
                        .add(pillar("Chính quyền số", 10, Json.createArrayBuilder().add(criterion("6.1", DIGITISED, 2))
                                .add(criterion("6.2", "Cổng thông tin điện tử của phường hoạt động", 4))
                                .add(criterion("6.3", ONLINE, 4))))
                        .add(pillar("Xã hội số", 3, Json.createArrayBuilder()))
                        .add(pillar("Kinh tế số", 87, Json.createArrayBuilder()))).build())
                .expect(201).object().getJsonNumber("id").longValue();
        overseer.put("units/" + ward + "/assessments/2024", Json.createObjectBuilder().add("frameworkId", framework)
                .add("pillars", Json.createArrayBuilder().add(score("Chính quyền số", "8.5")).add(score("Xã hội số", "2.5"))
                        .add(score("Kinh tế số", "79")))
                .add("criteria", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "6.1").add("score", 1.5))
                        .add(Json.createObjectBuilder().add("code", "6.2").add("score", 4))
                        .add(Json.createObjectBuilder().add("code", "6.3").add("score", 3))).build()).expect(200);
        Api city = t.as("city");
        long planId = city.post("plans", Api.signed(Json.createObjectBuilder()).add("unitCode", t.code("C"))
                .add("number", "PS-" + Unique.digits() + "/KH-UBND").add("title", "Kế hoạch lấy lại điểm").add("year", 2024)
                .add("tasks", Json.createArrayBuilder()
                        .add(cascaded("3.5", ONLINE, "Đẩy mạnh giải quyết thủ tục hành chính trực tuyến toàn trình"))
                        .add(cascaded("3.1", DIGITISED, "Tăng cường công tác số hóa hồ sơ, kết quả giải quyết"))
                        .add(cascaded("8", "Xã hội số", "Tăng cường nhắc nhở người dân sử dụng dịch vụ số"))).build())
                .expect(201).object().getJsonNumber("id").longValue();
        city.post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        t.as("ward").get("units/" + ward + "/inbox").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("planId").longValue() == planId).forEach(i -> t.as("ward")
                        .post("inherited/" + i.getJsonNumber("id").longValue() + "/decision", Json.createObjectBuilder()
                                .add("action", "ADOPT").add("leadDepartment", "Bộ phận một cửa").build()).expect(200));

        JsonObject rollup = rollup(city, ward);
        assertEquals(2024, rollup.getInt("scoreYear"), "the ward's latest appraised result");
        Scoring.assertNumber("90", rollup, "currentScore");
        Scoring.assertNumber("92", rollup, "projectedScore");
        assertTrue(!rollup(overseer, t.code("P")).containsKey("currentScore"), "the province has no assessment");

        JsonArray tasks = t.as("ward").get("units/" + ward + "/progress/tasks").expect(200).array();
        assertEquals(3, tasks.size(), tasks.toString());
        assertEquals(new java.math.BigDecimal("1"), pointsOf(tasks, x -> "3.5".equals(x.getString("criterionCode", null))),
                "the city's 3.5 is the ward framework's 6.3 by title: 4 − 3");
        assertEquals("Chính quyền số", tasks.getValuesAs(JsonObject.class).stream()
                .filter(x -> "3.5".equals(x.getString("criterionCode", null))).findFirst().orElseThrow().getString("pillar"),
                "6.3 is a criterion of the pillar Chính quyền số");
        assertEquals(new java.math.BigDecimal("0.5"), pointsOf(tasks,
                x -> x.getString("solution").startsWith("Tăng cường công tác số hóa")), "6.1 by title: 2 − 1.5");
        assertEquals(new java.math.BigDecimal("0.5"), pointsOf(tasks,
                x -> x.getString("solution").startsWith("Tăng cường nhắc nhở")), "a whole pillar: 3 − 2.5");
        t.as("sibling").get("units/" + ward + "/progress/tasks").expectError(404);
    }

    private static JsonObject pillar(String name, int max, jakarta.json.JsonArrayBuilder criteria) {
        return Json.createObjectBuilder().add("name", name).add("max", max).add("criteria", criteria).build();
    }

    private static JsonObject criterion(String code, String title, int max) {
        return Json.createObjectBuilder().add("code", code).add("title", title).add("max", max).build();
    }

    private static JsonObject score(String pillar, String score) {
        return Json.createObjectBuilder().add("name", pillar).add("score", new java.math.BigDecimal(score)).build();
    }

    private static JsonObject cascaded(String code, String title, String solution) {
        return Json.createObjectBuilder().add("criterionCode", code).add("criterionTitle", title).add("solution", solution)
                .add("lead", "UBND các phường, xã").add("coordinating", Json.createArrayBuilder())
                .add("timeframe", "Trước 31/12/2030").add("due", "2030-12-31").add("cascade", true).build();
    }

    private static java.math.BigDecimal pointsOf(JsonArray tasks, java.util.function.Predicate<JsonObject> which) {
        JsonObject task = tasks.getValuesAs(JsonObject.class).stream().filter(which).findFirst().orElseThrow();
        return task.getJsonNumber("pointsAtStake").bigDecimalValue();
    }
}
