package vn.dtiplan.it;

import java.util.List;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for screen tests, with the flags of the stack notes. Use one per test
 * method, in try-with-resources:
 *
 * <pre>{@code
 * try (Browser browser = Browser.open(base)) {
 *     browser.signIn("tp.vungtau");
 *     browser.shoot("home-city");           // target/screenshots/home-city-1280x800.png and -390x844.png
 *     assertEquals("...", browser.text(By.id("caller-name")));
 * }
 * }</pre>
 *
 * A closed browser is not quit but wiped and kept for the next {@link #open}: every cookie, the
 * cache, the storage of the origin it served, the download setting and the window size go back
 * to those of a fresh start, so each test still begins signed out on a blank page. Launching
 * Chromium and its driver costs about 2.5 s on this machine, about 90 s over the suite; a browser
 * that cannot be wiped (a dialog left open, a second window, a crash) is quit instead.
 *
 * <p>Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the calling test is
 * skipped, except under {@code CI=true} where it fails (CI installs them: {@code .ci/run}).
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1280, 800);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicReference<Browser> IDLE = new AtomicReference<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Browser idle = IDLE.getAndSet(null);
            if (idle != null) {
                idle.quit();
            }
        }));
    }

    private final URI root;
    private final Path profile;
    private final ChromeDriver driver;

    private Browser(URI root, Path profile, ChromeDriver driver) {
        this.root = root;
        this.profile = profile;
        this.driver = driver;
    }

    /** A new headless browser for the deployment at {@code deployment} (the Arquillian URL). */
    public static Browser open(URL deployment) {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI without " + CHROMIUM + " and " + CHROMEDRIVER + ": run .ci/run");
        }
        assumeTrue(installed, "Chromium or chromedriver not installed (apt-get install chromium chromium-driver)");
        URI root = Api.loopback(deployment);
        Browser idle = IDLE.getAndSet(null);
        if (idle != null) {
            return new Browser(root, idle.profile, idle.driver);
        }
        Path profile = newProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--user-data-dir=" + profile, "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        return new Browser(root, profile, new ChromeDriver(service, options));
    }

    /** Opens a path below the context root, e.g. {@code go("app/home.xhtml")}. */
    public Browser go(String pathBelowContextRoot) {
        driver.get(root.resolve(pathBelowContextRoot.startsWith("/")
                ? pathBelowContextRoot.substring(1) : pathBelowContextRoot).toString());
        return this;
    }

    /** Signs in through the sign-in screen with password {@value Api#DEMO_PASSWORD}; waits for the home page. */
    public Browser signIn(String user) {
        return signIn(user, Api.DEMO_PASSWORD, true);
    }

    /** Fills and submits the sign-in form; waits for the home page only when {@code expectSuccess}. */
    public Browser signIn(String user, String password, boolean expectSuccess) {
        go("login.xhtml");
        type(By.id("login:username"), user);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
        if (expectSuccess) {
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/app/home.xhtml"));
        }
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Replaces the field's text, as a user selecting it all and typing (a date picker refills a cleared field). */
    public Browser type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        return this;
    }

    public Browser click(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    /** The visible text of the element, read again when an Ajax update replaced it meanwhile. */
    public String text(By by) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElement(by);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    public String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The driver itself, for anything this helper lacks. */
    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Saves the current page at 1280×800 and at 390×844 as {@code <name>-1280x800.png} and
     * {@code <name>-390x844.png} in {@code dtiplan.screenshots} ({@code target/screenshots}),
     * then returns to the desktop size.
     */
    public Browser shoot(String name) {
        for (Dimension size : new Dimension[] {DESKTOP, PHONE}) {
            driver.manage().window().setSize(size);
            save(name + "-" + size.width + "x" + size.height + ".png");
        }
        driver.manage().window().setSize(DESKTOP);
        return this;
    }

    /** Like {@link #shoot}, with {@code element} scrolled to the top of the window at each size. */
    public Browser shootAt(By element, String name) {
        for (Dimension size : new Dimension[] {DESKTOP, PHONE}) {
            driver.manage().window().setSize(size);
            scrollToTop(element);
            save(name + "-" + size.width + "x" + size.height + ".png");
        }
        driver.manage().window().setSize(DESKTOP);
        return this;
    }

    /**
     * Opens the PrimeFaces select menu {@code menuId} and picks the item labelled {@code label}, again
     * until the menu shows it: an Ajax update may replace the menu or its panel between two reads.
     */
    public void pick(String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d -> {
            List<WebElement> found = d.findElements(item);
            if (found.isEmpty() || !found.get(0).isDisplayed()) {
                d.findElement(By.id(menuId)).click();
                return false;
            }
            found.get(0).click();
            return label.equals(d.findElement(By.id(menuId + "_label")).getText());
        });
    }

    /**
     * Types {@code query} into the PrimeFaces search field {@code fieldId} (an auto-complete, as the unit
     * choosers are) and clicks the suggestion labelled {@code label}, again until the field shows it.
     */
    public void search(String fieldId, String query, String label) {
        By input = By.id(fieldId + "_input");
        By item = By.cssSelector("[id='" + fieldId + "_panel'] li[data-item-label='" + label + "']");
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d -> {
            List<WebElement> found = d.findElements(item);
            if (found.isEmpty() || !found.get(0).isDisplayed()) {
                WebElement field = d.findElement(input);
                if (!query.equals(field.getAttribute("value"))) {
                    field.clear();
                    field.sendKeys(query);
                }
                return false;
            }
            found.get(0).click();
            return label.equals(d.findElement(input).getAttribute("value"));
        });
    }

    /** Scrolls the element to the top of the window, found again when an Ajax update replaced it meanwhile. */
    private void scrollToTop(By element) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement found = d.findElement(element);
            if (!found.isDisplayed()) {
                return null;
            }
            driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", found);
            return true;
        });
    }

    private void save(String fileName) {
        Path directory = Path.of(System.getProperty("dtiplan.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(directory);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), directory.resolve(fileName),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!wiped() || !IDLE.compareAndSet(null, this)) {
            quit();
        }
    }

    private boolean wiped() {
        try {
            if (driver.getWindowHandles().size() != 1) {
                return false;
            }
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin",
                    Map.of("origin", root.getScheme() + "://" + root.getAuthority(), "storageTypes", "all"));
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
            driver.manage().window().setSize(DESKTOP);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void quit() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private static Path newProfile() {
        try {
            Files.createDirectories(ItSettings.directory());
            return Files.createTempDirectory(ItSettings.directory(), "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
