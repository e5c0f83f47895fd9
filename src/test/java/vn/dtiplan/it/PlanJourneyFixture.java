package vn.dtiplan.it;


import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the plan screen ITs share: the test's own city and wards ({@link #cityTree()}), a city plan
 * issued through the API, and the waits of the plan screens (a click on a fresh page can be lost).
 */
abstract class PlanJourneyFixture {

    /** The deployed application's address (the test class's Arquillian resource). */
    abstract URL base();

    static final Duration WAIT = Duration.ofSeconds(20);

    /**
     * The test's own city C (with the department its tasks name as lead) and three wards under a
     * province P: a city planner {@code tp} and ward officers {@code w1} and {@code w2} (W3 has none).
     */
    ItTree cityTree() {
        ItTree tree = new ItTree(base()).unit("P", "Tỉnh Hành Trình", "PROVINCE", null)
                .unit("C", "Thành phố Hành Trình", "CITY", "P").unit("W1", "Phường Một", "WARD", "C")
                .unit("W2", "Phường Hai", "WARD", "C").unit("W3", "Phường Ba", "WARD", "C")
                .account("tp", "C", "CITY_PLANNER").account("w1", "W1", "WARD_OFFICER")
                .account("w2", "W2", "WARD_OFFICER");
        Api.at(base()).as("admin").post("units/" + tree.code("C") + "/departments",
                Json.createObjectBuilder().add("name", "Phòng Văn hóa và Thông tin").build()).expect(201);
        return tree;
    }

    long issuedCityPlan(ItTree tree, String number, String taskA, String taskB) {
        return issuedCityPlan(tree.as("tp"), tree.code("C"), number, taskA, taskB);
    }

    /** Drafts a city plan with two cascading tasks through the API and issues it; answers its id. */
    long issuedCityPlan(Api city, String cityCode, String number, String taskA, String taskB) {
        JsonObject plan = Api.signed(Json.createObjectBuilder()).add("unitCode", cityCode).add("number", number)
                .add("title", "Kế hoạch thử " + number).add("year", 2030)
                .add("tasks", Json.createArrayBuilder()
                        .add(task(taskA, "Phòng Văn hóa và Thông tin", "Trước 30/6/2030"))
                        .add(task(taskB, "UBND các phường, xã", "Quý III/2030")))
                .build();
        long id = city.post("plans", plan).expect(201).object().getJsonNumber("id").longValue();
        city.post("plans/" + id + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        return id;
    }

    static JsonObject task(String solution, String lead, String timeframe) {
        return Json.createObjectBuilder().add("solution", solution).add("lead", lead)
                .add("coordinating", Json.createArrayBuilder()).add("timeframe", timeframe).add("cascade", true).build();
    }

    static String unique(String suffix) {
        return Unique.digits() + "/" + suffix;
    }

    /** Clicks a row's edit button until the edit dialog shows {@code shown} (a click on a fresh page can be lost). */
    static void openEditDialog(Browser browser, java.util.function.Supplier<WebElement> row, By shown) {
        new WebDriverWait(browser.driver(), WAIT).ignoring(WebDriverException.class).until(d -> {
            waitForAjax(browser);
            if (!d.findElements(shown).isEmpty() && d.findElement(shown).isDisplayed()) {
                return true;
            }
            row.get().findElement(By.cssSelector(".edit-task")).click();
            waitForAjax(browser);
            return !d.findElements(shown).isEmpty() && d.findElement(shown).isDisplayed();
        });
    }

    static void waitForAjax(Browser browser) {
        new WebDriverWait(browser.driver(), WAIT).until(d -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
    }

    static void waitForPath(Browser browser, String suffix) {
        new WebDriverWait(browser.driver(), WAIT).until(d -> browser.currentPath().endsWith(suffix));
    }

    static void waitForText(Browser browser, By by, String text) {
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }
}
