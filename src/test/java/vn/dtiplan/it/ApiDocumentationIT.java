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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API documents itself (issue 18): {@code /openapi} names every resource method of the WAR
 * (found by reflection as {@link IsolationProbe} finds them, so a new one cannot go undocumented)
 * with a summary and responses, parses as OpenAPI 3 without a message, has the Basic and Bearer
 * schemes and the shared error and paging parts; {@code /api-docs/} renders it with Swagger UI.
 * Runs on a server of its own with the demo's pre-boot file (failsafe execution
 * {@code it-openapi}, tag {@value #TAG}): production's closes {@code /openapi}, as
 * {@link HardeningIT} checks.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(ApiDocumentationIT.TAG)
@Disabled("Payara 6.2025.10 fails to build /openapi (500, NPE in ApplicationProcessor.addSchemaParameter) for any "
        + "parameter with a bean-validation constraint that is not a @PathParam, e.g. the request records' @Size; "
        + "enable once /openapi answers (see docs/architecture.md, 'The API documents itself')")
class ApiDocumentationIT {

    static final String TAG = "openapi";

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private String document() {
        Api api = Api.at(base);
        URI uri = api.uri("").resolve("/openapi?format=JSON");
        return api.send(HttpRequest.newBuilder(uri).header("Accept", "application/json").GET()).expect(200).body();
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

    @Test
    void everyResourceMethodIsDocumentedWithASummaryAndResponses() {
        JsonObject paths = Json.createReader(new StringReader(document())).readObject().getJsonObject("paths");
        Map<String, JsonObject> operations = new TreeMap<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() == JsonValue.ValueType.OBJECT) {
                operations.put(method.toUpperCase(Locale.ROOT) + " " + IsolationProbe.template(belowContextRoot(path)),
                        operation.asJsonObject());
            }
        }));
        List<String> missing = new ArrayList<>();
        List<IsolationProbe.Endpoint> endpoints = IsolationProbe.endpoints(Deployments.war());
        assertTrue(endpoints.size() > 80, "found only " + endpoints.size() + " endpoints");
        for (IsolationProbe.Endpoint endpoint : endpoints) {
            String key = endpoint.method() + " /api/" + endpoint.template().replaceAll("^/+", "").replace("//", "/");
            JsonObject operation = operations.get(key.endsWith("/") ? key.substring(0, key.length() - 1) : key);
            if (operation == null || operation.getString("summary", "").isBlank()
                    || !operation.containsKey("responses") || operation.getJsonObject("responses").isEmpty()) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, "undocumented; documented: " + operations.keySet());
    }

    @Test
    void theDocumentIsValidOpenApi3WithBothSchemesAndTheSharedParts() {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document());
        assertEquals(List.of(), parsed.getMessages());
        var api = parsed.getOpenAPI();
        assertTrue(api.getOpenapi().startsWith("3."), api.getOpenapi());
        var schemes = api.getComponents().getSecuritySchemes();
        assertEquals("basic", schemes.get("basic").getScheme());
        assertEquals("bearer", schemes.get("bearer").getScheme());
        assertEquals(List.of("error", "message"), api.getComponents().getSchemas().get("ApiError").getRequired());

        var units = at(api.getPaths(), "/api/units").getGet();
        assertTrue(units.getResponses().containsKey("401"), "no 401 on GET /api/units");
        assertTrue(units.getResponses().get("200").getHeaders().containsKey("X-Total-Count"), "GET /api/units is a list");
        assertTrue(units.getParameters().stream().anyMatch(p -> "page".equals(p.getName())));
        var patchTask = at(api.getPaths(), "/api/tasks/{id}").getPatch();
        for (String status : new String[] {"400", "404", "409", "412", "413", "422"}) {
            assertTrue(patchTask.getResponses().containsKey(status), "PATCH /api/tasks/{id} has no " + status);
        }
        assertEquals(List.of(), at(api.getPaths(), "/api/public/units/{code}").getGet().getSecurity(),
                "the public page needs no sign-in");
    }

    @Test
    void theApiPageRendersTheOperationsWithSwaggerUi() {
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
