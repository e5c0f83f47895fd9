package vn.dtiplan.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordTypeTest {

    @Test
    void aPathSegmentNamesATypeInAnyCaseAndAnythingElseNone() {
        assertEquals(Optional.of(RecordType.PLAN), RecordType.parse("plan"));
        assertEquals(Optional.of(RecordType.ASSESSMENT), RecordType.parse("ASSESSMENT"));
        assertEquals(Optional.empty(), RecordType.parse("plans"));
        assertEquals(Optional.empty(), RecordType.parse(null));
    }
}
