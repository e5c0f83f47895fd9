package vn.dtiplan.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.RecordNotFoundException;

class EvidenceTest {

    private static final Instant AT = Instant.parse("2026-12-05T02:00:00Z");

    private static Evidence uploadedBy(String user) {
        return Evidence.file(7, "1.2.3", new EvidencePolicy.AcceptedFile("bien-ban.pdf", "application/pdf", 4),
                new byte[] {1, 2, 3, 4}, user, AT);
    }

    @Test
    void itsUploaderRemovesItWhileTheTaskIsOpenAndTheRemovalIsKept() {
        Evidence evidence = uploadedBy("can.bo");
        evidence.remove("can.bo", AT.plusSeconds(60), false);
        assertTrue(evidence.isRemoved());
        assertEquals("bien-ban.pdf", evidence.getName(), "the item itself is kept for the trail");
        assertThrows(RecordNotFoundException.class, () -> evidence.remove("can.bo", AT.plusSeconds(120), false),
                "removed once");
    }

    @Test
    void someoneElseCannotRemoveIt() {
        Evidence evidence = uploadedBy("can.bo");
        assertEquals("evidence.remove.notUploader", assertThrows(DomainRuleException.class,
                () -> evidence.remove("nguoi.khac", AT, false)).messageKey());
        assertEquals("evidence.remove.notUploader", assertThrows(DomainRuleException.class,
                () -> evidence.remove(null, AT, false)).messageKey());
        assertFalse(evidence.isRemoved());
    }

    @Test
    void evidenceOfADoneTaskStays() {
        Evidence evidence = uploadedBy("can.bo");
        assertEquals("evidence.remove.taskDone", assertThrows(DomainRuleException.class,
                () -> evidence.remove("can.bo", AT, true)).messageKey());
        assertFalse(evidence.isRemoved());
    }
}
