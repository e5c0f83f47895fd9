package vn.dtiplan.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void everyResponseRefusesSniffingFramingAndForeignReferrers() {
        for (String path : new String[] {"/app/home.xhtml", "/api", "/resources/css/dtiplan.css"}) {
            Map<String, String> headers = SecurityHeaders.of(path, false);
            assertEquals("nosniff", headers.get("X-Content-Type-Options"));
            assertEquals("same-origin", headers.get("Referrer-Policy"));
            assertTrue(headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
            assertFalse(headers.containsKey("Strict-Transport-Security"), path);
        }
        assertTrue(SecurityHeaders.of("/api/units", false).get("Content-Security-Policy").startsWith("default-src 'none'"));
        assertFalse(SecurityHeaders.of("/app/home.xhtml", false).get("Content-Security-Policy").contains("script-src"),
                "the page's script rule is PrimeFaces' nonce policy");
    }

    @Test
    void hstsOnlyOverTlsOrFromATrustedProxy() {
        assertTrue(SecurityHeaders.of("/", SecurityHeaders.tls(true, null, false)).containsKey("Strict-Transport-Security"));
        assertTrue(SecurityHeaders.tls(false, "https", true));
        assertFalse(SecurityHeaders.tls(false, "https", false), "a client can send the header itself");
        assertFalse(SecurityHeaders.tls(false, "http", true));
        assertFalse(SecurityHeaders.tls(false, null, true));
    }

    @Test
    void withSingleSignOnFormsMayLeadToTheProviderAndNowhereElse() {
        String origin = SecurityHeaders.origin("https://sso.example.gov.vn:8443/realms/tinh");
        assertEquals("https://sso.example.gov.vn:8443", origin);
        assertTrue(SecurityHeaders.of("/app/home.xhtml", false, origin).get("Content-Security-Policy")
                .endsWith("form-action 'self' https://sso.example.gov.vn:8443"));
        assertTrue(SecurityHeaders.of("/login.xhtml", false, null).get("Content-Security-Policy")
                .endsWith("form-action 'self'"));
        assertTrue(SecurityHeaders.of("/api/units", false, origin).get("Content-Security-Policy")
                .startsWith("default-src 'none'"));
        assertEquals("http://127.0.0.1:9000", SecurityHeaders.origin("http://127.0.0.1:9000/tinh"));
        assertEquals(null, SecurityHeaders.origin("javascript:alert(1)"));
        assertEquals(null, SecurityHeaders.origin(" "));
        assertEquals(null, SecurityHeaders.origin("https://a b"));
    }

    @Test
    void theApiPageRunsSwaggerUiFromTheSiteWithoutInlineScript() {
        for (String path : new String[] {"/api-docs/", "/api-docs/init.js", "/webjars/swagger-ui/5.35.0/swagger-ui-bundle.js"}) {
            String policy = SecurityHeaders.of(path, false).get("Content-Security-Policy");
            assertTrue(policy.contains("script-src 'self';"), path + ": " + policy);
            assertTrue(policy.contains("style-src 'self';"), path + ": " + policy);
            assertTrue(policy.contains("connect-src 'self'"), "Swagger UI fetches /openapi: " + policy);
            assertFalse(policy.contains("unsafe"), policy);
            assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        }
        assertFalse(SecurityHeaders.of("/webjars/other/x.js", false).get("Content-Security-Policy").contains("script-src"));
    }
}
