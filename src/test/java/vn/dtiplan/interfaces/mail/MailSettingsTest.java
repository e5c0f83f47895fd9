package vn.dtiplan.interfaces.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static MailSettings of(Map<String, String> values) {
        return MailSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void mailIsOffUnlessAHostIsSet() {
        MailSettings none = of(Map.of("dtiplan.mail.host", "  "));
        assertFalse(none.enabled());
        assertNull(none.link("/app/reports.xhtml"), "no base URL, no link");
    }

    @Test
    void aConfiguredServerGivesSessionPropertiesAndLinks() {
        MailSettings smtp = of(Map.of("dtiplan.mail.host", "smtp.brvt.gov.vn", "dtiplan.mail.port", "25",
                "dtiplan.mail.user", "dtiplan", "dtiplan.mail.starttls", "false",
                "dtiplan.mail.base-url", "https://dtiplan.brvt.gov.vn/"));
        assertTrue(smtp.enabled());
        assertTrue(smtp.authenticated());
        assertEquals("smtp.brvt.gov.vn", smtp.sessionProperties().get("mail.smtp.host"));
        assertEquals("25", smtp.sessionProperties().get("mail.smtp.port"));
        assertEquals("false", smtp.sessionProperties().get("mail.smtp.starttls.enable"));
        assertEquals("10000", smtp.sessionProperties().get("mail.smtp.timeout"));
        assertEquals("https://dtiplan.brvt.gov.vn/app/reports.xhtml", smtp.link("/app/reports.xhtml"));
        assertEquals("dtiplan@localhost", smtp.from());
    }
}
