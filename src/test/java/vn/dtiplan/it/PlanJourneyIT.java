package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The plan screens in a real browser, two journeys of the cascade (issue 4):
 * <ul>
 * <li>"city cascades": {@code tp.vungtau} drafts a plan on the screens, adds tasks (the due
 * date read from the timeframe's words shows as they are typed), issues it after a
 * confirmation that 17 wards receive the tasks, and the adoption matrix shows 17 pending rows;
 * Phường 2 then finds the tasks in its inbox;</li>
 * <li>"ward adopts": over a city plan seeded through the API, {@code phuong2.vungtau} sees the
 * inherited tasks, adapts one with a due date later than the parent's (refused, with the
 * message), drafts its own plan implementing the city's, tries to issue it while a task is
 * pending (refused, listing it), decides it, and issues; the city's lineage shows the ward's
 * decision;</li>
 * <li>"draft from gaps": Phường 2 drafts its plan from its latest assessment, one task per
 * criterion that lost points with the points at stake, and picks a criterion for a task of its
 * own from its framework;</li>
 * <li>"amend": the city edits a task of an issued plan; the dialog and its confirmation say how
 * many ward copies get a notice (a copy reported done does not), and the wards get them.</li>
 * </ul>
 * Every plan gets a unique number and tasks unique words, so the tests depend neither on order
 * nor on other IT classes sharing the database. The two journeys, "draft from gaps" and the demo
 * plan's screenshots run on the demo's Vũng Tàu; the change notice, the matrix, the review of
 * declines, "amend" and the stale forms build their own city and wards ({@link #cityTree()}) and
 * assert only on them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanJourneyIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void cityCascades() {
        String number = unique("KH-UBND");
        String taskA = "Rà soát hồ sơ DVCTT " + number;
        String taskB = "Tuyên truyền chuyển đổi số " + number;
        try (Browser browser = Browser.open(base)) {
            browser.signIn("tp.vungtau");
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
            waitForText(browser, By.id("issue-summary"), "17 đơn vị cấp dưới nhận 2 nhiệm vụ (34 nhiệm vụ được giao)");
            browser.shoot("plan-issue-confirm");
            browser.click(By.id("issue-form:confirm-issue"));
            waitForText(browser, By.id("messages"), "Đã ban hành kế hoạch.");
            waitForText(browser, By.id("plan-heading"), "Đã ban hành");

            browser.click(By.id("matrix-link"));
            waitForPath(browser, "/app/matrix.xhtml");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#matrix tbody tr"));
            assertEquals(17, rows.size());
            Set<String> states = browser.driver().findElements(By.cssSelector("#matrix td.cell")).stream()
                    .map(c -> c.getAttribute("data-state")).collect(Collectors.toSet());
            assertEquals(Set.of("PENDING"), states);
            browser.shoot("matrix-city");
        }
        try (Browser ward = Browser.open(base)) {
            ward.signIn("phuong2.vungtau");
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
        long cityPlan = issuedCityPlan(number, taskA, taskB);
        try (Browser browser = Browser.open(base)) {
            browser.signIn("phuong2.vungtau");
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
            city.signIn("tp.vungtau");
            city.go("app/matrix.xhtml?plan=" + cityPlan);
            WebElement ward = city.find(By.cssSelector("#matrix tr[data-unit='26509']"));
            assertEquals(List.of("ADAPTED", "ADOPTED"), ward.findElements(By.cssSelector("td.cell")).stream()
                    .map(c -> c.getAttribute("data-state")).toList());
            city.find(By.cssSelector("#matrix tr[data-unit='26512'] td.state-PENDING"));
            city.shoot("matrix-after-ward");

            city.click(By.cssSelector("#matrix thead a"));
            waitForPath(city, "/app/lineage.xhtml");
            assertEquals("17", city.text(By.id("copy-count")));
            WebElement copy = city.find(By.xpath("//span[@data-unit='26509']/ancestor::tr"));
            assertTrue(copy.getText().contains("Điều chỉnh") && copy.getText().contains("15/06/2030"), copy.getText());
            city.shoot("lineage-city");
        }
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

    @Test
    void aWardDraftsItsPlanFromItsLatestGaps() {
        Api ward = Api.at(base).as("phuong2.vungtau");
        int year = java.util.stream.IntStream.iterate(java.time.Year.now().getValue(), y -> y > 2019, y -> y - 1)
                .filter(y -> !ward.get("units/26509/assessments?year=" + y).expect(200).array().isEmpty())
                .findFirst().orElseThrow();
        List<JsonObject> gaps = ward.get("units/26509/assessments/" + year + "/gaps").expect(200).object()
                .getJsonArray("criteria").getValuesAs(JsonObject.class);
        JsonObject market = gaps.stream().filter(g -> g.getString("code").equals("8.1")).findFirst().orElseThrow();
        try (Browser browser = Browser.open(base)) {
            browser.signIn("phuong2.vungtau");
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

    private static WebElement declineRow(Browser browser, String solution) {
        return new WebDriverWait(browser.driver(), WAIT).until(d -> d.findElements(By.cssSelector("#declines tr"))
                .stream().filter(r -> r.getText().contains(solution)).findFirst().orElse(null));
    }

    /** Drafts a city plan with two cascading tasks through the API and issues it; answers its id. */
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

    /**
     * The test's own city C (with the department its tasks name as lead) and three wards under a
     * province P: a city planner {@code tp} and ward officers {@code w1} and {@code w2} (W3 has none).
     */
    private ItTree cityTree() {
        ItTree tree = new ItTree(base).unit("P", "Tỉnh Hành Trình", "PROVINCE", null)
                .unit("C", "Thành phố Hành Trình", "CITY", "P").unit("W1", "Phường Một", "WARD", "C")
                .unit("W2", "Phường Hai", "WARD", "C").unit("W3", "Phường Ba", "WARD", "C")
                .account("tp", "C", "CITY_PLANNER").account("w1", "W1", "WARD_OFFICER")
                .account("w2", "W2", "WARD_OFFICER");
        Api.at(base).as("admin").post("units/" + tree.code("C") + "/departments",
                Json.createObjectBuilder().add("name", "Phòng Văn hóa và Thông tin").build()).expect(201);
        return tree;
    }

    private long issuedCityPlan(String number, String taskA, String taskB) {
        return issuedCityPlan(Api.at(base).as("tp.vungtau"), "747", number, taskA, taskB);
    }

    private long issuedCityPlan(ItTree tree, String number, String taskA, String taskB) {
        return issuedCityPlan(tree.as("tp"), tree.code("C"), number, taskA, taskB);
    }

    private long issuedCityPlan(Api city, String cityCode, String number, String taskA, String taskB) {
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

    private static JsonObject task(String solution, String lead, String timeframe) {
        return Json.createObjectBuilder().add("solution", solution).add("lead", lead)
                .add("coordinating", Json.createArrayBuilder()).add("timeframe", timeframe).add("cascade", true).build();
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

    private static String unique(String suffix) {
        return Unique.digits() + "/" + suffix;
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

    /** Clicks a row's edit button until the edit dialog shows {@code shown} (a click on a fresh page can be lost). */
    /** A gap's lost points as the screens write them (decimal comma). */
    private static String points(JsonObject gap) {
        return gap.getJsonNumber("lost").bigDecimalValue().stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static void openEditDialog(Browser browser, java.util.function.Supplier<WebElement> row, By shown) {
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

    private static void waitForAjax(Browser browser) {
        new WebDriverWait(browser.driver(), WAIT).until(d -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
    }

    private static void waitForPath(Browser browser, String suffix) {
        new WebDriverWait(browser.driver(), WAIT).until(d -> browser.currentPath().endsWith(suffix));
    }

    private static void waitForText(Browser browser, By by, String text) {
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }
}
