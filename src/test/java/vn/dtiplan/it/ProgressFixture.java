package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * What the progress ITs stand on: the classes' own tree (never the demo's units), plans a city
 * issues and a ward adopts, roll-ups and evidence uploads. The own tree is static, made once for
 * every progress IT of the execution; a class that asserts on figures another class could change
 * (scores, ranks) makes a tree of its own.
 */
abstract class ProgressFixture {

    /** The deployed application's address (the test class's Arquillian resource). */
    abstract URL base();

    static final byte[] PDF = "%PDF-1.4\n% minh chứng\n".getBytes(StandardCharsets.UTF_8);

    /** The API signed in as a demo account ({@code admin}, the only one these tests use). */
    Api as(String user) {
        return Api.at(base()).as(user);
    }

    /** A city and one of its wards with a planner and an officer (the own tree's: {@link #ownBranch()}). */
    record Branch(String city, Api planner, String ward, Api officer) {
    }

    /** The number of wards of the class's own city. */
    static final int OWN_WARDS = 4;

    static ItTree ownTree;

    /**
     * The class's own tree, made once, for the tests converted off the demo data: province P,
     * city C with wards W1–W4, a province overseer, the city planner, the officers of W1 and of
     * its sibling W2, and a staff account of W1's "Bộ phận Văn hóa - Xã hội".
     */
    ItTree ownTree() {
        if (ownTree == null) {
            ItTree t = new ItTree(base()).unit("P", "Tỉnh Tổng Hợp", "PROVINCE", null)
                    .unit("C", "Thành phố Tổng Hợp", "CITY", "P");
            for (int i = 1; i <= OWN_WARDS; i++) {
                t.unit("W" + i, "Phường Tổng Hợp " + i, "WARD", "C");
            }
            ownTree = t.department("W1", "Bộ phận Văn hóa - Xã hội").department("W1", "Bộ phận một cửa")
                    .account("overseer", "P", "PROVINCE_OVERSEER").account("city", "C", "CITY_PLANNER")
                    .account("ward", "W1", "WARD_OFFICER").account("sibling", "W2", "WARD_OFFICER")
                    .staff("vhxh", "W1", "Bộ phận Văn hóa - Xã hội");
        }
        return ownTree;
    }

    /** The API signed in as the own tree's account {@code suffix}. */
    Api own(String suffix) {
        return ownTree().as(suffix);
    }

    Branch ownBranch() {
        ItTree t = ownTree();
        return new Branch(t.code("C"), t.as("city"), t.code("W1"), t.as("ward"));
    }

    /** The city drafts a one-task plan due {@code due} whose task cascades; answers the plan's id. */
    static long cityDraft(Branch branch, String due) {
        return cityDraft(branch, due, null);
    }

    /** As {@link #cityDraft(Branch, String)}, the task aiming at the criterion {@code criterionCode} (or none). */
    static long cityDraft(Branch branch, String due, String criterionCode) {
        JsonObjectBuilder task = Json.createObjectBuilder().add("solution", "Cập nhật minh chứng lên phần mềm chấm điểm")
                .add("lead", "UBND các phường, xã").add("coordinating", Json.createArrayBuilder())
                .add("timeframe", "Trước " + java.time.LocalDate.parse(due).format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .add("due", due).add("cascade", true);
        if (criterionCode != null) {
            task.add("criterionCode", criterionCode);
        }
        JsonObject plan = Api.signed(Json.createObjectBuilder()).add("unitCode", branch.city())
                .add("number", "PR-" + Unique.digits() + "/KH-UBND")
                .add("title", "Kế hoạch thử tiến độ").add("year", 2024)
                .add("tasks", Json.createArrayBuilder().add(task)).build();
        return branch.planner().post("plans", plan).expect(201).object().getJsonNumber("id").longValue();
    }

    /** The city issues a one-task plan due {@code due}; the branch's ward adopts its copy; answers the copy's id. */
    static long adoptedWardTask(Branch branch, String due, String lead) {
        return adoptedWardTask(branch, due, lead, null);
    }

    /** As {@link #adoptedWardTask(Branch, String, String)}, the task aiming at {@code criterionCode} (or none). */
    static long adoptedWardTask(Branch branch, String due, String lead, String criterionCode) {
        long planId = cityDraft(branch, due, criterionCode);
        branch.planner().post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonObject copy = branch.officer().get("units/" + branch.ward() + "/inbox").expect(200).array()
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getJsonNumber("planId").longValue() == planId)
                .findFirst().orElseThrow();
        long taskId = copy.getJsonNumber("id").longValue();
        assertEquals("progress.task.notTakenOn", branch.officer().post("tasks/" + taskId + "/progress",
                progress("IN_PROGRESS", 10)).expectError(409).getString("error"));
        branch.officer().post("inherited/" + taskId + "/decision", Json.createObjectBuilder().add("action", "ADOPT")
                .add("leadDepartment", lead).build()).expect(200);
        return taskId;
    }

    static JsonObject progress(String status, int percent) {
        return Json.createObjectBuilder().add("status", status).add("percent", percent).build();
    }

    static JsonObject rollup(Api caller, String unit) {
        return caller.get("units/" + unit + "/progress").expect(200).object();
    }

    static JsonObject child(JsonObject rollup, String code) {
        return rollup.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("unitCode").equals(code)).findFirst().orElseThrow();
    }

    static Api.Reply upload(Api api, String path, String name, byte[] content) {
        HttpRequest.Builder request = api.request(api.api(path + "?name="
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        return api.send(request);
    }

    static String day(java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    static final java.util.Map<String, String> REPORT_WORDS = java.util.Map.of("DRAFT", "Đang soạn",
            "SUBMITTED", "Đã gửi", "APPROVED", "Đã duyệt", "RETURNED", "Bị trả lại", "MISSING", "Chưa có");

    static JsonObject row(JsonArray rows, String code) {
        return rows.getValuesAs(JsonObject.class).stream().filter(r -> r.getString("unitCode").equals(code))
                .findFirst().orElseThrow(() -> new AssertionError(code + " in " + rows));
    }

    static void waitFor(Browser browser, String id, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(org.openqa.selenium.By.id(id)).isEmpty()
                        && d.findElement(org.openqa.selenium.By.id(id)).getText().contains(text));
    }
}
