package vn.dtiplan.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;

class ProgressTest {

    @Test
    void percentFollowsStatusWhenMissing() {
        assertEquals(100, Progress.of(ProgressStatus.DONE, null, null).percent());
        assertEquals(0, Progress.of(ProgressStatus.NOT_STARTED, null, " ").percent());
        assertNull(Progress.of(ProgressStatus.NOT_STARTED, null, " ").note());
    }

    @Test
    void inProgressNeedsAPercentStrictlyBetween() {
        assertEquals("progress.percent.required",
                assertThrows(DomainRuleException.class, () -> Progress.of(ProgressStatus.IN_PROGRESS, null, null)).messageKey());
        assertEquals("progress.percent.status",
                assertThrows(DomainRuleException.class, () -> Progress.of(ProgressStatus.IN_PROGRESS, 100, null)).messageKey());
        assertEquals(40, Progress.of(ProgressStatus.IN_PROGRESS, 40, "  đang làm ").percent());
        assertEquals("đang làm", Progress.of(ProgressStatus.IN_PROGRESS, 40, "  đang làm ").note());
    }

    @Test
    void doneIsAlwaysAHundredPercent() {
        assertEquals("progress.percent.status",
                assertThrows(DomainRuleException.class, () -> Progress.of(ProgressStatus.DONE, 40, null)).messageKey());
        assertEquals("progress.percent.status",
                assertThrows(DomainRuleException.class, () -> Progress.of(ProgressStatus.NOT_STARTED, 10, null)).messageKey());
    }

    @Test
    void refusesPercentOutOfRangeAndMissingStatus() {
        assertEquals("progress.percent.range",
                assertThrows(DomainRuleException.class, () -> Progress.of(ProgressStatus.IN_PROGRESS, 101, null)).messageKey());
        assertEquals("progress.percent.range",
                assertThrows(DomainRuleException.class, () -> Progress.of(ProgressStatus.IN_PROGRESS, -1, null)).messageKey());
        assertEquals("progress.status.required",
                assertThrows(DomainRuleException.class, () -> Progress.of(null, 10, null)).messageKey());
        assertEquals("progress.note.tooLong", assertThrows(DomainRuleException.class,
                () -> Progress.of(ProgressStatus.IN_PROGRESS, 10, "x".repeat(Progress.MAX_NOTE + 1))).messageKey());
    }
}
