package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The units and accounts screens in a real browser: the overseer's tree, and a unit or an account
 * changed by another while its form is open is not overwritten.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitAdminScreensIT extends UnitAdminFixture {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive d() {
        return Deployments.war();
    }

    @Override
    URL base() {
        return base;
    }

    @Test
    void theUnitsAndAccountsScreensShowTheOverseersTree() {
        String p = unique();
        createUnit(p, "Tỉnh Màn Hình " + p, "PROVINCE", null);
        createUnit(p + "-w1", "Phường Vũng Tàu", "WARD", p);
        createUnit(p + "-w2", "Phường Tam Thắng", "WARD", p);
        createUnit(p + "-h", "Khu phố 1", "HAMLET", p + "-w1");
        admin().post("units/" + p + "-w1/departments", Json.createObjectBuilder().add("name", "Bộ phận một cửa").build())
                .expect(201);
        createAccount(admin(), p + ".so", p, "PROVINCE_OVERSEER", 201);
        createAccount(as(p + ".so"), p + ".w1", p + "-w1", "WARD_OFFICER", 201);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(p + ".so", PASSWORD, true);
            browser.click(By.id("nav-units"));
            assertEquals("4", browser.text(By.id("unit-count")));
            assertTrue(browser.driver().getPageSource().contains("Khu phố 1"));
            browser.shoot("units");
            browser.shootAt(By.id("units:create"), "units-create");
            browser.click(By.id("nav-accounts"));
            assertTrue(browser.driver().getPageSource().contains(p + ".w1"));
            assertFalse(browser.driver().findElements(By.cssSelector(".account-toggle")).isEmpty());
            browser.shoot("accounts-overseer");
        }
    }

    @Test
    void aUnitRenamedByAnotherWhileTheUnitFormIsOpenIsNotOverwritten() {
        ItTree tree = new ItTree(base).unit("P", "Tỉnh Sửa Song Song", "PROVINCE", null)
                .unit("W", "Phường Trước", "WARD", "P").account("so", "P", "PROVINCE_OVERSEER");
        Api overseer = tree.as("so");
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("so"), ItTree.PASSWORD, true);
            browser.go("app/units.xhtml");
            browser.search("units:selected", "phuong truoc", "Phường Trước (" + tree.code("W") + ")");
            browser.find(By.id("units:rename"));
            overseer.patch("units/" + tree.code("W"), patch("name", "Phường Người Khác Đặt")).expect(200);
            browser.type(By.id("units:rename"), "Phường Màn Hình Đặt");
            browser.click(By.id("units:save"));
            waitForText(browser, By.id("units:messages"), "người khác thay đổi sau khi bạn mở");
            browser.shootAt(By.id("units:messages"), "units-stale");
        }
        assertEquals("Phường Người Khác Đặt", overseer.get("units").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(u -> u.getString("code").equals(tree.code("W"))).findFirst().orElseThrow()
                .getString("name"), "the other's name is kept");
    }

    @Test
    void anAccountChangedByAnotherWhileTheAccountsScreenIsOpenIsNotOverwritten() {
        ItTree tree = new ItTree(base).unit("P", "Tỉnh Tài Khoản Song Song", "PROVINCE", null)
                .unit("W", "Phường Tài Khoản", "WARD", "P")
                .account("so", "P", "PROVINCE_OVERSEER").account("w", "W", "WARD_OFFICER");
        Api overseer = tree.as("so");
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("so"), ItTree.PASSWORD, true);
            browser.go("app/admin/accounts.xhtml");
            By toggle = By.xpath("//tr[td[contains(., '" + tree.user("w") + "')]]//a[contains(@class, 'account-toggle')]");
            browser.find(toggle);
            overseer.patch("accounts/" + tree.user("w"), Json.createObjectBuilder().add("password", "mat-khau-nguoi-khac")
                    .build()).expect(200);
            browser.click(toggle);
            waitForText(browser, By.id("create:messages"), "người khác thay đổi sau khi bạn mở");
            browser.shootAt(By.id("create:messages"), "accounts-stale");
        }
        assertTrue(overseer.get("accounts").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(tree.user("w"))).findFirst().orElseThrow()
                .getBoolean("enabled"), "the stale disable changed nothing");
        Api.at(base).as(tree.user("w"), "mat-khau-nguoi-khac").get("units").expect(200);
    }

    private static void waitForText(Browser browser, By by, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }
}
