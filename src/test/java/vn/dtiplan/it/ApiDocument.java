package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API documents itself (issue 18), checked by {@link TenantIsolationIT} on the server where
 * {@code /openapi} is open (the H2 smoke run, with the demo's pre-boot file: arquillian.xml;
 * production's closes it, as {@link HardeningIT} checks): {@code /openapi} names every resource
 * method of the WAR (found by reflection as {@link IsolationProbe} finds them, so a new one cannot
 * go undocumented) with a summary, a success response (2xx), its request and response schemas
 * and the shared refusals; it
 * parses as OpenAPI 3 without a message and has the Basic and Bearer schemes;
 * {@code /api-docs/} renders it with Swagger UI.
 */
final class ApiDocument {

    private final URL base;
    private final JsonObject json;
    private final String text;

    private ApiDocument(URL base, String text) {
        this.base = base;
        this.text = text;
        this.json = Json.createReader(new StringReader(text)).readObject();
    }

    static ApiDocument of(URL base) {
        Api api = Api.at(base);
        URI uri = api.uri("").resolve("/openapi?format=JSON");
        return new ApiDocument(base,
                api.send(HttpRequest.newBuilder(uri).header("Accept", "application/json").GET()).expect(200).body());
    }

    /** A path of the document as below the context root ({@code /dtiplan} in the ITs), whether or not it names it. */
    private String belowContextRoot(String path) {
        String context = base.getPath().replaceAll("/+$", "");
        return !context.isEmpty() && path.startsWith(context + "/") ? path.substring(context.length()) : path;
    }

    private <T> T at(Map<String, T> byPath, String path) {
        for (Map.Entry<String, T> entry : byPath.entrySet()) {
            if (belowContextRoot(entry.getKey()).equals(path)) {
                return entry.getValue();
            }
        }
        throw new AssertionError(path + " is not in the document: " + byPath.keySet());
    }

    private Map<String, JsonObject> operations() {
        Map<String, JsonObject> operations = new TreeMap<>();
        json.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() == JsonValue.ValueType.OBJECT) {
                operations.put(method.toUpperCase(Locale.ROOT) + " " + IsolationProbe.template(belowContextRoot(path)),
                        operation.asJsonObject());
            }
        }));
        return operations;
    }

    /**
     * Every resource method has its operation, with a summary, a schema for each body it reads and
     * for each answer that has content, and the shared refusals.
     */
    void documentsEveryResourceMethod() {
        Map<String, JsonObject> operations = operations();
        List<String> missing = new ArrayList<>();
        List<IsolationProbe.Endpoint> endpoints = IsolationProbe.endpoints(Deployments.war());
        assertTrue(endpoints.size() > 80, "found only " + endpoints.size() + " endpoints");
        for (IsolationProbe.Endpoint endpoint : endpoints) {
            String key = endpoint.method() + " " + IsolationProbe.template("/api/" + endpoint.template());
            JsonObject operation = operations.get(key);
            String problem = operation == null ? "not in the document" : problem(operation, key.contains(" api/public/"));
            if (problem != null) {
                missing.add(key + ": " + problem);
            }
        }
        assertEquals(List.of(), missing, "undocumented; documented: " + operations.keySet());
    }

    private static String problem(JsonObject operation, boolean publicPage) {
        if (operation.getString("summary", "").isBlank()) {
            return "no summary";
        }
        JsonObject responses = operation.getJsonObject("responses");
        if (responses == null || responses.keySet().stream().noneMatch(s -> s.startsWith("2"))) {
            return "no success response";
        }
        if (!responses.containsKey("401") && !publicPage) {
            return "no 401";
        }
        if (operation.containsKey("requestBody") && !allHaveSchemas(operation.getJsonObject("requestBody"))) {
            return "a request body without a schema";
        }
        for (var response : responses.entrySet()) {
            if (!allHaveSchemas(response.getValue().asJsonObject())) {
                return "response " + response.getKey() + " without a schema";
            }
        }
        return null;
    }

    private static boolean allHaveSchemas(JsonObject bodyOrResponse) {
        JsonObject content = bodyOrResponse.getJsonObject("content");
        return content == null || content.values().stream()
                .allMatch(media -> media.asJsonObject().containsKey("schema"));
    }

    /** Valid OpenAPI 3 (swagger-parser finds nothing to say), both schemes, the shared parts and examples. */
    void isValidOpenApi3WithBothSchemesAndTheSharedParts() {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text);
        // Payara adds its own top-level "endpoints" map (OpenAPIImpl), after the application's filter
        assertEquals(List.of(), parsed.getMessages().stream().filter(m -> !m.equals("attribute endpoints is unexpected"))
                .toList());
        var api = parsed.getOpenAPI();
        assertTrue(api.getOpenapi().startsWith("3."), api.getOpenapi());
        var schemes = api.getComponents().getSecuritySchemes();
        assertEquals("basic", schemes.get("basic").getScheme());
        assertEquals("bearer", schemes.get("bearer").getScheme());
        var error = api.getComponents().getSchemas().get("ApiError");
        assertEquals(List.of("error", "message"), error.getRequired());
        assertEquals("plan.notDraft", ((io.swagger.v3.oas.models.media.Schema<?>) error.getProperties().get("error"))
                .getExample());
        var newUnit = api.getComponents().getSchemas().get("NewUnitJson");
        assertTrue(newUnit != null, "no NewUnitJson in " + api.getComponents().getSchemas().keySet());
        var code = (io.swagger.v3.oas.models.media.Schema<?>) newUnit.getProperties().get("code");
        assertEquals(16, code.getMaxLength(), "the records' constraints are in their schemas");
        assertTrue(newUnit.getRequired().contains("code"), "required: " + newUnit.getRequired());

        var units = at(api.getPaths(), "/api/units").getGet();
        assertTrue(units.getResponses().containsKey("401"), "no 401 on GET /api/units");
        assertTrue(units.getResponses().get("200").getHeaders().containsKey("X-Total-Count"), "GET /api/units is a list");
        assertTrue(units.getParameters().stream().anyMatch(p -> "page".equals(p.getName())));
        var patchTask = at(api.getPaths(), "/api/tasks/{id}").getPatch();
        for (String status : new String[] {"400", "404", "409", "412", "413", "422"}) {
            assertTrue(patchTask.getResponses().containsKey(status), "PATCH /api/tasks/{id} has no " + status);
        }
        var publicSecurity = at(api.getPaths(), "/api/public/units/{code}").getGet().getSecurity();
        assertTrue(publicSecurity != null && publicSecurity.stream().allMatch(Map::isEmpty),
                "the public page needs no sign-in: " + publicSecurity);
    }

    /** Swagger UI from its WebJar, under its own policy without inline scripts, lists the operations. */
    static void rendersWithSwaggerUi(URL base) {
        Api.Reply page = Api.at(base).send(HttpRequest.newBuilder(Api.at(base).uri("api-docs/")).GET()).expect(200);
        String policy = page.header("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self';") && !policy.contains("unsafe"), policy);
        assertFalse(page.body().matches("(?s).*<script>.*"), "an inline script would be blocked");

        try (Browser browser = Browser.open(base)) {
            browser.go("api-docs/");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 80));
            assertTrue(browser.text(By.cssSelector(".info .title")).contains("dtiplan API"));
            browser.shoot("api-docs");
        }
    }
}
