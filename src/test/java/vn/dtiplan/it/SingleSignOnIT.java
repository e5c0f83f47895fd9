package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import okhttp3.mockwebserver.RecordedRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on in a real browser against the real OpenID Connect provider of the ITs
 * ({@link ItProvider}, linking by {@code preferred_username}): a linked account lands on its home
 * page with its own unit; sign-out ends the dtiplan session and sends the browser to the
 * provider's end-session endpoint with the ID token, and signing in again asks the provider
 * again; an unknown person and a disabled account get the refusal page and no session. The
 * form sign-in and the API stay as they were (the other IT classes run with the same settings).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnIT {

    private static final String PASSWORD = "mat-khau-du-dai";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private static final String WARD_NAME = "Phường Một Cửa";
    private static ItTree tree;

    /** The ward the class's accounts belong to, made by the first test (a province and one ward). */
    private String ward() {
        if (tree == null) {
            tree = new ItTree(base).unit("P", "Tỉnh Một Cửa", "PROVINCE", null).unit("W", WARD_NAME, "WARD", "P");
        }
        return tree.code("W");
    }

    private String createAccount() {
        String username = "sso" + Unique.code();
        Api.at(base).as("admin").post("accounts", Json.createObjectBuilder().add("username", username)
                .add("password", PASSWORD).add("fullName", "Cán bộ một cửa " + username).add("unitCode", ward())
                .add("roles", Json.createArrayBuilder().add("WARD_OFFICER")).build()).expect(201);
        return username;
    }

    /** From the sign-in page through the provider's sign-in page as {@code preferredUsername}. */
    private static void signInAtProvider(Browser browser, String preferredUsername) {
        browser.go("login.xhtml").click(By.id("sso-start"));
        providerAsks(browser);
        browser.type(By.name("username"), "sub-" + Unique.code());
        browser.type(By.name("claims"), "{\"preferred_username\":\"" + preferredUsername + "\"}");
        browser.click(By.cssSelector("input[type=submit]"));
    }

    private static void providerAsks(Browser browser) {
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.urlContains("/" + ItProvider.ISSUER_ID
                + "/authorize"));
        assertTrue(browser.find(By.name("username")).isDisplayed(), "the provider asks who signs in");
    }

    private static void waitFor(Browser browser, String urlPart) {
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.urlContains(urlPart));
    }

    /** The end-session request the provider served, looked for among the requests it recorded. */
    private static RecordedRequest endSessionRequest() {
        for (int i = 0; i < 200; i++) {
            RecordedRequest request = ItProvider.nextRequest(5);
            if (request == null) {
                return null;
            }
            if (request.getPath().startsWith("/" + ItProvider.ISSUER_ID + "/endsession")) {
                return request;
            }
        }
        return null;
    }

    @Test
    void aLinkedAccountSignsInThroughTheProviderAndSignOutEndsBothSessions() {
        String username = createAccount();
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml");
            assertEquals("Đăng nhập bằng tài khoản một cửa (SSO)", browser.text(By.id("sso-start")));
            browser.shoot("sso-sign-in");

            signInAtProvider(browser, username);
            waitFor(browser, "/app/home.xhtml");
            assertEquals("Cán bộ một cửa " + username, browser.text(By.id("caller-name")));
            assertEquals(WARD_NAME, browser.text(By.id("caller-unit")));
            assertEquals("Cán bộ cấp xã", browser.text(By.cssSelector(".topbar .role-badge")));
            browser.go("app/units.xhtml");
            assertTrue(browser.currentPath().endsWith("/app/units.xhtml"), "the session holds over further pages");

            browser.click(By.id("topbar:sign-out"));
            waitFor(browser, "signedOut=true");
            RecordedRequest endSession = endSessionRequest();
            assertNotNull(endSession, "the provider's session was ended");
            assertNotNull(endSession.getRequestUrl().queryParameter("id_token_hint"));
            assertTrue(endSession.getRequestUrl().queryParameter("post_logout_redirect_uri").endsWith(
                    "/login.xhtml?signedOut=true"));

            browser.go("app/home.xhtml");
            assertTrue(browser.currentPath().endsWith("/login.xhtml"), "the dtiplan session is gone");
            browser.click(By.id("sso-start"));
            providerAsks(browser);
        }
    }

    @Test
    void unknownPeopleAndDisabledAccountsAreRefusedWithAPage() {
        try (Browser browser = Browser.open(base)) {
            signInAtProvider(browser, "khong-co-" + Unique.code());
            waitFor(browser, "/sso-refused.xhtml");
            assertEquals("Không đăng nhập được bằng tài khoản một cửa", browser.text(By.id("sso-refused-title")));
            assertTrue(browser.text(By.id("sso-refused-text")).contains("chưa được liên kết"),
                    browser.text(By.id("sso-refused-text")));
            assertTrue(browser.text(By.id("sso-refused-text")).contains("tên đăng nhập"));
            browser.shoot("sso-refused");
            browser.go("app/home.xhtml");
            assertTrue(browser.currentPath().endsWith("/login.xhtml"), "a refused person has no session");
        }
        String disabled = createAccount();
        Api.at(base).as("admin").patch("accounts/" + disabled, Json.createObjectBuilder().add("enabled", false).build())
                .expect(200);
        try (Browser browser = Browser.open(base)) {
            signInAtProvider(browser, disabled);
            waitFor(browser, "/sso-refused.xhtml");
            assertTrue(browser.text(By.id("sso-disabled-text")).contains("đang bị khóa"));
            browser.click(By.id("sso-end"));
            waitFor(browser, "signedOut=true");
            browser.go("app/home.xhtml");
            assertTrue(browser.currentPath().endsWith("/login.xhtml"), "signed out at the provider");
        }
    }
}
