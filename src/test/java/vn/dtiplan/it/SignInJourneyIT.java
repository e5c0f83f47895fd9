package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sign-in journey in a real browser: every user sees exactly the tree of their scope
 * (and the role and menu that go with it), bad passwords and locked names get their messages
 * on the sign-in page, sign-out and an expired session lead back to it with a message, the
 * language switches (the accounts screen is {@link AccountsScreenIT}'s).
 * Accounts created here get unique names, so the class does not depend on order or on the
 * other IT classes sharing the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInJourneyIT extends SignInFixture {

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

    private record Expected(Set<String> units, String role, String unitName) {
    }

    private Set<String> codes(String... suffixes) {
        return java.util.stream.Stream.of(suffixes).map(scope()::code).collect(Collectors.toSet());
    }

    /** Each account of {@link #scope()} (and the system administrator) × what its home page shows. */
    private Map<String, Expected> expected() {
        return Map.of(
                "overseer", new Expected(codes("P", "C", "D", "W2", "W3"), "Giám sát cấp tỉnh", NAMES.get("P")),
                "planner", new Expected(codes("C", "W2", "W3"), "Cán bộ kế hoạch cấp huyện", NAMES.get("C")),
                "ward", new Expected(codes("W2"), "Cán bộ cấp xã", NAMES.get("W2")),
                "staff", new Expected(codes("W2"), "Cán bộ bộ phận", NAMES.get("W2")),
                "foreign", new Expected(codes("QW"), "Cán bộ cấp xã", NAMES.get("QW")),
                "admin", new Expected(codes("P", "C", "D", "W2", "W3", "Q", "QC", "QW"), "Quản trị hệ thống",
                        "Toàn hệ thống"));
    }

    @Test
    void theHomePageListsWhatEachOfficialHasToDoNowEachOneClickFromWhereItIsDone() {
        ItTree tree = new ItTree(base).unit("P", "Tỉnh Việc Cần Làm", "PROVINCE", null)
                .unit("C", "Thành phố Việc Cần Làm", "CITY", "P").unit("W", "Phường Việc Cần Làm", "WARD", "C")
                .account("city", "C", "CITY_PLANNER").account("ward", "W", "WARD_OFFICER");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String soon = today.plusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        var tasks = Json.createArrayBuilder();
        for (String[] t : new String[][] {{"Việc đã quá hạn", "Trước 30/6/2024"}, {"Việc sắp đến hạn", "Trước " + soon},
                {"Việc chờ quyết định", "Quý IV/2030"}, {"Việc bị đề nghị không làm", "Quý IV/2030"}}) {
            tasks.add(Json.createObjectBuilder().add("solution", t[0]).add("lead", "UBND các phường, xã")
                    .add("coordinating", Json.createArrayBuilder()).add("timeframe", t[1]).add("cascade", true));
        }
        Api city = tree.as("city");
        long plan = city.post("plans", Api.signed(Json.createObjectBuilder()).add("unitCode", tree.code("C"))
                .add("number", Unique.digits() + "/KH-UBND").add("title", "Kế hoạch việc cần làm").add("year", 2024)
                .add("tasks", tasks).build()).expect(201).object().getJsonNumber("id").longValue();
        city.post("plans/" + plan + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        Map<String, Long> inbox = tree.as("ward").get("units/" + tree.code("W") + "/inbox").expect(200).array()
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(t -> t.getString("solution"), t -> t.getJsonNumber("id").longValue()));
        for (String adopted : List.of("Việc đã quá hạn", "Việc sắp đến hạn")) {
            tree.as("ward").post("inherited/" + inbox.get(adopted) + "/decision",
                    Json.createObjectBuilder().add("action", "ADOPT").build()).expect(200);
        }
        tree.as("ward").post("inherited/" + inbox.get("Việc bị đề nghị không làm") + "/decision", Json.createObjectBuilder()
                .add("action", "DECLINE").add("reason", "Phường chưa có điều kiện").build()).expect(200);

        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("ward"), ItTree.PASSWORD, true);
            assertTrue(browser.text(By.id("todo-pending")).startsWith("1 nhiệm vụ"), browser.text(By.id("todo")));
            assertTrue(browser.text(By.cssSelector(".todo-overdue")).contains("Việc đã quá hạn"));
            assertTrue(browser.text(By.cssSelector(".todo-due-soon")).contains("Việc sắp đến hạn " + soon),
                    browser.text(By.id("todo")));
            browser.shootAt(By.id("todo"), "home-todo-ward");
            browser.click(By.cssSelector(".todo-overdue"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.urlContains("task-progress.xhtml?task=" + inbox.get("Việc đã quá hạn")));
            browser.go("app/home.xhtml").click(By.id("todo-pending"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/app/inbox.xhtml"));
            // the decision dialog takes a typed date: focus stays in the field, the calendar opens from its button
            browser.click(By.cssSelector(".decide-button"));
            browser.click(By.cssSelector("label[for='decide-form:action:1']"));
            browser.type(By.id("decide-form:due_input"), "15/11/2030");
            assertEquals("decide-form:due_input", browser.driver().switchTo().activeElement().getAttribute("id"));
            assertTrue(browser.driver().findElements(By.cssSelector(".ui-datepicker-panel:not(.ui-helper-hidden)"))
                    .stream().noneMatch(WebElement::isDisplayed), "no calendar popped up over the typed date");
            browser.click(By.id("decide-form:save-decision"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("pending-count"), "0"));
        }
        JsonObject adapted = tree.as("ward").get("tasks/" + inbox.get("Việc chờ quyết định")).expect(200).object();
        assertEquals("ADAPTED", adapted.getString("state"));
        assertEquals("2030-11-15", adapted.getString("due"));
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("city"), ItTree.PASSWORD, true);
            assertTrue(browser.text(By.id("todo-declines")).startsWith("1 nhiệm vụ"), browser.text(By.id("todo")));
            browser.shootAt(By.id("todo"), "home-todo-city");
            browser.click(By.id("todo-declines"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("#declines"));
            assertTrue(browser.text(By.id("declines")).contains("Việc bị đề nghị không làm"));
        }
    }

    @Test
    void anAddressWithAMalformedIdOpensTheNotFoundPageNotAnEmptyScreen() {
        ItTree tree = new ItTree(base).unit("P", "Tỉnh Địa Chỉ Sai", "PROVINCE", null)
                .account("overseer", "P", "PROVINCE_OVERSEER");
        WebSession session = new WebSession(Api.at(base));
        assertEquals(302, session.signIn(tree.user("overseer"), ItTree.PASSWORD).status());
        for (String address : List.of("app/plan.xhtml?id=abc", "app/task-progress.xhtml?task=1x",
                "app/lineage.xhtml?task=%27", "app/reports.xhtml?report=-", "app/reports.xhtml?period=2024-13-45",
                "app/matrix.xhtml?plan=9e9", "app/plan.xhtml?id=99999999999")) {
            Api.Reply reply = session.get(address);
            assertEquals(404, reply.status(), address);
            assertTrue(reply.body().contains("Không thực hiện được yêu cầu"), address + ": " + reply.body());
        }
        assertEquals(200, session.get("app/plan.xhtml").status(), "no id: the form for a new plan");
    }

    @Test
    void everyUserSeesExactlyTheTreeOfTheirScope() {
        Map<String, Expected> users = expected();
        try (Browser browser = Browser.open(base)) {
            assertAll(users.entrySet().stream().map(e -> () -> {
                signIn(browser, e.getKey());
                Expected expected = e.getValue();
                if ("admin".equals(e.getKey())) {
                    Set<String> shown = shownUnits(browser, expected.units());
                    assertTrue(shown.containsAll(expected.units()), "the whole tree, with the trees other tests made");
                    assertEquals(String.valueOf(Api.at(base).as("admin").get("units").expect(200).array().size()),
                            browser.text(By.id("unit-count")), e.getKey());
                } else {
                    Set<String> shown = shownUnits(browser);
                    assertEquals(new TreeSet<>(expected.units()), shown, e.getKey());
                    assertEquals(String.valueOf(expected.units().size()), browser.text(By.id("unit-count")), e.getKey());
                }
                assertEquals(expected.unitName(), browser.text(By.id("caller-unit")), e.getKey());
                assertEquals(expected.role(), browser.text(By.cssSelector(".topbar .role-badge")), e.getKey());
                assertEquals(!"staff".equals(e.getKey()),
                        !browser.driver().findElements(By.id("nav-accounts")).isEmpty(),
                        "accounts menu entry (officials and the admin) for " + e.getKey());
                browser.shoot("home-" + e.getKey());
                browser.click(By.id("topbar:sign-out"));
                waitForPath(browser, "/login.xhtml");
            }));
        }
    }

    /**
     * The home tree is dynamic (issue 15, pages that stay small): the page carries the caller's unit and
     * its children; a child's own children come with the Ajax answer when it is opened, so a ward under a
     * closed city is not in the HTML until then.
     */
    @Test
    void theHomeTreeLoadsAUnitsChildrenWhenItIsOpened() {
        WebSession session = new WebSession(Api.at(base));
        assertEquals(302, session.signIn(scope().user("overseer"), ItTree.PASSWORD).status());
        String html = session.get("app/home.xhtml").expect(200).body();
        assertTrue(html.contains("data-code=\"" + scope().code("C") + "\""), "the province's cities are on the page");
        assertFalse(html.contains(scope().code("W2")), "a ward under a closed city is not in the HTML");
        try (Browser browser = Browser.open(base)) {
            signIn(browser, "overseer");
            assertTrue(browser.driver().findElements(By.cssSelector("[data-code='" + scope().code("W2") + "']")).isEmpty());
            assertEquals("5", browser.text(By.id("unit-count")), "the counts are the whole scope's");
            openNode(browser, node(browser, scope().code("C")));
            assertEquals(NAMES.get("W2"), browser.text(By.cssSelector("[data-code='" + scope().code("W2") + "']")));
            assertTrue(browser.driver().getPageSource().contains(scope().code("W3")));
            browser.shoot("home-tree-opened");
        }
    }

    @Test
    void departmentStaffSeeTheirDepartmentMarked() {
        try (Browser browser = Browser.open(base)) {
            signIn(browser, "staff");
            List<String> marked = browser.driver().findElements(By.cssSelector(".department-name.own")).stream()
                    .map(d -> d.getAttribute("textContent").strip()).toList();
            assertEquals(List.of(CULTURE), marked);
        }
    }

    @Test
    void wrongPasswordAndLockedNameAreExplainedOnTheSignInPage() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(scope().user("planner"), "not-the-password", false);
            assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", messages(browser));
            assertTrue(browser.currentPath().endsWith("/login.xhtml"), browser.currentPath());
            browser.shoot("login-wrong-password");

            String name = "khong.co.ai." + Unique.code();
            for (int i = 0; i < 5; i++) {
                browser.signIn(name, "wrong-" + i, false);
                browser.find(By.id("login:messages"));
            }
            browser.signIn(name, "wrong-again", false);
            assertEquals("Đăng nhập sai quá nhiều lần. Vui lòng đợi một lát (tối đa một phút) rồi thử lại.", messages(browser));

            signIn(browser, "planner");
            assertTrue(browser.currentPath().endsWith("/app/home.xhtml"));
        }
    }

    @Test
    void emptyFieldsAreAskedForInVietnamese() {
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml").click(By.id("login:submit"));
            String text = messages(browser);
            assertTrue(text.contains("Vui lòng nhập tên đăng nhập.") && text.contains("Vui lòng nhập mật khẩu."), text);
            browser.shoot("login-empty");
        }
    }

    @Test
    void signOutEndsTheSession() {
        try (Browser browser = Browser.open(base)) {
            signIn(browser, "ward");
            browser.click(By.id("topbar:sign-out"));
            waitForPath(browser, "/login.xhtml");
            assertEquals("Bạn đã đăng xuất.", messages(browser));
            browser.go("app/home.xhtml");
            assertTrue(browser.currentPath().endsWith("/login.xhtml"), browser.currentPath());
        }
    }

    @Test
    void anExpiredSessionLeadsBackToSignInWithAMessage() {
        try (Browser browser = Browser.open(base)) {
            signIn(browser, "foreign");
            var cookies = browser.driver().manage();
            org.openqa.selenium.Cookie session = cookies.getCookieNamed("JSESSIONID");
            cookies.deleteCookie(session);
            cookies.addCookie(new org.openqa.selenium.Cookie.Builder(session.getName(), "no-longer-valid")
                    .path(session.getPath()).build());
            browser.click(By.id("topbar:lang-en"));
            waitForPath(browser, "/login.xhtml");
            assertEquals("Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.", messages(browser));
        }
    }

    /** The session is alive but the page's view state is not (a restart, a view pushed out): sign in again. */
    @Test
    void aFormWhoseViewStateIsGoneLeadsBackToSignInWithAMessage() {
        try (Browser browser = Browser.open(base)) {
            signIn(browser, "foreign");
            browser.driver().executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                    + ".forEach(function (i) { i.value = '-1:-1'; });");
            browser.click(By.id("topbar:lang-en"));
            waitForPath(browser, "/login.xhtml");
            assertEquals("Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.", messages(browser));
        }
    }

    @Test
    void languageSwitchesOnTheSignInPageAndInTheApplication() {
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml").click(By.id("lang:lang-en"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("label[for='login:username']"),
                            "User name"));
            browser.shoot("login-en");
            signIn(browser, "overseer");
            assertEquals("Administrative units", browser.text(By.tagName("h1")));
            assertEquals("Province overseer", browser.text(By.cssSelector(".topbar .role-badge")));
            browser.click(By.id("topbar:lang-vi"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBe(By.tagName("h1"), "Đơn vị hành chính"));
        }
    }

    @Test
    void theSortChoiceOfAPhoneTableSpeaksTheUsersLanguage() {
        try (Browser browser = Browser.open(base)) {
            signIn(browser, "planner");
            browser.go("app/dashboard.xhtml");
            browser.find(By.id("children"));
            browser.shoot("dashboard-sort-choice");
            assertEquals("Sắp xếp", reflowText(browser, ".ui-reflow-label"));
            String choices = reflowText(browser, "select.ui-reflow-dropdown");
            assertTrue(choices.contains("tăng dần") && choices.contains("giảm dần") && !choices.contains("Ascending"), choices);
            browser.click(By.id("topbar:lang-en"));
            // the page reloads in English: an element found just before the reload goes stale under the check
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> "Sort".equals(reflowText(browser, ".ui-reflow-label")));
            assertTrue(reflowText(browser, "select.ui-reflow-dropdown").contains("ascending"));
        }
    }

    /** The text of the first element of a reflowing table's sort choice, which only a phone-width page shows. */
    private static String reflowText(Browser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css)).getAttribute("textContent").trim();
    }

    private static String messages(Browser browser) {
        return browser.text(By.id("login:messages")).strip();
    }
}
