package vn.dtiplan.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {

    private static final String HOST = "dtiplan.example.gov.vn";

    @Test
    void scriptsWithoutBrowserHeadersPassWithAnyContentTypeOrNone() {
        assertEquals(Optional.empty(), CrossSiteRequests.refusal("POST", null, null, HOST, null, false));
        assertEquals(Optional.empty(), CrossSiteRequests.refusal("POST", null, null, HOST, "application/x-www-form-urlencoded", false));
        assertEquals(Optional.empty(), CrossSiteRequests.refusal("PATCH", null, null, HOST, "application/json", true));
        assertEquals(Optional.empty(), CrossSiteRequests.refusal("POST", null, null, HOST, "application/octet-stream", true));
    }

    @Test
    void aBrowserOnAnotherSiteIsRefusedOnStateChangesOnly() {
        assertEquals(Optional.of(CrossSiteRequests.CROSS_SITE),
                CrossSiteRequests.refusal("POST", "https://evil.example", null, HOST, null, false));
        assertEquals(Optional.of(CrossSiteRequests.CROSS_SITE),
                CrossSiteRequests.refusal("DELETE", "null", null, HOST, null, false));
        assertEquals(Optional.of(CrossSiteRequests.CROSS_SITE),
                CrossSiteRequests.refusal("PUT", null, "cross-site", HOST, "application/json", true));
        assertEquals(Optional.of(CrossSiteRequests.CROSS_SITE),
                CrossSiteRequests.refusal("POST", null, "same-site", HOST, null, false));
        assertEquals(Optional.empty(), CrossSiteRequests.refusal("GET", "https://evil.example", "cross-site", HOST, null, false));
    }

    @Test
    void theSameOriginPassesBehindATlsProxyAndOnAnExplicitPort() {
        assertEquals(Optional.empty(), CrossSiteRequests.refusal("POST", "https://" + HOST, "same-origin", HOST, null, false));
        assertTrue(CrossSiteRequests.sameOrigin("http://127.0.0.1:8080", "127.0.0.1:8080"));
        assertFalse(CrossSiteRequests.sameOrigin("http://127.0.0.1:9090", "127.0.0.1:8080"));
        assertFalse(CrossSiteRequests.sameOrigin("https://" + HOST + ".evil.example", HOST));
        assertFalse(CrossSiteRequests.sameOrigin("https://" + HOST, null));
    }

    @Test
    void aBodyAPlainFormCanSendIsRefused() {
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded; charset=UTF-8", "multipart/form-data; boundary=x"}) {
            assertEquals(Optional.of(CrossSiteRequests.FORM_BODY), CrossSiteRequests.refusal("POST", null, null, HOST, type, true), type);
        }
    }
}
