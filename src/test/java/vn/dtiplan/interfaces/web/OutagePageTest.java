package vn.dtiplan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class OutagePageTest {

    @Test
    void theRetryLinkStaysInTheApplication() {
        assertEquals("/app/plan.xhtml?id=5&tab=2", OutagePage.safePage("/app/plan.xhtml?id=5&tab=2"));
        for (String other : new String[] {"//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)",
            "/app/../../etc", "/app/\"onmouseover=x", null, ""}) {
            assertEquals("/app/home.xhtml", OutagePage.safePage(other), other);
        }
    }

    @Test
    void thePageSpeaksTheUsersLanguage() {
        String vi = OutagePage.html(Locale.forLanguageTag("vi"), "/dtiplan", "/app/inbox.xhtml");
        assertTrue(vi.contains("Vui lòng thử lại sau giây lát"), vi);
        assertTrue(vi.contains("href=\"/dtiplan/app/inbox.xhtml\">Thử lại</a>"), vi);
        String en = OutagePage.html(Locale.ENGLISH, "", "/app/inbox.xhtml");
        assertTrue(en.contains("Please try again in a moment"), en);
    }
}
