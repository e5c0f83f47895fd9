package vn.dtiplan.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;

class EvidencePolicyTest {

    private static final byte[] PDF_HEAD = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ELF_HEAD = {0x7F, 'E', 'L', 'F'};
    private final EvidencePolicy policy = new EvidencePolicy(1024);

    @Test
    void acceptsAPdfAndKeepsItsVietnameseName() {
        EvidencePolicy.AcceptedFile file = policy.accept("Báo cáo tháng 6.pdf", 900, PDF_HEAD);
        assertEquals("Báo_cáo_tháng_6.pdf", file.name());
        assertEquals("application/pdf", file.contentType());
    }

    @Test
    void refusesARenamedExecutableAndUnknownTypes() {
        assertEquals("evidence.type", assertThrows(DomainRuleException.class,
                () -> policy.accept("bao-cao.pdf", 10, ELF_HEAD)).messageKey());
        assertEquals("evidence.type", assertThrows(DomainRuleException.class,
                () -> policy.accept("script.sh", 10, PDF_HEAD)).messageKey());
        assertEquals("evidence.type", assertThrows(DomainRuleException.class,
                () -> policy.accept("no-extension", 10, PDF_HEAD)).messageKey());
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertEquals("evidence.empty", assertThrows(DomainRuleException.class,
                () -> policy.accept("a.pdf", 0, PDF_HEAD)).messageKey());
        assertEquals("evidence.tooLarge", assertThrows(DomainRuleException.class,
                () -> policy.accept("a.pdf", 1025, PDF_HEAD)).messageKey());
    }

    @Test
    void sanitisedNamesLoseEveryPathAndSpecialCharacter() {
        assertEquals("passwd", EvidencePolicy.sanitise("../../etc/passwd"));
        assertEquals("x.pdf", EvidencePolicy.sanitise("C:\\Users\\a\\x.pdf"));
        assertEquals("a_b_.pdf", EvidencePolicy.sanitise("a;b$`.pdf"));
        assertEquals("minh-chung", EvidencePolicy.sanitise(".."));
        assertEquals("minh-chung", EvidencePolicy.sanitise(null));
        assertEquals("Phường_2.pdf", EvidencePolicy.sanitise("Phu\u031Bo\u031B\u0300ng 2.pdf"));
        String longName = EvidencePolicy.sanitise("a".repeat(300) + ".docx");
        assertEquals(120, longName.length());
        assertEquals(true, longName.endsWith(".docx"));
    }
}
