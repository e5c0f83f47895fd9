package vn.dtiplan.it;


import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the sign-in ITs stand on: a tree of their own made once ({@link #scope()}: two provinces,
 * an account of each role) and the steps of signing in and waiting on the pages.
 */
abstract class SignInFixture {

    /** The deployed application's address (the test class's Arquillian resource). */
    abstract URL base();

    /** The names of the units of {@link #scope()}, by suffix. */
    static final Map<String, String> NAMES = Map.of("P", "Tỉnh Phạm Vi", "C", "Thành phố Phạm Vi",
            "D", "Huyện Phạm Vi", "W2", "Phường Hai", "W3", "Phường Ba", "Q", "Tỉnh Bên Cạnh",
            "QC", "Thành phố Bên Cạnh", "QW", "Phường Hoàng Văn Thụ");

    static final String CULTURE = "Bộ phận Văn hóa - Xã hội";

    private static ItTree scope;

    /**
     * The class's own tree for the scope tests, made once: province P (city C with wards W2 and W3,
     * district D) and a foreign province Q (city QC, ward QW); an account of each role, the staff
     * account in W2's culture department.
     */
    ItTree scope() {
        if (scope == null) {
            ItTree tree = new ItTree(base());
            for (String[] u : new String[][] {{"P", "PROVINCE", null}, {"C", "CITY", "P"}, {"D", "CITY", "P"},
                {"W2", "WARD", "C"}, {"W3", "WARD", "C"}, {"Q", "PROVINCE", null}, {"QC", "CITY", "Q"},
                {"QW", "WARD", "QC"}}) {
                tree.unit(u[0], NAMES.get(u[0]), u[1], u[2]);
            }
            scope = tree.department("W2", CULTURE).department("W2", "Bộ phận một cửa").department("W2", "Văn thư")
                    .account("overseer", "P", "PROVINCE_OVERSEER").account("planner", "C", "CITY_PLANNER")
                    .account("ward", "W2", "WARD_OFFICER").staff("staff", "W2", CULTURE)
                    .account("foreign", "QW", "WARD_OFFICER");
        }
        return scope;
    }

    /** Signs in as an account of {@link #scope()}, or as the system administrator ({@code "admin"}). */
    void signIn(Browser browser, String account) {
        if ("admin".equals(account)) {
            browser.signIn("admin");
        } else {
            browser.signIn(scope().user(account), ItTree.PASSWORD, true);
        }
    }

    /** The units the home tree shows once every node is opened (the tree loads a node's children when it opens). */
    static Set<String> shownUnits(Browser browser) {
        return shownUnits(browser, null);
    }

    /**
     * The units the home tree shows after opening each closed unit of {@code only} (every closed node when
     * null), one at a time as a user would, until none is left closed.
     */
    static Set<String> shownUnits(Browser browser, Set<String> only) {
        browser.find(By.id("tree:units"));
        for (int opened = 0; ; opened++) {
            ajaxIdle(browser);
            List<WebElement> closed = browser.driver().findElements(By.cssSelector(CLOSED_NODE)).stream()
                    .filter(li -> only == null || only.contains(nodeCode(li))).toList();
            if (closed.isEmpty()) {
                break;
            }
            assertTrue(opened < 100, "the tree keeps showing closed nodes");
            openNode(browser, closed.get(0));
        }
        return browser.driver().findElements(By.cssSelector(".unit-name")).stream()
                .map(e -> e.getAttribute("data-code")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A node of the home tree that has children and is closed. */
    private static final String CLOSED_NODE = "[id='tree:units'] li.ui-treenode-parent[aria-expanded='false']";

    /** The unit code of a tree node ({@code li}). */
    private static String nodeCode(WebElement node) {
        return node.findElement(By.cssSelector(":scope > .ui-treenode-content .unit-name")).getAttribute("data-code");
    }

    /** Clicks the node's toggler and waits until its children are in the page. */
    static void openNode(Browser browser, WebElement node) {
        node.findElement(By.cssSelector(":scope > .ui-treenode-content > .ui-tree-toggler")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> "true".equals(node.getAttribute("aria-expanded"))
                && !node.findElements(By.cssSelector(":scope > .ui-treenode-children > li")).isEmpty());
        ajaxIdle(browser);
    }

    /** The home tree's node of {@code code}. */
    static WebElement node(Browser browser, String code) {
        return browser.find(By.xpath("//li[contains(@class, 'ui-treenode')][*[contains(@class, 'ui-treenode-content')]"
                + "//span[@data-code='" + code + "']]"));
    }

    /** Waits until PrimeFaces has no AJAX request queued or running (a late update would undo a choice). */
    static void ajaxIdle(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                browser.driver().executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    static void waitForPath(Browser browser, String suffix) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.currentPath().endsWith(suffix));
    }

    static void waitForText(Browser browser, By by, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }
}
