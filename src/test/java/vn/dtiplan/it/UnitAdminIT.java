package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Units over time and the management of units, departments and accounts through the API
 * (docs/api.md, "Units over time"): each test builds its own tree (a province, a city, wards, a
 * hamlet) and accounts as the system administrator and the officials, with unique codes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitAdminIT {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String PASSWORD = "mat-khau-du-dai";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive d() {
        return Deployments.war();
    }

    private Api admin() {
        return Api.at(base).as("admin");
    }

    private Api as(String user) {
        return Api.at(base).as(user, PASSWORD);
    }

    /** A unique prefix for codes and user names of one test. */
    private static String unique() {
        return "t" + SERIAL.incrementAndGet() + ThreadLocalRandom.current().nextInt(10_000, 99_999);
    }

    private static JsonObject unit(String code, String name, String level, String parent) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", code).add("name", name).add("level", level);
        return (parent == null ? b : b.add("parentCode", parent)).build();
    }

    private JsonObject createUnit(String code, String name, String level, String parent) {
        return admin().post("units", unit(code, name, level, parent)).expect(201).object();
    }

    private void createAccount(Api by, String username, String unit, String role, int status) {
        by.post("accounts", Json.createObjectBuilder().add("username", username).add("password", PASSWORD)
                .add("fullName", "Cán bộ " + username).add("unitCode", unit)
                .add("roles", Json.createArrayBuilder().add(role)).build()).expect(status);
    }

    private static JsonObject patch(String field, String value) {
        return Json.createObjectBuilder().add(field, value).build();
    }

    private static Api.Reply delete(Api api, String path) {
        return api.send(api.request(api.api(path)).DELETE());
    }

    private static Set<String> codes(Api api, String query) {
        return api.get("units" + query).expect(200).array().getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("code")).collect(Collectors.toSet());
    }

    @Test
    void createsUnitsRefusesADuplicateInForceAndListsIdsAndValidity() {
        String p = unique();
        JsonObject province = createUnit(p, "Tỉnh Thử " + p, "PROVINCE", null);
        assertEquals(p, province.getString("code"));
        assertTrue(province.getJsonNumber("id").longValue() > 0);
        assertEquals(JsonValue.NULL, province.get("validTo"));
        JsonObject ward = createUnit(p + "-w", "Phường Một", "WARD", p);
        assertEquals(p, ward.getString("parentCode"));
        assertEquals("WARD", ward.getString("level"));
        JsonObject again = admin().post("units", unit(p + "-w", "Phường Khác", "WARD", p)).expectError(409);
        assertEquals("unit.code.taken", again.getString("error"));
        admin().post("units", unit(p + "-x", "Khu phố lạc", "HAMLET", p)).expectError(422);
        admin().post("units", Json.createObjectBuilder().add("code", "").add("name", "x").build()).expect(422);
        JsonObject listed = admin().get("units").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("code").equals(p + "-w")).findFirst().orElseThrow();
        assertEquals(ward.getJsonNumber("id"), listed.getJsonNumber("id"));
        assertTrue(listed.containsKey("validFrom"));
        admin().get("units?at=2025-13-01").expectError(400);
    }

    @Test
    void aCodeIsReadOnTheDateAskedAndTodayMeansTheUnitHoldingItNow() throws SQLException {
        String p = unique();
        createUnit(p, "Tỉnh Cũ " + p, "PROVINCE", null);
        long old = admin().post("units", Json.createObjectBuilder().add("code", p + "-w").add("name", "Phường 1")
                .add("level", "WARD").add("parentCode", p).add("validFrom", "2020-01-01").build())
                .expect(201).object().getJsonNumber("id").longValue();
        admin().post("units/" + p + "-w/departments", Json.createObjectBuilder().add("name", "Bộ phận cũ").build())
                .expect(201);
        closeOn(old, "2025-06-30");
        admin().post("units", Json.createObjectBuilder().add("code", p + "-w").add("name", "Phường Vũng Tàu")
                .add("level", "WARD").add("parentCode", p).add("validFrom", "2025-07-01").build()).expect(201);
        admin().post("units/" + p + "-w/departments", Json.createObjectBuilder().add("name", "Bộ phận mới").build())
                .expect(201);
        assertEquals(List.of("Bộ phận mới"), departmentNames(admin(), p + "-w", ""));
        assertEquals(List.of("Bộ phận cũ"), departmentNames(admin(), p + "-w", "?at=2024-05-13"));
        JsonObject then = admin().get("units?at=2024-05-13").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(u -> u.getString("code").equals(p + "-w")).findFirst().orElseThrow();
        assertEquals("Phường 1", then.getString("name"));
        assertEquals("2025-06-30", then.getString("validTo"));
        assertEquals(old, then.getJsonNumber("id").longValue());
        assertFalse(codes(admin(), "?at=2019-12-31").contains(p + "-w"));
    }

    private static List<String> departmentNames(Api api, String code, String query) {
        return api.get("units/" + code + "/departments" + query).expect(200).array().getValuesAs(JsonObject.class)
                .stream().map(d -> d.getString("name")).toList();
    }

    /** What a reorganisation does to a predecessor (another branch's operation): it closes. */
    private static void closeOn(long unitId, String lastDay) throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            ItJdbc.scope(c, "*");
            try (PreparedStatement s = c.prepareStatement("update administrative_unit set valid_to = ? where id = ?")) {
                s.setDate(1, java.sql.Date.valueOf(lastDay));
                s.setLong(2, unitId);
                assertEquals(1, s.executeUpdate());
            }
        }
    }

    @Test
    void aHamletReceivesTheWardsCascadedTask() {
        String p = unique();
        createUnit(p, "Tỉnh Ấp " + p, "PROVINCE", null);
        createUnit(p + "-w", "Xã Long Sơn", "WARD", p);
        JsonObject hamlet = createUnit(p + "-h", "Thôn 1", "HAMLET", p + "-w");
        assertEquals("HAMLET", hamlet.getString("level"));
        createAccount(admin(), p + ".xa", p + "-w", "WARD_OFFICER", 201);
        createAccount(admin(), p + ".thon", p + "-h", "WARD_OFFICER", 201);
        JsonObject plan = as(p + ".xa").post("plans", Json.createObjectBuilder().add("unitCode", p + "-w")
                .add("number", p + "/KH-UBND").add("title", "Kế hoạch chuyển đổi số").add("year", 2026)
                .add("tasks", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("solution", "Tuyên truyền kỹ năng số tại thôn").add("lead", "Trưởng thôn")
                        .add("timeframe", "Quý IV/2026").add("cascade", true))).build()).expect(201).object();
        long planId = plan.getJsonNumber("id").longValue();
        as(p + ".xa").post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        List<JsonObject> inbox = as(p + ".thon").get("units/" + p + "-h/inbox").expect(200).array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, inbox.stream().filter(i -> i.getJsonNumber("planId").longValue() == planId).count());
        as(p + ".thon").get("units/" + p + "-w/inbox").expect(404);
    }

    @Test
    void departmentsAreAddedRenamedAndRetiredNeverTwice() {
        String p = unique();
        createUnit(p, "Tỉnh Bộ Phận " + p, "PROVINCE", null);
        createUnit(p + "-w", "Phường Hai", "WARD", p);
        createAccount(admin(), p + ".ward", p + "-w", "WARD_OFFICER", 201);
        Api ward = as(p + ".ward");
        long id = ward.post("units/" + p + "-w/departments", Json.createObjectBuilder().add("name", "Bộ phận một cửa")
                .build()).expect(201).object().getJsonNumber("id").longValue();
        ward.post("units/" + p + "-w/departments", Json.createObjectBuilder().add("name", "bộ phận MỘT CỬA").build())
                .expectError(409);
        assertEquals("Bộ phận tiếp nhận và trả kết quả", ward.patch("units/" + p + "-w/departments/" + id,
                patch("name", "Bộ phận tiếp nhận và trả kết quả")).expect(200).object().getString("name"));
        assertEquals(204, delete(ward, "units/" + p + "-w/departments/" + id).status());
        assertEquals(List.of(), departmentNames(ward, p + "-w", ""));
        assertEquals("department.retired", delete(ward, "units/" + p + "-w/departments/" + id).expectError(409)
                .getString("error"));
        List<String> actions = admin().get("audit/UNIT/" + unitId(p + "-w")).expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("CREATE", "DEPARTMENT_CREATE", "DEPARTMENT_RENAME", "DEPARTMENT_RETIRE")),
                actions.toString());
    }

    private long unitId(String code) {
        return admin().get("units").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    @Test
    void officialsManageAccountsOfTheirSubtreeUpToTheirOwnRole() {
        String p = unique();
        createUnit(p, "Tỉnh Tài Khoản " + p, "PROVINCE", null);
        createUnit(p + "-w", "Phường Ba", "WARD", p);
        createAccount(admin(), p + ".so", p, "PROVINCE_OVERSEER", 201);
        Api overseer = as(p + ".so");
        createAccount(overseer, p + ".ward", p + "-w", "WARD_OFFICER", 201);
        assertEquals("account.role.aboveOwn", overseer.post("accounts", Json.createObjectBuilder()
                .add("username", p + ".root").add("password", PASSWORD).add("fullName", "Không được")
                .add("roles", Json.createArrayBuilder().add("SYSTEM_ADMIN")).build()).expectError(403).getString("error"));
        Api ward = as(p + ".ward");
        ward.get("units").expect(200);
        assertEquals("account.role.aboveOwn", ward.patch("accounts/" + p + ".ward", Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("PROVINCE_OVERSEER")).build()).expectError(403)
                .getString("error"));
        ward.patch("accounts/" + p + ".so", Json.createObjectBuilder().add("enabled", false).build()).expect(404);

        JsonObject disabled = overseer.patch("accounts/" + p + ".ward",
                Json.createObjectBuilder().add("enabled", false).build()).expect(200).object();
        assertFalse(disabled.getBoolean("enabled"));
        assertEquals(401, ward.get("units").status());
        overseer.patch("accounts/" + p + ".ward", Json.createObjectBuilder().add("enabled", true)
                .add("password", "mat-khau-moi-dai").build()).expect(200);
        Api.at(base).as(p + ".ward", "mat-khau-moi-dai").get("units").expect(200);
        List<String> actions = overseer.get("audit/ACCOUNT/" + p + ".ward").expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("CREATE", "UPDATE", "PASSWORD_RESET")), actions.toString());
    }

    @Test
    void unitsOutsideTheCallersReachAreRefusedAndAMoveCarriesTheSubtree() {
        String p = unique();
        createUnit(p, "Tỉnh Phạm Vi " + p, "PROVINCE", null);
        createUnit(p + "-c", "Thành phố Thử", "CITY", p);
        createUnit(p + "-w1", "Phường Bốn", "WARD", p + "-c");
        createUnit(p + "-w2", "Phường Năm", "WARD", p);
        createUnit(p + "-h", "Khu phố 5", "HAMLET", p + "-w2");
        createAccount(admin(), p + ".tp", p + "-c", "CITY_PLANNER", 201);
        createAccount(admin(), p + ".w1", p + "-w1", "WARD_OFFICER", 201);
        Api city = as(p + ".tp");
        Api w1 = as(p + ".w1");
        w1.patch("units/" + p + "-w2", patch("name", "Không được")).expect(404);
        assertEquals("unit.manage.refused", w1.patch("units/" + p + "-w1", patch("name", "Tự đổi tên"))
                .expectError(403).getString("error"));
        w1.post("units", unit(p + "-x", "Phường Lạ", "WARD", p)).expect(404);
        city.get("units/" + p + "-w2/departments").expect(404);
        assertEquals("Phường Bốn Mới", city.patch("units/" + p + "-w1", patch("name", "Phường Bốn Mới")).expect(200)
                .object().getString("name"));

        JsonObject moved = admin().patch("units/" + p + "-w2", patch("parentCode", p + "-c")).expect(200).object();
        assertEquals(p + "-c", moved.getString("parentCode"));
        assertTrue(codes(city, "").containsAll(Set.of(p + "-w2", p + "-h")), "the city sees the moved subtree");
        city.get("units/" + p + "-h/departments").expect(200);
        assertEquals("unit.move.intoItself", admin().patch("units/" + p + "-c", patch("parentCode", p + "-h"))
                .expectError(422).getString("error"));
        List<String> actions = admin().get("audit/UNIT/" + unitId(p + "-w2")).expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertTrue(actions.contains("MOVE"), actions.toString());
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
}
