package vn.dtiplan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeframeTest {

    private static final LocalDate MAY_13 = LocalDate.of(2024, 5, 13);

    private static Optional<LocalDate> due(String words, LocalDate from) {
        return Timeframe.parse(words).dueFrom(from);
    }

    @Test
    void ongoingHasNoDueDateAndKeepsItsWords() {
        Timeframe t = Timeframe.parse("  Thường   xuyên ");
        assertEquals(TimeframeKind.ONGOING, t.kind());
        assertEquals("Thường xuyên", t.words());
        assertTrue(t.dueFrom(MAY_13).isEmpty());
    }

    @Test
    void dailyIsDueTheDayAsked() {
        assertEquals(TimeframeKind.DAILY, Timeframe.parse("Hằng ngày").kind());
        assertEquals(Optional.of(MAY_13), due("Hằng ngày", MAY_13));
    }

    @Test
    void monthlyOnTheTwentiethIsTheNextTwentieth() {
        assertEquals(Optional.of(LocalDate.of(2024, 5, 20)), due("Trước ngày 20 hằng tháng", MAY_13));
        assertEquals(Optional.of(LocalDate.of(2024, 6, 20)), due("Trước ngày 20 hằng tháng", LocalDate.of(2024, 5, 21)));
        assertEquals(Optional.of(LocalDate.of(2024, 5, 20)), due("truoc ngay 20 hang thang", LocalDate.of(2024, 5, 20)));
    }

    @Test
    void monthlyWithoutADayIsDueAtMonthEnd() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), due("Hằng tháng", LocalDate.of(2024, 2, 3)));
    }

    @Test
    void aQuarterIsDueOnItsLastDay() {
        assertEquals(TimeframeKind.QUARTER, Timeframe.parse("Quý II/2024").kind());
        assertEquals(Optional.of(LocalDate.of(2024, 6, 30)), due("Quý II/2024", MAY_13));
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), due("Quý IV năm 2024", MAY_13));
        assertEquals(Optional.of(LocalDate.of(2024, 9, 30)), due("Hằng quý", LocalDate.of(2024, 8, 1)));
    }

    @Test
    void aDateWithOrWithoutTruocIsThatDay() {
        assertEquals(Optional.of(LocalDate.of(2031, 6, 30)), due("Trước 30/6/2031", MAY_13));
        assertEquals(Optional.of(LocalDate.of(2024, 10, 15)), due("15/10/2024", MAY_13));
        assertEquals(Optional.of(LocalDate.of(2024, 6, 30)), due("Tháng 6/2024", MAY_13));
    }

    @Test
    void withinDaysCountsFromTheAnchor() {
        Timeframe t = Timeframe.parse("Trong vòng 07 ngày kể từ ngày Kế hoạch của tỉnh ban hành");
        assertEquals(TimeframeKind.WITHIN_DAYS, t.kind());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 20)), t.dueFrom(MAY_13));
    }

    @Test
    void afterNDaysIsWithinNDays() {
        Timeframe t = Timeframe.parse("Ban hành sau 07 ngày từ khi có Kế hoạch của UBND tỉnh");
        assertEquals(TimeframeKind.WITHIN_DAYS, t.kind());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 20)), t.dueFrom(MAY_13));
    }

    @Test
    void aYearIsDueOnItsLastDay() {
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), due("Năm 2024", MAY_13));
    }

    @Test
    void unknownWordsAreKeptWithoutADueDate() {
        Timeframe t = Timeframe.parse("Trong thời gian diễn ra Hội chợ");
        assertEquals(TimeframeKind.AS_WRITTEN, t.kind());
        assertEquals("Trong thời gian diễn ra Hội chợ", t.words());
        assertTrue(t.dueFrom(MAY_13).isEmpty());
    }

    @Test
    void anImpossibleDateIsNotInvented() {
        assertEquals(TimeframeKind.AS_WRITTEN, Timeframe.parse("Trước 31/2/2024").kind());
    }

    @Test
    void recurringKindsAreRecurring() {
        assertTrue(TimeframeKind.MONTHLY.isRecurring());
        assertTrue(!TimeframeKind.QUARTER.isRecurring());
    }
}
