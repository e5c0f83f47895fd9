package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The plan screens around the journeys, each on the test's own city and wards ({@link #cityTree()}):
 * a ward acknowledges a change notice and sees only its own row of the matrix, the city reviews a
 * ward's declines, and a task or a draft header changed in another session while its form is open
 * is not overwritten.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanScreensIT extends PlanJourneyFixture {

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
    void aWardAcknowledgesAChangeNotice() {
        ItTree tree = cityTree();
        String number = unique("KH-UBND");
        String solution = "Công khai thủ tục " + number;
        long cityPlan = issuedCityPlan(tree, number, solution, "Việc khác " + number);
        Api ward = tree.as("w1");
        long copy = ward.get("units/" + tree.code("W1") + "/inbox").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("solution").equals(solution)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        ward.post("inherited/" + copy + "/decision", Json.createObjectBuilder().add("action", "ADOPT").build())
                .expect(200);
        Api city = tree.as("tp");
        long parent = city.get("plans/" + cityPlan).expect(200).object().getJsonArray("tasks")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("solution").equals(solution))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        city.patch("tasks/" + parent, Json.createObjectBuilder().add("solution", solution + " (sửa đổi)").build())
                .expect(200);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("w1"), ItTree.PASSWORD, true);
            browser.click(By.id("nav-inbox"));
            WebElement notice = new WebDriverWait(browser.driver(), WAIT).until(d -> d
                    .findElements(By.cssSelector("#notices tr")).stream()
                    .filter(r -> r.getText().contains(solution + " (sửa đổi)")).findFirst().orElse(null));
            assertTrue(notice.getText().contains("Nội dung: " + solution + " → " + solution + " (sửa đổi)"),
                    notice.getText());
            browser.shoot("inbox-notice");
            notice.findElement(By.cssSelector(".ack-button")).click();
            waitForText(browser, By.id("messages"), "Đã xác nhận thông báo.");
            new WebDriverWait(browser.driver(), WAIT)
                    .until(d -> !browser.text(By.id("notices")).contains(solution + " (sửa đổi)"));
        }
    }

    @Test
    void aWardSeesOnlyItsOwnRowOfTheMatrix() {
        ItTree tree = cityTree();
        String number = unique("KH-UBND");
        long cityPlan = issuedCityPlan(tree, number, "Nhiệm vụ riêng " + number, "Nhiệm vụ khác " + number);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("w2"), ItTree.PASSWORD, true);
            browser.go("app/matrix.xhtml?plan=" + cityPlan);
            List<String> units = new WebDriverWait(browser.driver(), WAIT).until(d -> {
                List<String> rows = d.findElements(By.cssSelector("#matrix tbody tr")).stream()
                        .map(r -> r.getAttribute("data-unit")).toList();
                return rows.isEmpty() ? null : rows;
            });
            assertEquals(List.of(tree.code("W2")), units);
            browser.shoot("matrix-ward");
        }
    }

    @Test
    void theCityReviewsAWardsDeclines() {
        String number = unique("KH-UBND");
        String returned = "Lắp camera giám sát " + number;
        String accepted = "Mở lớp kỹ năng số " + number;
        ItTree tree = cityTree();
        long cityPlan = issuedCityPlan(tree, number, returned, accepted);
        Api ward = tree.as("w2");
        for (String solution : List.of(returned, accepted)) {
            long copy = ward.get("units/" + tree.code("W2") + "/inbox").expect(200).array().getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("solution").equals(solution)).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            ward.post("inherited/" + copy + "/decision", Json.createObjectBuilder().add("action", "DECLINE")
                    .add("reason", "Phường đã làm xong năm trước " + number).build()).expect(200);
        }
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("tp"), ItTree.PASSWORD, true);
            browser.click(By.id("nav-inbox"));
            waitForPath(browser, "/app/inbox.xhtml");
            declineRow(browser, returned).findElement(By.cssSelector(".return-button")).click();
            waitForText(browser, By.id("messages"), "Đã trả lại");
            declineRow(browser, accepted).findElement(By.cssSelector(".accept-button")).click();
            waitForText(browser, By.id("messages"), "Đã chấp nhận đề nghị từ chối.");
            new WebDriverWait(browser.driver(), WAIT).until(d -> !browser.text(By.id("declines")).contains(number));
            browser.shoot("inbox-city-reviews");

            browser.go("app/matrix.xhtml?plan=" + cityPlan);
            WebElement row = browser.find(By.cssSelector("#matrix tr[data-unit='" + tree.code("W2") + "']"));
            assertEquals(List.of("PENDING", "DECLINED"), row.findElements(By.cssSelector("td.cell")).stream()
                    .map(c -> c.getAttribute("data-state")).toList());
        }
    }

    private static WebElement declineRow(Browser browser, String solution) {
        return new WebDriverWait(browser.driver(), WAIT).until(d -> d.findElements(By.cssSelector("#declines tr"))
                .stream().filter(r -> r.getText().contains(solution)).findFirst().orElse(null));
    }

    @Test
    void aTaskChangedByAnotherWhileTheEditDialogIsOpenIsNotOverwritten() {
        ItTree tree = cityTree();
        String number = unique("KH-UBND");
        Api city = tree.as("tp");
        JsonObject draft = city.post("plans", Json.createObjectBuilder().add("unitCode", tree.code("C")).add("number", number)
                .add("title", "Kế hoạch thử " + number).add("year", 2030)
                .add("tasks", Json.createArrayBuilder().add(task("Nhiệm vụ " + number, "Phòng Văn hóa và Thông tin",
                        "Quý III/2030"))).build()).expect(201).object();
        long taskId = draft.getJsonArray("tasks").getJsonObject(0).getJsonNumber("id").longValue();
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("tp"), ItTree.PASSWORD, true).go("app/plan.xhtml?id=" + draft.getJsonNumber("id"));
            openEditDialog(browser, () -> browser.find(By.cssSelector("[id='tasks:table'] tbody tr")),
                    By.id("edit-form:solution"));
            city.patch("tasks/" + taskId, Json.createObjectBuilder().add("solution", "Sửa bởi người khác " + number)
                    .build()).expect(200);
            browser.type(By.id("edit-form:solution"), "Sửa trên màn hình " + number);
            browser.click(By.id("edit-form:save-edit"));
            waitForText(browser, By.id("edit-form:edit-messages"), "người khác thay đổi sau khi bạn mở");
            browser.shootAt(By.id("edit-form"), "plan-task-stale");
        }
        assertEquals("Sửa bởi người khác " + number, city.get("tasks/" + taskId).expect(200).object().getString("solution"),
                "the other's change is kept");
    }

    @Test
    void aDraftHeaderSavedInAnotherSessionWhileTheHeaderFormIsOpenIsNotOverwritten() {
        ItTree tree = new ItTree(base).unit("P", "Tỉnh Kế Hoạch Song Song", "PROVINCE", null)
                .unit("C", "Thành phố Kế Hoạch Song Song", "CITY", "P")
                .account("tp", "C", "CITY_PLANNER").account("tp2", "C", "CITY_PLANNER");
        String number = unique("KH-UBND");
        Api city = tree.as("tp");
        long id = city.post("plans", Json.createObjectBuilder().add("unitCode", tree.code("C")).add("number", number)
                .add("title", "Kế hoạch mở " + number).add("year", 2030).build()).expect(201).object()
                .getJsonNumber("id").longValue();
        try (Browser mine = Browser.open(base); Browser other = Browser.open(base)) {
            mine.signIn(tree.user("tp"), ItTree.PASSWORD, true).go("app/plan.xhtml?id=" + id);
            mine.find(By.id("header:title"));
            other.signIn(tree.user("tp2"), ItTree.PASSWORD, true).go("app/plan.xhtml?id=" + id);
            other.type(By.id("header:title"), "Tiêu đề người khác " + number);
            other.click(By.id("header:save"));
            new WebDriverWait(other.driver(), WAIT).until(d -> city.get("plans/" + id).expect(200).object()
                    .getString("title").startsWith("Tiêu đề người khác"));
            mine.type(By.id("header:title"), "Tiêu đề trên màn hình " + number);
            mine.click(By.id("header:save"));
            waitForText(mine, By.id("messages"), "người khác thay đổi sau khi bạn mở");
            mine.shootAt(By.id("header"), "plan-header-stale");
        }
        assertEquals("Tiêu đề người khác " + number, city.get("plans/" + id).expect(200).object().getString("title"),
                "the other's header is kept");
    }
}
