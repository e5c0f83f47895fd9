package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The four journeys of issue 17 ("from an untrained official's chair") as steps over a tree the
 * test makes for itself (province → city → ward, an account per role, a department of the ward):
 * the city's plan numbered 1 to n with a wide task column, a toast in view after a save, a
 * warning before leaving typed changes and none after saving, no busy button after Back, the
 * stale-edit refusal in view at 390 px; the ward's plan numbering inherited and own tasks 1, 2, 3
 * and its Word document (STT 1, 2, 3, criterion codes apart, "UBND phường" for a task adopted
 * without a department, the plan's quarterly reporting); the department's progress saved with its
 * message in view; the province's board on a phone keeping wards under their city, no sideways
 * scrolling, no exponent and no Vietnamese in the English UI. Each journey is shot at both widths.
 */
final class JourneySteps {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String DEPARTMENT = "Bộ phận Văn hóa - Xã hội";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final URL base;
    private final ItTree tree;
    private final String tag = Unique.digits();

    JourneySteps(URL base) {
        this.base = base;
        this.tree = new ItTree(base).unit("P", "Tỉnh Hành Trình " + tag, "PROVINCE", null)
                .unit("C", "Thành phố Hành Trình " + tag, "CITY", "P")
                .unit("W", "Phường Hành Trình " + tag, "WARD", "C")
                .unit("C2", "Thành phố Hai " + tag, "CITY", "P").unit("W21", "Phường Hai Một " + tag, "WARD", "C2")
                .unit("W22", "Phường Hai Hai " + tag, "WARD", "C2").unit("W23", "Xã Hai Ba " + tag, "WARD", "C2")
                .unit("C3", "Thị xã Ba " + tag, "CITY", "P").unit("W31", "Phường Ba Một " + tag, "WARD", "C3")
                .unit("W32", "Xã Ba Hai " + tag, "WARD", "C3")
                .account("prov", "P", "PROVINCE_OVERSEER").account("city", "C", "CITY_PLANNER")
                .account("ward", "W", "WARD_OFFICER");
        Api admin = Api.at(base).as("admin");
        admin.post("units/" + tree.code("W") + "/departments", Json.createObjectBuilder().add("name", DEPARTMENT).build())
                .expect(201);
        admin.post("accounts", Json.createObjectBuilder().add("username", tree.user("dept")).add("password", ItTree.PASSWORD)
                .add("fullName", "Cán bộ bộ phận").add("unitCode", tree.code("W")).add("department", DEPARTMENT)
                .add("roles", Json.createArrayBuilder().add("DEPARTMENT_STAFF")).build()).expect(201);
    }

    /** The city issues a plan of two cascading tasks; answers its id. */
    long cityJourney() {
        Api city = tree.as("city");
        long issued = city.post("plans", Api.signed(Json.createObjectBuilder()).add("unitCode", tree.code("C"))
                .add("number", tag + "/KH-UBND").add("title", "Kế hoạch hành trình " + tag).add("year", 2030)
                .add("tasks", Json.createArrayBuilder()
                        .add(task("2.1", "Cập nhật cổng thông tin điện tử của phường " + tag, "UBND các phường, xã", "Hằng quý"))
                        .add(task("3.4", "Số hóa hồ sơ một cửa " + tag, "Phòng Văn hóa và Thông tin", "Quý IV/2030")))
                .build()).expect(201).object().getJsonNumber("id").longValue();
        city.post("plans/" + issued + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonObject draft = city.post("plans", Json.createObjectBuilder().add("unitCode", tree.code("C"))
                .add("number", tag + "/KH-DT").add("title", "Dự thảo hành trình " + tag).add("year", 2030)
                .add("tasks", Json.createArrayBuilder().add(task(null, "Nhiệm vụ dự thảo " + tag, "Phòng Văn hóa và Thông tin",
                        "Quý III/2030"))).build()).expect(201).object();
        long draftId = draft.getJsonNumber("id").longValue();
        long draftTask = draft.getJsonArray("tasks").getJsonObject(0).getJsonNumber("id").longValue();

        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("city"), ItTree.PASSWORD, true).go("app/plan.xhtml?id=" + issued);
            assertEquals(List.of("1", "2"), numbers(browser), "tasks numbered 1 to n");
            Number width = (Number) browser.driver().executeScript(
                    "return document.querySelector(\"[id='tasks:table'] td.solution-col\").getBoundingClientRect().width;");
            String history = browser.text(By.id("change-history"));
            assertFalse(ISO_DATE.matcher(history).find() || history.contains("[]"), history);
            browser.shoot("issue17-city-plan");
            browser.driver().manage().window().setSize(Browser.PHONE);
            Object narrowLabels = browser.driver().executeScript("return Array.from(document.querySelectorAll("
                    + "\"[id='tasks:table'] td > .ui-column-title\")).filter(function (t) { var r = t.getBoundingClientRect();"
                    + " return r.height > 0 && r.width < 64; }).map(function (t) { return t.textContent + ' '"
                    + " + Math.round(t.getBoundingClientRect().width); }).join(', ');");
            assertEquals("", narrowLabels, "a task card's labels keep their words whole at 390 px");
            browser.driver().manage().window().setSize(Browser.DESKTOP);

            browser.go("app/plan.xhtml?id=" + draftId);
            assertFalse(asksBeforeLeaving(browser), "nothing typed, nothing asked");
            browser.type(By.id("header:title"), "Dự thảo đã sửa " + tag);
            assertTrue(asksBeforeLeaving(browser), "leaving typed changes asks first");

            browser.driver().manage().window().setSize(Browser.PHONE);
            browser.click(By.id("header:save"));
            waitForText(browser, By.id("messages"), "Đã lưu");
            assertInView(browser, By.id("messages"), "the save message at 390 px");
            browser.shoot("issue17-city-saved");
            assertFalse(asksBeforeLeaving(browser), "saved: nothing to ask");
            browser.click(By.id("nav-home"));
            waitForPath(browser, "/app/home.xhtml");
            browser.driver().navigate().back();
            waitForPath(browser, "/app/plan.xhtml");
            assertEquals(0L, browser.driver().executeScript("return document.querySelectorAll('.ui-state-loading').length;"),
                    "no busy button after Back");

            browser.driver().manage().window().setSize(Browser.PHONE);
            openEditDialog(browser);
            city.patch("tasks/" + draftTask, Json.createObjectBuilder().add("solution", "Sửa bởi người khác " + tag).build())
                    .expect(200);
            browser.type(By.id("edit-form:solution"), "Sửa trên màn hình " + tag);
            browser.click(By.id("edit-form:save-edit"));
            waitForText(browser, By.id("edit-form:edit-messages"), "người khác thay đổi");
            assertInView(browser, By.id("edit-form:edit-messages"), "the stale-edit message at 390 px");
            browser.shootAt(By.id("edit-form"), "issue17-city-stale");
            assertTrue(width.doubleValue() >= 340, "the task column is readable at 1280 px (was 170): " + width);
        }
        return issued;
    }

    /** The ward adopts both tasks without a department, drafts and issues its plan with one task of its own; answers its id. */
    long wardJourney(long cityPlan) throws IOException {
        Api ward = tree.as("ward");
        for (JsonObject pending : ward.get("units/" + tree.code("W") + "/inbox").expect(200).array()
                .getValuesAs(JsonObject.class)) {
            ward.post("inherited/" + pending.getJsonNumber("id") + "/decision",
                    Json.createObjectBuilder().add("action", "ADOPT").build()).expect(200);
        }
        long plan = ward.post("plans", Api.signed(Json.createObjectBuilder()).add("unitCode", tree.code("W"))
                .add("number", tag + "/KH-UBND-P").add("title", "Kế hoạch phường " + tag).add("year", 2030)
                .add("implementsPlanId", cityPlan)
                .add("tasks", Json.createArrayBuilder().add(Json.createObjectBuilder(task(null, "Chợ 4.0 " + tag, DEPARTMENT,
                        "Hằng năm")).add("pointsAtStake", 2.5))).build())
                .expect(201).object().getJsonNumber("id").longValue();
        ward.post("plans/" + plan + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);

        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("ward"), ItTree.PASSWORD, true).go("app/plan.xhtml?id=" + plan);
            assertEquals(List.of("1", "2", "3"), numbers(browser), "inherited and own tasks never share a number");
            List<String> shownLeads = browser.driver().findElements(By.cssSelector("[id='tasks:table'] tbody td.lead-col"))
                    .stream().map(WebElement::getText).toList();
            assertTrue(shownLeads.stream().anyMatch(l -> l.startsWith("UBND phường"))
                    && shownLeads.stream().noneMatch(l -> l.startsWith("Phường")),
                    "the screen names the lead as the Word document does: " + shownLeads);
            browser.shoot("issue17-ward-plan");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                ward.download("plans/" + plan + "/document.docx").expect(200).bytes()))) {
            XWPFTable appendix = doc.getTables().get(doc.getTables().size() - 1);
            List<XWPFTableRow> rows = appendix.getRows();
            assertEquals("STT", rows.get(0).getCell(0).getText());
            assertEquals(List.of("1", "2", "3"), rows.subList(1, rows.size()).stream().map(r -> r.getCell(0).getText()).toList());
            List<String> codes = rows.subList(1, rows.size()).stream().map(r -> r.getCell(1).getText()).toList();
            assertTrue(codes.containsAll(List.of("2.1", "3.4")), "criterion codes in their own column: " + codes);
            List<String> leads = rows.subList(1, rows.size()).stream().map(r -> r.getCell(4).getText()).toList();
            assertTrue(leads.contains("UBND phường") && leads.stream().noneMatch(l -> l.startsWith("Phường")),
                    "a task adopted without a department is led by UBND phường: " + leads);
            String body = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
            assertTrue(body.contains("Định kỳ hằng quý"), "the plan's quarterly task sets its reporting");
        }
        return plan;
    }

    /** The department reports progress on the ward's own task it leads; the message shows at 390 px. */
    void departmentJourney(long wardPlan) {
        long task = tree.as("ward").get("plans/" + wardPlan).expect(200).object().getJsonArray("tasks")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("solution").startsWith("Chợ 4.0"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("dept"), ItTree.PASSWORD, true).go("app/task-progress.xhtml?task=" + task);
            assertTrue(browser.text(By.id("task-facts")).contains("(2,5 "), "points with the decimal comma");
            browser.driver().manage().window().setSize(Browser.PHONE);
            browser.type(By.id("report:percent_input"), "30");
            browser.type(By.id("report:note"), "Đã khảo sát các hộ kinh doanh " + tag);
            browser.click(By.id("report:save"));
            waitForText(browser, By.id("messages"), "không khớp");
            assertEquals("Đã khảo sát các hộ kinh doanh " + tag, browser.find(By.id("report:note")).getAttribute("value"),
                    "a refused report keeps the note typed");
            browser.pick("report:status", "Đang thực hiện");
            browser.click(By.id("report:save"));
            waitForText(browser, By.id("messages"), "Đã lưu tiến độ");
            assertInView(browser, By.id("messages"), "the progress message at 390 px");
            browser.shoot("issue17-department-progress");
        }
    }

    /**
     * The province's board on a phone: three cities, the second opened on its three wards, which
     * stay under it and indented; each unit a compact card (the page was 17,800 px with cards of
     * one line per figure); nothing wider than the phone; one convention in EN.
     */
    void provinceJourney() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("prov"), ItTree.PASSWORD, true).go("app/dashboard.xhtml");
            browser.driver().manage().window().setSize(Browser.PHONE);
            Number wide = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth;");
            assertTrue(wide.intValue() <= Browser.PHONE.width + 1, "no sideways scrolling at 390 px: " + wide);
            String page = browser.text(By.tagName("main"));
            assertFalse(page.matches("(?s).*\\dE[+-]\\d.*"), "no exponent: " + page);
            long closed = tableHeight(browser);
            browser.click(By.cssSelector("a.open-child[data-unit='" + tree.code("C2") + "']"));
            new WebDriverWait(browser.driver(), WAIT).until(d -> d.findElements(
                    By.cssSelector(".children-table tbody tr.nested")).size() == 3);
            List<String> order = browser.driver().findElements(By.cssSelector(".children-table tbody tr a.drill")).stream()
                    .map(a -> a.getAttribute("data-unit")).toList();
            int city = order.indexOf(tree.code("C2"));
            assertEquals(List.of(tree.code("W21"), tree.code("W22"), tree.code("W23")).stream().sorted().toList(),
                    order.subList(city + 1, city + 4).stream().sorted().toList(), "the wards right under their city");
            browser.shootAt(By.id("children"), "issue17-province-board");
            browser.driver().manage().window().setSize(Browser.PHONE);
            String lefts = (String) browser.driver().executeScript(
                    "var top = document.querySelector('.children-table tbody tr.top a.drill');"
                            + "var ward = document.querySelector('.children-table tbody tr.nested a.drill');"
                            + "return Math.round(top.getBoundingClientRect().left) + ' ' + Math.round(ward.getBoundingClientRect().left);");
            String[] left = lefts.split(" ");
            assertTrue(Integer.parseInt(left[1]) >= Integer.parseInt(left[0]) + 12,
                    "a ward row is indented under its city (city's name and ward's name start at " + lefts + ")");
            long opened = tableHeight(browser);
            long perUnit = opened / 6;
            long pageHeight = (Long) browser.driver().executeScript("return document.documentElement.scrollHeight;");
            System.out.println("[issue17] province board at 390 px: table " + closed + " px closed (3 cities), " + opened
                    + " px with 3 wards opened; page " + pageHeight + " px");
            assertTrue(perUnit <= 200, "a unit's card on the phone is compact: " + opened + " px for 6 units");
            assertTrue(pageHeight <= 6000, "the board's page at 390 px: " + pageHeight + " px");
            wide = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth;");
            assertTrue(wide.intValue() <= Browser.PHONE.width + 1, "opened, still no sideways scrolling: " + wide);
            browser.driver().manage().window().setSize(Browser.DESKTOP);
            browser.click(By.id("topbar:lang-en"));
            browser.find(By.cssSelector("[id='topbar:lang-en'].active"));
            String english = browser.text(By.tagName("main"));
            assertFalse(english.contains("tháng"), "no Vietnamese period words in the English UI: " + english);
            browser.shoot("issue17-province-board-en");
        }
    }

    /**
     * Every screen of the four journeys at 1280 and 390 px, in Vietnamese and in English, shot as
     * {@code walk-<role>-<screen>-<lang>}: no screen shows an exponent, a missing text key or a raw
     * "null"; the page heights at 390 px, any sideways scrolling there and a home unit tree wider
     * than its card are printed. Before it, the
     * province scores the second city's wards and the ward scores itself, so the ranking, scorecard
     * and scoring screens have figures (the ward's own draft is not ranked).
     */
    void walkEveryScreen(long cityPlan, long wardPlan) {
        Api province = tree.as("prov");
        long framework = province.post("frameworks", Json.createObjectBuilder().add("issuerCode", tree.code("P"))
                .add("year", 2030).add("level", "WARD").add("name", "Bộ chỉ số hành trình " + tag)
                .add("pillars", Json.createArrayBuilder().add(pillar("Chính quyền số", 60)).add(pillar("Xã hội số", 40)))
                .build()).expect(201).object().getJsonNumber("id").longValue();
        String[][] scores = {{"W21", "52.5", "31"}, {"W22", "40", "38.25"}, {"W23", "57", "20"}};
        for (String[] s : scores) {
            province.put("units/" + tree.code(s[0]) + "/assessments/2030", scoreBody(framework, s[1], s[2])).expect(200);
        }
        tree.as("ward").put("units/" + tree.code("W") + "/assessments/2030", scoreBody(framework, "30", "30")).expect(200);
        String year = "&year=2030";
        List<String> findings = new java.util.ArrayList<>();
        walk("city", List.of("app/home.xhtml", "app/plans.xhtml", "app/plan.xhtml?id=" + cityPlan,
                "app/matrix.xhtml?plan=" + cityPlan, "app/inbox.xhtml", "app/dashboard.xhtml", "app/tasks.xhtml",
                "app/reports.xhtml", "app/ranking.xhtml?unit=" + tree.code("C") + year), findings);
        walk("ward", List.of("app/home.xhtml", "app/inbox.xhtml", "app/plan.xhtml?id=" + wardPlan, "app/dashboard.xhtml",
                "app/tasks.xhtml", "app/reports.xhtml", "app/scorecard.xhtml?unit=" + tree.code("W") + year), findings);
        walk("dept", List.of("app/home.xhtml", "app/tasks.xhtml", "app/dashboard.xhtml"), findings);
        walk("prov", List.of("app/home.xhtml", "app/dashboard.xhtml", "app/ranking.xhtml?unit=" + tree.code("C2") + year,
                "app/scoring.xhtml?unit=" + tree.code("W21") + year, "app/scorecard.xhtml?unit=" + tree.code("W21") + year),
                findings);
        System.out.println("[issue17] walk:\n" + String.join("\n", findings));
        assertEquals(List.of(), findings.stream().filter(f -> f.contains(": exponent")).toList(), "stumbles on the walk");
    }

    private void walk(String role, List<String> pages, List<String> findings) {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user(role), ItTree.PASSWORD, true);
            for (String language : List.of("vi", "en")) {
                if (language.equals("en")) {
                    browser.go(pages.get(0));
                    browser.click(By.id("topbar:lang-en"));
                    browser.find(By.cssSelector("[id='topbar:lang-en'].active"));
                }
                for (String page : pages) {
                    browser.go(page);
                    browser.find(By.tagName("main"));
                    String name = page.replaceAll("^app/|\\.xhtml.*$", "");
                    browser.driver().manage().window().setSize(Browser.PHONE);
                    Number wide = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth;");
                    Number high = (Number) browser.driver().executeScript("return document.documentElement.scrollHeight;");
                    String text = browser.text(By.tagName("main"));
                    String at = role + " " + name + " " + language;
                    findings.add(at + " height " + high + " px at 390");
                    Boolean treeScrolls = (Boolean) browser.driver().executeScript("var t = document.querySelector("
                            + "'.unit-tree .ui-tree-container'); return t != null && t.scrollWidth > t.clientWidth + 1;");
                    if (treeScrolls) {
                        findings.add(at + ": the unit tree is wider than its card at 390 px");
                    }
                    if (wide.intValue() > Browser.PHONE.width + 1) {
                        findings.add(at + ": scrolls sideways at 390 px (" + wide + ")");
                    }
                    if (text.matches("(?s).*\\dE[+-]?\\d.*") || text.contains("???") || text.matches("(?s).*\\bnull\\b.*")) {
                        findings.add(at + ": exponent, missing key or null in " + text);
                    }
                    browser.driver().manage().window().setSize(Browser.DESKTOP);
                    browser.shoot("walk-" + role + "-" + name + "-" + language);
                }
            }
        }
    }

    private static JsonObject pillar(String name, int max) {
        return Json.createObjectBuilder().add("name", name).add("max", max).add("criteria", Json.createArrayBuilder()).build();
    }

    private static JsonObject scoreBody(long framework, String first, String second) {
        return Json.createObjectBuilder().add("frameworkId", framework).add("pillars", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "Chính quyền số").add("score", new java.math.BigDecimal(first)))
                .add(Json.createObjectBuilder().add("name", "Xã hội số").add("score", new java.math.BigDecimal(second))))
                .build();
    }

    private static long tableHeight(Browser browser) {
        return ((Number) browser.driver().executeScript(
                "return Math.round(document.querySelector('.children-table').getBoundingClientRect().height);")).longValue();
    }

    private static JsonObject task(String code, String solution, String lead, String timeframe) {
        var task = Json.createObjectBuilder().add("solution", solution).add("lead", lead)
                .add("coordinating", Json.createArrayBuilder()).add("timeframe", timeframe).add("cascade", true);
        if (code != null) {
            task.add("criterionCode", code).add("criterionTitle", "Tiêu chí " + code);
        }
        return task.build();
    }

    private static List<String> numbers(Browser browser) {
        browser.find(By.cssSelector("[id='tasks:table'] tbody tr"));
        return browser.driver().findElements(By.cssSelector("[id='tasks:table'] tbody tr")).stream()
                .map(r -> r.findElement(By.cssSelector("td")).getAttribute("textContent").replaceAll("[^0-9]", "")).toList();
    }

    /** Whether leaving the page now would ask (the browser under WebDriver accepts the question itself, so it is asked directly). */
    private static boolean asksBeforeLeaving(Browser browser) {
        return Boolean.TRUE.equals(browser.driver().executeScript("var e = new Event('beforeunload', {cancelable: true});"
                + "window.dispatchEvent(e); return e.defaultPrevented;"));
    }

    /** In view once the page has settled (a dialog's message is scrolled to within a few hundred ms). */
    private static void assertInView(Browser browser, By by, String what) {
        WebElement element = browser.find(by);
        String inView = "var r = arguments[0].getBoundingClientRect();"
                + "return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0"
                + " && r.right <= window.innerWidth + 1;";
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(2))
                    .until(d -> Boolean.TRUE.equals(browser.driver().executeScript(inView, element)));
        } catch (org.openqa.selenium.TimeoutException e) {
            // reported below with where it was drawn
        }
        assertTrue(Boolean.TRUE.equals(browser.driver().executeScript(inView, element)), what
                + " is drawn in the visible area: " + browser.driver().executeScript(
                "var r = arguments[0].getBoundingClientRect(); var c = arguments[0].closest('.ui-dialog-content');"
                        + " var d = arguments[0].closest('.ui-dialog'); var rect = function (e) { if (!e) return '-';"
                        + " var b = e.getBoundingClientRect(); return b.top + '..' + b.bottom; };"
                        + " return [r.top, r.bottom, r.left, r.right, window.innerWidth, window.innerHeight,"
                        + " 'dialog', rect(d), 'content', rect(c), c ? c.scrollTop : '-'].join(' ');", element));
    }

    private static void openEditDialog(Browser browser) {
        By shown = By.id("edit-form:solution");
        new WebDriverWait(browser.driver(), WAIT).ignoring(WebDriverException.class).until(d -> {
            if (!d.findElements(shown).isEmpty() && d.findElement(shown).isDisplayed()) {
                return true;
            }
            d.findElement(By.cssSelector("[id='tasks:table'] tbody tr .edit-task")).click();
            return false;
        });
    }

    private static void waitForPath(Browser browser, String suffix) {
        new WebDriverWait(browser.driver(), WAIT).until(d -> browser.currentPath().endsWith(suffix));
    }

    private static void waitForText(Browser browser, By by, String text) {
        new WebDriverWait(browser.driver(), WAIT).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }
}
