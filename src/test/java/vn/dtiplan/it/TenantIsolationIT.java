package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;

/**
 * Who sees what, over the API and the sign-in boundary, for every demo account: each caller
 * lists exactly its subtree, reads departments of units in it, and gets the same bare 404 for
 * a sibling, an ancestor, a foreign province and a code that does not exist (no oracle). The
 * endpoints it probes are the operations the API documents ({@link ApiDocument}, on H2 only).
 *
 * <p>Tests are order independent: the lock-out test is the only one that uses
 * {@code vhxh.phuong2}, and every other failed sign-in is followed by a successful one for the
 * same name (which clears its count) or uses a name no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("smoke")
class TenantIsolationIT {

    private static final Set<String> VUNG_TAU_WARDS = Set.of("26506", "26508", "26509", "26512", "26515", "26518",
            "26521", "26524", "26526", "26527", "26530", "26533", "26535", "26536", "26539", "26542", "26545");
    private static final Set<String> BRVT_DISTRICTS = Set.of("747", "748", "750", "751", "752", "753", "754", "755");
    private static final Set<String> BAC_GIANG = Set.of("24", "213", "07210");

    /** Demo accounts used by the matrix; {@code vhxh.phuong2} is kept for the lock-out test. */
    private static final Map<String, Set<String>> VISIBLE_UNITS = Map.of(
            "tinh.brvt", union(Set.of("77"), BRVT_DISTRICTS, VUNG_TAU_WARDS),
            "tp.vungtau", union(Set.of("747"), VUNG_TAU_WARDS),
            "phuong2.vungtau", Set.of("26509"),
            "phuong3.vungtau", Set.of("26512"),
            "hvt.bacgiang", Set.of("07210"),
            "admin", union(Set.of("77"), BRVT_DISTRICTS, VUNG_TAU_WARDS, BAC_GIANG));

    private record Access(String user, String unit, int status) {
    }

    /** Each role × own unit, a unit below it, a sibling, an ancestor, a foreign province and a foreign ward. */
    private static final List<Access> DEPARTMENT_ACCESS = List.of(
            new Access("tinh.brvt", "77", 200), new Access("tinh.brvt", "747", 200),
            new Access("tinh.brvt", "26512", 200), new Access("tinh.brvt", "24", 404),
            new Access("tinh.brvt", "07210", 404),
            new Access("tp.vungtau", "747", 200), new Access("tp.vungtau", "26509", 200),
            new Access("tp.vungtau", "748", 404), new Access("tp.vungtau", "77", 404),
            new Access("tp.vungtau", "213", 404), new Access("tp.vungtau", "07210", 404),
            new Access("phuong2.vungtau", "26509", 200), new Access("phuong2.vungtau", "26512", 404),
            new Access("phuong2.vungtau", "747", 404), new Access("phuong2.vungtau", "77", 404),
            new Access("phuong2.vungtau", "07210", 404),
            new Access("phuong3.vungtau", "26512", 200), new Access("phuong3.vungtau", "26509", 404),
            new Access("phuong3.vungtau", "07210", 404),
            new Access("hvt.bacgiang", "07210", 200), new Access("hvt.bacgiang", "213", 404),
            new Access("hvt.bacgiang", "24", 404), new Access("hvt.bacgiang", "26509", 404),
            new Access("admin", "77", 200), new Access("admin", "26509", 200), new Access("admin", "07210", 200));

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    /**
     * Every REST endpoint of the WAR × every role × a target outside the caller's tree: 403 or
     * 404 when aimed at the target, never a 5xx, never the target's data ({@link IsolationProbe}).
     * On H2 (the smoke run) no row-level security backs the JPQL filters up, so a filter mistake
     * fails here.
     */
    @Test
    void everyEndpointTimesEveryRoleRefusesAnOutOfScopeTarget() {
        List<IsolationProbe.Endpoint> endpoints = IsolationProbe.endpoints(Deployments.war());
        List<String> uncovered = endpoints.stream().map(IsolationProbe.Endpoint::key)
                .filter(k -> !IsolationProbe.CASES.containsKey(k)).sorted().toList();
        assertTrue(endpoints.size() > 50, "found only " + endpoints.size() + " endpoints: " + endpoints);
        assertEquals(List.of(), uncovered, "endpoints without an isolation case in IsolationProbe.CASES");
        IsolationProbe.Target target = IsolationProbe.build(base);
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String role : IsolationProbe.ROLES) {
            Api caller = IsolationProbe.as(base, "a." + role + "." + target.tag());
            for (IsolationProbe.Endpoint endpoint : endpoints) {
                cases++;
                String failure = IsolationProbe.check(caller, role, endpoint, target);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        System.out.println("Isolation probe: " + cases + " cases (" + endpoints.size() + " endpoints × "
                + IsolationProbe.ROLES.size() + " roles), " + failures.size() + " failures");
        assertEquals(List.of(), failures, cases + " cases");
    }

    /**
     * The endpoints the probe above walks are the API's documented operations: {@code /openapi} has
     * each with its summary and schemas ({@link ApiDocument}; where it is open, the H2 smoke run).
     */
    @Test
    void everyEndpointIsDocumentedInTheOpenApiDocument() {
        assumeTrue(ApiDocument.isOpen(), "/openapi is closed by production's pre-boot file (HardeningIT)");
        ApiDocument.of(base).documentsEveryResourceMethod();
    }

    @Test
    void theOpenApiDocumentIsValidWithBothSchemesAndTheSharedParts() {
        assumeTrue(ApiDocument.isOpen(), "/openapi is closed by production's pre-boot file (HardeningIT)");
        ApiDocument.of(base).isValidOpenApi3WithBothSchemesAndTheSharedParts();
    }

    @Test
    void theApiPageRendersTheOperationsWithSwaggerUi() {
        assumeTrue(ApiDocument.isOpen(), "/api-docs is closed in production (HardeningIT)");
        ApiDocument.rendersWithSwaggerUi(base);
    }

    @Test
    void everyAccountListsExactlyItsSubtree() {
        Api api = Api.at(base);
        assertAll(VISIBLE_UNITS.entrySet().stream().map(e -> (Executable) () -> {
            Set<String> shown = codes(api.as(e.getKey()).get("units").expect(200).array());
            if ("admin".equals(e.getKey())) {
                assertTrue(shown.containsAll(e.getValue()), "the whole tree, with the trees other tests made: " + shown);
            } else {
                assertEquals(new TreeSet<>(e.getValue()), shown, "units visible to " + e.getKey());
            }
        }));
    }

    @Test
    void unitsCarryTheContractFields() {
        Map<String, JsonObject> units = byCode(Api.at(base).as("tinh.brvt").get("units").expect(200).array());
        JsonObject province = units.get("77");
        assertEquals("Tỉnh Bà Rịa - Vũng Tàu", province.getString("name"));
        assertEquals("PROVINCE", province.getString("level"));
        assertTrue(province.containsKey("parentCode") && province.isNull("parentCode"), "explicit null: " + province);
        assertEquals(Map.of("code", "747", "name", "Thành phố Vũng Tàu", "level", "CITY", "parentCode", "77"),
                strings(units.get("747")));
        assertEquals("CITY", units.get("750").getString("level"), "a district is CITY");
        assertEquals(Map.of("code", "26509", "name", "Phường 2", "level", "WARD", "parentCode", "747"),
                strings(units.get("26509")));
    }

    @Test
    void wardSeesOnlyItselfWithItsParentCode() {
        JsonArray units = Api.at(base).as("phuong2.vungtau").get("units").expect(200).array();
        assertEquals(1, units.size(), units.toString());
        assertEquals(Map.of("code", "26509", "name", "Phường 2", "level", "WARD", "parentCode", "747"),
                strings(units.getJsonObject(0)));
    }

    @Test
    void departmentsOnlyInsideTheCallersScope() {
        Api api = Api.at(base);
        assertAll(DEPARTMENT_ACCESS.stream().map(a -> (Executable) () -> {
            Api.Reply reply = api.as(a.user()).get("units/" + a.unit() + "/departments");
            if (a.status() == 200) {
                JsonArray departments = reply.expect(200).array();
                assertFalse(departments.isEmpty(), a + " got no departments");
            } else {
                reply.expectError(a.status());
            }
        }));
    }

    @Test
    void departmentsAreTheUnitsOwn() {
        Api ward = Api.at(base).as("phuong2.vungtau");
        JsonArray departments = ward.get("units/26509/departments").expect(200).array();
        Set<String> names = departments.getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("name")).collect(Collectors.toSet());
        assertEquals(Set.of("Bộ phận Văn hóa - Xã hội", "Bộ phận một cửa", "Văn thư", "Bộ phận Kinh tế",
                "Tài chính - Kế toán", "Bộ phận Địa chính - Xây dựng", "Công an phường"), names);
        departments.getValuesAs(JsonObject.class).forEach(d -> assertTrue(d.getJsonNumber("id").longValue() > 0));

        Set<String> city = Api.at(base).as("tp.vungtau").get("units/747/departments").expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(d -> d.getString("name")).collect(Collectors.toSet());
        assertEquals(6, city.size(), city.toString());
        assertTrue(city.contains("Phòng Văn hóa và Thông tin"), city.toString());
        assertFalse(city.contains("Văn thư"), "a ward's department listed under the city: " + city);
    }

    @Test
    void outOfScopeLooksExactlyLikeNonexistent() {
        Api ward = Api.at(base).as("phuong2.vungtau");
        JsonObject foreign = ward.get("units/07210/departments").expectError(404);
        JsonObject sibling = ward.get("units/26512/departments").expectError(404);
        JsonObject missing = ward.get("units/99999/departments").expectError(404);
        assertEquals(missing, foreign);
        assertEquals(missing, sibling);
    }

    @Test
    void noCredentialsIsAJson401WithAChallenge() {
        Api.Reply reply = Api.at(base).get("units");
        reply.expectError(401);
        assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Basic"), reply.headers().map().toString());
        assertTrue(reply.header("Set-Cookie").isEmpty(), "an API answer opened a session");
    }

    @Test
    void wrongPasswordUnknownUserAndMalformedHeaderAre401() {
        Api api = Api.at(base);
        assertAll(Stream.of(
                        api.as("tp.vungtau", "not-the-password"),
                        api.as("no.such.user", "demo"),
                        api.withAuthorization("Basic !!!not-base64"),
                        api.withAuthorization("Basic " + java.util.Base64.getEncoder().encodeToString("nocolon".getBytes())),
                        api.withAuthorization("Bearer abc"))
                .map(client -> (Executable) () -> {
                    Api.Reply reply = client.get("units");
                    reply.expectError(401);
                    assertTrue(reply.header("WWW-Authenticate").isPresent(), reply.request());
                }));
        api.as("tp.vungtau").get("units").expect(200);
    }

    @Test
    void sixFailedSignInsMakeTheNameWaitEvenForTheRightPassword() {
        Api api = Api.at(base);
        api.as("vhxh.phuong2").get("units").expect(200);
        try {
            for (int i = 0; i < 6; i++) {
                api.as("vhxh.phuong2", "wrong-" + i).get("units").expectError(401);
            }
            Api.at(base).as("vhxh.phuong2").get("units").expectError(401);
            api.as("phuong2.vungtau").get("units").expect(200);
        } finally {
            api.send(api.request(api.uri("it-probe/sign-in-failures?user=vhxh.phuong2"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody())).expect(204);
        }
        api.as("vhxh.phuong2").get("units").expect(200);
    }

    @Test
    void fiveFailuresThenSuccessDoNotLock() {
        Api api = Api.at(base);
        for (int i = 0; i < 5; i++) {
            api.as("admin", "wrong-" + i).get("units").expectError(401);
        }
        api.as("admin").get("units").expect(200);
        api.as("admin", "wrong-again").get("units").expectError(401);
        api.as("admin").get("units").expect(200);
    }

    @Test
    void anonymousScreenRedirectsToSignIn() {
        Api.Reply reply = new WebSession(Api.at(base)).get("app/home.xhtml");
        assertTrue(reply.status() == 302 || reply.status() == 303, reply.request() + " → " + reply.status());
        String location = reply.header("Location").orElse("");
        assertTrue(location.endsWith("/login.xhtml"), location);
    }

    @Test
    void screenSessionCookieAloneIsRefusedOnTheApi() {
        WebSession session = new WebSession(Api.at(base));
        Api.Reply signIn = session.signIn("tp.vungtau", Api.DEMO_PASSWORD);
        assertTrue(signIn.status() == 302 || signIn.status() == 303, "sign-in answered " + signIn.status());
        assertTrue(signIn.header("Location").orElse("").endsWith("/app/home.xhtml"), signIn.headers().map().toString());
        session.get("app/home.xhtml").expect(200);
        Api api = Api.at(base);
        assertFalse(session.cookiesFor(api.api("units")).isEmpty(), "no session cookie to send");

        Api.Reply reply = session.send(HttpRequest.newBuilder(api.api("units")).GET().build());
        reply.expectError(401);
        assertFalse(reply.body().contains("26509"), reply.body());
    }

    @Test
    void homeScreenShowsTheCallerAndOnlyItsUnits() {
        try (Browser browser = Browser.open(base)) {
            browser.go("app/home.xhtml");
            assertTrue(browser.currentPath().endsWith("/login.xhtml"), browser.currentPath());
            browser.signIn("tp.vungtau");
            assertEquals("Phòng Văn hóa và Thông tin TP Vũng Tàu", browser.text(By.id("caller-name")));
            assertEquals("18", browser.text(By.id("unit-count")));
            Set<String> shown = browser.driver().findElements(By.cssSelector(".unit-name")).stream()
                    .map(e -> e.getAttribute("data-code")).collect(Collectors.toSet());
            assertTrue(shown.contains("747"), shown.toString());
            assertTrue(Collections.disjoint(shown, Set.of("77", "748", "24", "213", "07210")), shown.toString());
            browser.shoot("home-tp.vungtau");
        }
    }

    private static Set<String> codes(JsonArray units) {
        return units.getValuesAs(JsonObject.class).stream().map(u -> u.getString("code"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, JsonObject> byCode(JsonArray units) {
        return units.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(u -> u.getString("code"), Function.identity()));
    }

    /** The contract's fields of a unit (the API may add more). */
    private static Map<String, String> strings(JsonObject o) {
        return Stream.of("code", "name", "level", "parentCode").filter(o::containsKey)
                .collect(Collectors.toMap(Function.identity(), o::getString));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        List<String> all = new ArrayList<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
