package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The plan screens in a real browser, two journeys of the cascade (issue 4):
 * <ul>
 * <li>"city cascades": the city planner drafts a plan on the screens, adds tasks (the due date
 * read from the timeframe's words shows as they are typed), issues it after a confirmation that
 * the city's 3 wards receive the tasks, and the adoption matrix shows 3 pending rows; a ward then
 * finds the tasks in its inbox;</li>
 * <li>"ward adopts": over a city plan seeded through the API, a ward officer sees the inherited
 * tasks, adapts one with a due date later than the parent's (refused, with the message), drafts
 * its own plan implementing the city's, tries to issue it while a task is pending (refused,
 * listing it), decides it, and issues; the city's lineage shows the ward's decision;</li>
 * <li>"draft from gaps": Phường 2 drafts its plan from its latest assessment (the demo seed's 2023
 * figures replayed once per run into units of the tests' own, {@link SeedScores#shared}), one task
 * per criterion that lost points with the points at stake, and picks a criterion for a task of its
 * own from its framework;</li>
 * <li>"amend": the city edits a task of an issued plan; the dialog and its confirmation say how
 * many ward copies get a notice (a copy reported done does not), and the wards get them.</li>
 * </ul>
 * Every plan gets a unique number and tasks unique words, and each test builds its own city and
 * wards ({@link #cityTree()}), so the tests depend neither on order nor on other IT classes
 * sharing the database; only {@link #theDemoPlanReadsWellOnBothWidths()} opens the demo's Vũng Tàu
 * plan, to check the demo itself. The other plan screens are {@link PlanScreensIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanJourneyIT extends PlanJourneyFixture {

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
    void cityCascades() {
        ItTree tree = cityTree();
        String number = unique("KH-UBND");
        String taskA = "Rà soát hồ sơ DVCTT " + number;
        String taskB = "Tuyên truyền chuyển đổi số " + number;
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("tp"), ItTree.PASSWORD, true);
            browser.click(By.id("nav-plans"));
            waitForPath(browser, "/app/plans.xhtml");
            browser.click(By.id("new-plan"));
            waitForPath(browser, "/app/plan.xhtml");
            browser.type(By.id("header:number"), number);
            browser.type(By.id("header:title"), "Kế hoạch khắc phục chỉ số DTI năm 2030");
            sign(browser);
            browser.click(By.id("header:save"));
            new WebDriverWait(browser.driver(), WAIT).until(d -> browser.driver().getCurrentUrl().contains("id="));
            waitForText(browser, By.id("messages"), "Đã lưu dự thảo kế hoạch.");

            addTask(browser, taskA, "Phòng Văn hóa và Thông tin", "Quý II/2030");
            addTask(browser, taskB, "UBND các phường, xã", "Trước 30/9/2030");
            waitForText(browser, By.id("task-count"), "2");
            browser.shoot("plan-draft-city");

            openIssueDialog(browser, By.id("issue-summary"));
            waitForText(browser, By.id("issue-summary"), "3 đơn vị cấp dưới nhận 2 nhiệm vụ (6 nhiệm vụ được giao)");
            browser.shoot("plan-issue-confirm");
            browser.click(By.id("issue-form:confirm-issue"));
            waitForText(browser, By.id("messages"), "Đã ban hành kế hoạch.");
            waitForText(browser, By.id("plan-heading"), "Đã ban hành");

            browser.click(By.id("matrix-link"));
            waitForPath(browser, "/app/matrix.xhtml");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#matrix tbody tr"));
            assertEquals(3, rows.size());
            Set<String> states = browser.driver().findElements(By.cssSelector("#matrix td.cell")).stream()
                    .map(c -> c.getAttribute("data-state")).collect(Collectors.toSet());
            assertEquals(Set.of("PENDING"), states);
            browser.shoot("matrix-city");
        }
        try (Browser ward = Browser.open(base)) {
            ward.signIn(tree.user("w1"), ItTree.PASSWORD, true);
            ward.click(By.id("nav-inbox"));
            waitForPath(ward, "/app/inbox.xhtml");
            String inbox = ward.text(By.id("inbox"));
            assertTrue(inbox.contains(taskA) && inbox.contains(taskB), inbox);
            assertTrue(inbox.contains("30/06/2030"), "parsed due date of Quý II/2030: " + inbox);
        }
    }

    @Test
    void wardAdopts() {
        String number = unique("KH-UBND");
        String taskA = "Cập nhật cổng thông tin " + number;
        String taskB = "Số hóa hồ sơ một cửa " + number;
        ItTree tree = cityTree();
        long cityPlan = issuedCityPlan(tree, number, taskA, taskB);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("w1"), ItTree.PASSWORD, true);
            browser.click(By.id("nav-inbox"));
            waitForPath(browser, "/app/inbox.xhtml");
            browser.shoot("inbox-ward");

            openDecision(browser, taskA);
            chooseAction(browser, "ADAPT");
            setDate(browser, "decide-form:due_input", "31/12/2030");
            browser.click(By.id("decide-form:save-decision"));
            waitForText(browser, By.id("decide-form:decide-messages"), "muộn hơn");
            browser.shoot("inbox-adapt-refused");
            setDate(browser, "decide-form:due_input", "15/06/2030");
            browser.type(By.id("decide-form:solution"), taskA + " (Phường 2)");
            browser.click(By.id("decide-form:save-decision"));
            waitForText(browser, By.id("messages"), "Đã tiếp nhận có điều chỉnh.");
            new WebDriverWait(browser.driver(), WAIT).until(d -> !browser.text(By.id("inbox")).contains(taskA));

            browser.click(By.id("nav-plans"));
            waitForPath(browser, "/app/plans.xhtml");
            browser.click(By.id("new-plan"));
            waitForPath(browser, "/app/plan.xhtml");
            String wardNumber = unique("KH-UBND-P2");
            browser.type(By.id("header:number"), wardNumber);
            browser.type(By.id("header:title"), "Kế hoạch thực hiện " + number + " tại Phường 2");
            browser.pick("header:implements", number);
            sign(browser);
            browser.click(By.id("header:save"));
            new WebDriverWait(browser.driver(), WAIT).until(d -> browser.driver().getCurrentUrl().contains("id="));
            assertEquals(number, browser.text(By.id("header:draft-implements-link")));

            openIssueDialog(browser, By.id("issue-pending"));
            waitForText(browser, By.id("issue-pending"), taskB);
            String pending = browser.text(By.id("issue-pending"));
            assertFalse(pending.contains(taskA), "a decided task listed as pending: " + pending);
            assertTrue(browser.driver().findElements(By.id("issue-form:confirm-issue")).isEmpty(),
                    "issuing offered while a task is pending");
            browser.shoot("plan-issue-blocked");
            browser.click(By.id("issue-form:cancel-issue"));

            browser.click(By.id("nav-inbox"));
            waitForPath(browser, "/app/inbox.xhtml");
            WebElement row = rowOf(browser, taskB);
            row.findElement(By.cssSelector("input.pick")).click();
            browser.click(By.id("inbox:adopt-selected"));
            waitForText(browser, By.id("messages"), "Đã tiếp nhận 1 nhiệm vụ.");

            browser.click(By.id("nav-plans"));
            browser.click(By.linkText(wardNumber));
            openIssueDialog(browser, By.id("issue-summary"));
            waitForText(browser, By.id("issue-summary"), "Ban hành kế hoạch này");
            browser.click(By.id("issue-form:confirm-issue"));
            waitForText(browser, By.id("plan-heading"), "Đã ban hành");
            String tasks = browser.text(By.id("tasks"));
            assertTrue(tasks.contains(taskA + " (Phường 2)") && tasks.contains(taskB), tasks);
            browser.shoot("plan-ward-issued");
        }
        try (Browser city = Browser.open(base)) {
            city.signIn(tree.user("tp"), ItTree.PASSWORD, true);
            city.go("app/matrix.xhtml?plan=" + cityPlan);
            WebElement ward = city.find(By.cssSelector("#matrix tr[data-unit='" + tree.code("W1") + "']"));
            assertEquals(List.of("ADAPTED", "ADOPTED"), ward.findElements(By.cssSelector("td.cell")).stream()
                    .map(c -> c.getAttribute("data-state")).toList());
            city.find(By.cssSelector("#matrix tr[data-unit='" + tree.code("W2") + "'] td.state-PENDING"));
            city.shoot("matrix-after-ward");

            city.click(By.cssSelector("#matrix thead a"));
            waitForPath(city, "/app/lineage.xhtml");
            assertEquals("3", city.text(By.id("copy-count")));
            WebElement copy = city.find(By.xpath("//span[@data-unit='" + tree.code("W1") + "']/ancestor::tr"));
            assertTrue(copy.getText().contains("Điều chỉnh") && copy.getText().contains("15/06/2030"), copy.getText());
            city.shoot("lineage-city");
        }
    }

    @Test
    void aWardDraftsItsPlanFromItsLatestGaps() {
        SeedScores seed = SeedScores.shared(base);
        String wardCode = seed.code(SeedScores.PHUONG2);
        Api ward = seed.as("w" + SeedScores.PHUONG2);
        int year = java.util.stream.IntStream.iterate(java.time.Year.now().getValue(), y -> y > 2019, y -> y - 1)
                .filter(y -> !ward.get("units/" + wardCode + "/assessments?year=" + y).expect(200).array().isEmpty())
                .findFirst().orElseThrow();
        List<JsonObject> gaps = ward.get("units/" + wardCode + "/assessments/" + year + "/gaps").expect(200).object()
                .getJsonArray("criteria").getValuesAs(JsonObject.class);
        JsonObject market = gaps.stream().filter(g -> g.getString("code").equals("8.1")).findFirst().orElseThrow();
        try (Browser browser = Browser.open(base)) {
            browser.signIn(seed.tree().user("w" + SeedScores.PHUONG2), ItTree.PASSWORD, true);
            browser.click(By.id("nav-plans"));
            waitForPath(browser, "/app/plans.xhtml");
            waitForText(browser, By.id("plan-actions:from-gaps"), "Lập kế hoạch từ điểm còn thiếu năm " + year);
            browser.shoot("plans-ward-from-gaps");
            new WebDriverWait(browser.driver(), WAIT).ignoring(WebDriverException.class).until(d -> {
                waitForAjax(browser);
                if (browser.currentPath().endsWith("/app/plans.xhtml")) {
                    browser.click(By.id("plan-actions:from-gaps"));
                    waitForAjax(browser);
                }
                return browser.driver().getCurrentUrl().contains("plan.xhtml?id=");
            });
            waitForText(browser, By.id("messages"), " nhiệm vụ từ điểm còn thiếu năm " + year);
            java.util.regex.Matcher drafted = java.util.regex.Pattern.compile("Đã lập dự thảo gồm (\\d+) nhiệm vụ")
                    .matcher(browser.text(By.id("messages")));
            assertTrue(drafted.find(), browser.text(By.id("messages")));
            int drafts = Integer.parseInt(drafted.group(1));
            assertTrue(drafts >= gaps.size(), drafts + " tasks for " + gaps.size() + " criteria that lost points");
            waitForText(browser, By.id("task-count"), String.valueOf(drafts));
            WebElement first = browser.find(By.cssSelector("[id='tasks:table'] tbody tr"));
            String firstCode = gaps.get(0).getString("code");
            assertTrue(first.getText().contains(firstCode) && first.getText().contains("−" + points(gaps.get(0)) + " điểm"),
                    first.getText());
            assertTrue(first.getText().contains("Khắc phục điểm còn thiếu của tiêu chí " + firstCode), first.getText());
            browser.shoot("plan-from-gaps");
            browser.shootAt(By.id("tasks"), "plan-from-gaps-tasks");

            String ownTask = "Triển khai chợ 4.0 tại chợ Phường 2 " + unique("P2");
            browser.pick("add:criterion", "8.1 · Triển khai mô hình chợ 4.0 (−" + points(market) + " điểm)");
            browser.shootAt(By.id("add"), "plan-criterion-picker");
            browser.click(By.id("add:criterion"));
            browser.find(By.cssSelector("[id='add:criterion_items'] li[data-label^='6.4 · ']"));
            browser.shootAt(By.id("add"), "plan-criterion-picker-open");
            browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            browser.type(By.id("add:solution"), ownTask);
            browser.click(By.id("add:add-task"));
            waitForText(browser, By.id("task-count"), String.valueOf(drafts + 1));
            WebElement added = new WebDriverWait(browser.driver(), WAIT).until(d -> d
                    .findElements(By.cssSelector("[id='tasks:table'] tbody tr")).stream()
                    .filter(r -> r.getText().contains(ownTask)).findFirst().orElse(null));
            assertTrue(added.getText().contains("8.1") && added.getText().contains("−" + points(market) + " điểm"),
                    added.getText());

            openEditDialog(browser, () -> browser.find(By.cssSelector("[id='tasks:table'] tbody tr")),
                    By.id("edit-form:timeframe"));
            browser.type(By.id("edit-form:timeframe"), "Quý III/2024");
            browser.click(By.id("edit-form:save-edit"));
            waitForText(browser, By.id("messages"), "Đã lưu nhiệm vụ.");
            waitForText(browser, By.cssSelector("[id='tasks:table'] tbody tr"), "30/09/2024");
        }
    }

    @Test
    void theCityAmendsAnIssuedTaskAndSeesHowManyWardsHearOfIt() {
        String number = unique("KH-UBND");
        String solution = "Rà soát thủ tục hành chính " + number;
        ItTree tree = cityTree();
        long cityPlan = issuedCityPlan(tree, number, solution, "Việc khác " + number);
        Api ward = tree.as("w1");
        long copy = ward.get("units/" + tree.code("W1") + "/inbox").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("solution").equals(solution)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        ward.post("inherited/" + copy + "/decision", Json.createObjectBuilder().add("action", "ADOPT").build())
                .expect(200);
        ward.post("tasks/" + copy + "/progress", Json.createObjectBuilder().add("status", "DONE").build()).expect(200);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("tp"), ItTree.PASSWORD, true);
            browser.go("app/plan.xhtml?id=" + cityPlan);
            waitForText(browser, By.id("plan-heading"), "Đã ban hành");
            By count = By.id("amend-notice-count");
            openEditDialog(browser, () -> new WebDriverWait(browser.driver(), WAIT).until(d -> d
                    .findElements(By.cssSelector("[id='tasks:table'] tbody tr")).stream()
                    .filter(r -> r.getText().contains(solution)).findFirst().orElse(null)), count);
            waitForText(browser, count, "2 nhiệm vụ ở đơn vị cấp dưới");
            browser.type(By.id("edit-form:solution"), solution + " (điều chỉnh)");
            browser.shoot("plan-amend-dialog");
            browser.click(By.id("edit-form:save-edit"));
            waitForText(browser, By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message"), "2 nhiệm vụ");
            browser.shoot("plan-amend-confirm");
            browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
            waitForText(browser, By.id("messages"),
                    "Đã điều chỉnh nhiệm vụ (1 nội dung thay đổi); 2 nhiệm vụ ở đơn vị cấp dưới nhận thông báo thay đổi.");
            waitForText(browser, By.id("tasks"), solution + " (điều chỉnh)");
            waitForText(browser, By.id("plan-heading"), "Đã sửa đổi");
            browser.shoot("plan-amended");
        }
        assertTrue(tree.as("w2").get("units/" + tree.code("W2") + "/notices").expect(200).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getJsonObject("changes").getJsonObject("solution").getString("to")
                        .equals(solution + " (điều chỉnh)")), "a ward still at work hears of it");
        assertTrue(ward.get("units/" + tree.code("W1") + "/notices").expect(200).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(n -> n.getJsonNumber("taskId").longValue() == copy), "the ward that is done does not");
    }

    /** Issue 17: the city, ward, department and province journeys on a tree of the test's own ({@link JourneySteps}). */
    @Test
    void everyJourneyWithoutAStumble() throws Exception {
        JourneySteps steps = new JourneySteps(base);
        long cityPlan = steps.cityJourney();
        long wardPlan = steps.wardJourney(cityPlan);
        steps.departmentJourney(wardPlan);
        steps.provinceJourney();
        steps.walkEveryScreen(cityPlan, wardPlan);
    }

    @Test
    void theDemoPlanReadsWellOnBothWidths() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("tp.vungtau");
            browser.click(By.id("nav-plans"));
            waitForPath(browser, "/app/plans.xhtml");
            browser.shoot("plans-city");
            browser.click(By.linkText("4638/KH-UBND"));
            waitForText(browser, By.id("plan-heading"), "4638/KH-UBND");
            assertTrue(browser.driver().findElements(By.cssSelector("[id='tasks:table'] tbody tr")).size() >= 11);
            browser.shoot("plan-4638");
            browser.click(By.id("matrix-link"));
            waitForPath(browser, "/app/matrix.xhtml");
            assertEquals(17, browser.driver().findElements(By.cssSelector("#matrix tbody tr")).size());
            browser.shoot("matrix-4638");
        }
    }

    private static void addTask(Browser browser, String solution, String lead, String timeframe) {
        browser.type(By.id("add:solution"), solution);
        browser.click(By.cssSelector("[id='add:lead'] .ui-selectonemenu-trigger"));
        browser.click(By.cssSelector("[id='add:lead_items'] li[data-label='" + lead + "']"));
        browser.type(By.id("add:timeframe"), timeframe);
        waitForText(browser, By.id("add:parsed-due"), "hạn");
        browser.click(By.id("add:add-task"));
        waitForText(browser, By.id("tasks"), solution);
    }

    private static void openDecision(Browser browser, String solution) {
        rowOf(browser, solution).findElement(By.cssSelector(".decide-button")).click();
        waitForText(browser, By.id("decide-form"), solution);
    }

    private static void chooseAction(Browser browser, String action) {
        browser.driver().executeScript("document.querySelector(\"[id='decide-form:action'] input[value='" + action
                + "']\").closest('.ui-radiobutton').querySelector('.ui-radiobutton-box').click();");
        browser.find(By.id("decide-form:due_input"));
    }

    private static WebElement rowOf(Browser browser, String solution) {
        return new WebDriverWait(browser.driver(), WAIT).until(d -> d.findElements(By.cssSelector("#inbox tr")).stream()
                .filter(r -> r.getText().contains(solution)).findFirst().orElse(null));
    }

    /** Fills what issuing requires of the header besides number and title (issue 16): today's date and the signer. */
    private static void sign(Browser browser) {
        setDate(browser, "header:date_input", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.type(By.id("header:signerName"), "Nguyễn Văn Thử");
    }

    /** Writes a date into a date picker's text field as typed words (its pop-up calendar stays closed). */
    private static void setDate(Browser browser, String inputId, String ddMMyyyy) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(By.id(inputId)), ddMMyyyy);
    }

    /**
     * Clicks "Ban hành" until the confirmation shows {@code shown}: a click that lands while the
     * freshly loaded page is still binding its scripts is lost, and asking again is harmless.
     */
    private static void openIssueDialog(Browser browser, By shown) {
        new WebDriverWait(browser.driver(), WAIT).ignoring(WebDriverException.class).until(d -> {
            waitForAjax(browser);
            if (!d.findElements(shown).isEmpty() && d.findElement(shown).isDisplayed()) {
                return true;
            }
            browser.click(By.id("tasks:issue"));
            waitForAjax(browser);
            return !d.findElements(shown).isEmpty() && d.findElement(shown).isDisplayed();
        });
    }

    /** A gap's lost points as the screens write them (decimal comma). */
    private static String points(JsonObject gap) {
        return gap.getJsonNumber("lost").bigDecimalValue().stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
