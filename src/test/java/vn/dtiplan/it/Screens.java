package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser steps the scoring, framework and scorecard screens share: a press repeated until its
 * outcome shows, an upload through the page's form, and the checks that a page and a table fit a
 * phone's width.
 */
final class Screens {

    private Screens() {
    }

    /** Types a value into the self or appraised cell of a line ("p:" + pillar or "c:" + criterion code). */
    static void score(Browser browser, String key, String side, String value) {
        browser.type(By.cssSelector("tr[data-key='" + key + "'] td." + side + " input"), value);
    }

    /**
     * Presses a button until {@code done} holds: a click that lands while the page still binds
     * its scripts or while an AJAX update is pending is lost, so it is repeated only when the
     * page is idle and the outcome is not there yet.
     */
    static void press(Browser browser, String buttonId, java.util.function.Function<WebDriver, Boolean> done) {
        press(browser, By.id(buttonId), done);
    }

    static void press(Browser browser, By button, java.util.function.Function<WebDriver, Boolean> done) {
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    if (!Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();"))) {
                        return false;
                    }
                    if (done.apply(d)) {
                        return true;
                    }
                    List<WebElement> buttons = d.findElements(button);
                    if (!buttons.isEmpty() && buttons.get(0).isDisplayed()) {
                        buttons.get(0).click();
                    }
                    return false;
                });
    }

    static java.util.function.Function<WebDriver, Boolean> message(String text) {
        return d -> d.findElements(By.id("messages")).stream().anyMatch(m -> m.getText().contains(text));
    }

    /** Chooses the file in the page's upload form and sends it (a full page submit). */
    static void upload(Browser browser, byte[] xlsx) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("dtiplan-import-", ".xlsx");
        file.toFile().deleteOnExit();
        java.nio.file.Files.write(file, xlsx);
        browser.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
        browser.click(By.id("upload:send-file"));
    }

    static Browser scrollTo(Browser browser, String id) {
        browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
        return browser;
    }

    static List<String> texts(Browser browser, String css) {
        browser.find(By.cssSelector(css));
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    static void assertFitsThePhone(Browser browser) {
        browser.driver().manage().window().setSize(Browser.PHONE);
        Object overflow = browser.driver().executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        browser.driver().manage().window().setSize(Browser.DESKTOP);
        assertTrue(((Number) overflow).intValue() <= 0, "wider than the phone by " + overflow + " px");
    }

    /** At phone width the table reflows inside its card instead of scrolling sideways. */
    static void assertTableFitsThePhone(Browser browser, String tableId) {
        browser.driver().manage().window().setSize(Browser.PHONE);
        Object overflow = browser.driver().executeScript("var t = document.getElementById(arguments[0]);"
                + "return t.parentElement.scrollWidth - t.parentElement.clientWidth;", tableId);
        browser.driver().manage().window().setSize(Browser.DESKTOP);
        assertTrue(((Number) overflow).intValue() <= 0, tableId + " wider than its card by " + overflow + " px");
    }

    /** Waits until {@code element} shows a text containing {@code text}. */
    static void waitForText(Browser browser, By element, String text) {
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(element).isEmpty() && d.findElement(element).getText().contains(text));
    }
}
