package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The accounts screen in a real browser: the administrator opens an account (refused inputs
 * explained, the creation in the account's history) that can then sign in; others cannot open the
 * screen; the phone-width menu reaches it from the hamburger.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsScreenIT extends SignInFixture {

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
    void thePhoneMenuOpensFromTheHamburger() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("admin");
            browser.driver().manage().window().setSize(Browser.PHONE);
            WebElement accounts = browser.driver().findElement(By.id("nav-accounts"));
            assertFalse(accounts.isDisplayed(), "menu open before the hamburger was touched");
            browser.click(By.id("hamburger"));
            browser.click(By.id("nav-accounts"));
            waitForPath(browser, "/app/admin/accounts.xhtml");
            Long overflow = (Long) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, overflow, "horizontal scrolling at phone width");
        }
    }

    @Test
    void othersCannotOpenTheAccountsScreen() {
        try (Browser browser = Browser.open(base)) {
            signIn(browser, "staff");
            browser.go("app/admin/accounts.xhtml");
            assertTrue(browser.driver().findElements(By.id("create:save")).isEmpty(), "the form was shown");
            assertTrue(browser.driver().getPageSource().contains("Không thực hiện được yêu cầu"));
        }
    }

    @Test
    void adminOpensAnAccountThatCanSignIn() {
        String username = "canbo.p3." + Unique.code();
        String ward = scope().code("W3");
        try (Browser browser = Browser.open(base)) {
            browser.signIn("admin");
            browser.click(By.id("nav-accounts"));
            waitForPath(browser, "/app/admin/accounts.xhtml");
            chooseUnit(browser, NAMES.get("W3") + " (" + ward + ")");

            fillAccount(browser, username, "mat-khau-dai-du", "mat-khau-khac-han");
            browser.click(By.id("create:save"));
            waitForText(browser, By.id("create"), "Hai lần nhập mật khẩu không khớp nhau.");

            fillAccount(browser, username, "ngan", "ngan");
            browser.click(By.id("create:save"));
            waitForText(browser, By.id("create:messages"), "Mật khẩu phải có ít nhất 10 ký tự.");

            fillAccount(browser, "Có Dấu", "mat-khau-dai-du", "mat-khau-dai-du");
            browser.click(By.id("create:save"));
            waitForText(browser, By.id("create:messages"), "Tên đăng nhập gồm 3–64 ký tự");
            browser.shoot("accounts-refused");

            fillAccount(browser, username, "mat-khau-dai-du", "mat-khau-dai-du");
            browser.click(By.id("create:save"));
            waitForText(browser, By.id("create:messages"), "Đã tạo tài khoản " + username + " cho " + NAMES.get("W3") + ".");
            browser.shoot("accounts-created");
            // the list is paged: other tests' accounts may come first, so the new one is found through the filter
            WebElement filter = browser.find(By.cssSelector("[id='list:accounts'] thead input"));
            filter.sendKeys(username);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
                List<WebElement> rows = d.findElements(By.cssSelector("[id='list:accounts'] tbody tr a.account-history"));
                return rows.size() == 1 && Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return PrimeFaces.ajax.Queue.isEmpty();"));
            });
            waitForText(browser, By.id("list"), username);
            browser.click(By.cssSelector("[id='list:accounts'] tbody tr a.account-history"));
            waitForText(browser, By.id("change-history"), "Tạo mới");
            String history = browser.text(By.id("change-history"));
            assertTrue(history.contains(username) && history.contains("admin") && history.contains("Tên đăng nhập"),
                    "the account's creation, by the administrator, field names in Vietnamese: " + history);
            browser.shootAt(By.id("change-history"), "accounts-history");
            browser.click(By.id("topbar:sign-out"));
            waitForPath(browser, "/login.xhtml");

            browser.signIn(username, "mat-khau-dai-du", true);
            assertEquals(Set.of(ward), shownUnits(browser));
            assertEquals("Cán bộ cấp xã", browser.text(By.cssSelector(".topbar .role-badge")));
        }
    }

    private static void chooseUnit(Browser browser, String label) {
        ajaxIdle(browser);
        browser.search("create:unit", label.substring(label.indexOf('(') + 1, label.indexOf(')')), label);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            Set<String> roles = d.findElements(By.cssSelector("select[id='create:role_input'] option")).stream()
                    .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
            return roles.equals(Set.of("WARD_OFFICER", "DEPARTMENT_STAFF"));
        });
        pick(browser, "create:role", "Cán bộ cấp xã");
    }

    /**
     * Opens a PrimeFaces select menu and clicks the item with this label, as a user would; a
     * choice lost to a late update, or a click on an item that is covered or not (or no longer)
     * shown, is tried again (at most three times). The menu is scrolled to the middle of the
     * window before it opens: scrolling an open menu closes it.
     */
    private static void pick(Browser browser, String menuId, String label) {
        for (int attempt = 1; ; attempt++) {
            ajaxIdle(browser);
            try {
                browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});",
                        browser.find(By.id(menuId)));
                browser.click(By.id(menuId));
                browser.click(By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']"));
                ajaxIdle(browser);
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> label.equals(
                        browser.driver().executeScript("var s = document.getElementById(arguments[0]);"
                                + " return s.selectedIndex < 0 ? '' : s.options[s.selectedIndex].text;", menuId + "_input")));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ElementNotInteractableException lost) {
                if (attempt == 3) {
                    throw lost;
                }
                browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            }
        }
    }

    private static void fillAccount(Browser browser, String username, String password, String again) {
        browser.type(By.id("create:fullName"), "Cán bộ thử nghiệm Phường 3");
        browser.type(By.id("create:username"), username);
        browser.type(By.id("create:password"), password);
        browser.type(By.id("create:passwordAgain"), again);
    }
}
