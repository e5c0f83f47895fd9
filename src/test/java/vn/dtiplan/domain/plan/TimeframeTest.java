package vn.dtiplan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dtiplan.domain.unit.UnitLevel;

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
    void dailyHasNoDueDate() {
        assertEquals(TimeframeKind.DAILY, Timeframe.parse("Hằng ngày").kind());
        assertTrue(due("Hằng ngày", MAY_13).isEmpty(), "one due date per task: a daily task has none");
    }

    /**
     * Every timeframe phrase of the seeds (shared/seeds, diacritics restored where the OCR lost them),
     * of issue 16 and of the user guides, with the kind read and the due date counted from 13/5/2024
     * (the plan's date; empty: no due date). docs/user-guide/thanh-pho.md lists the same phrases.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thường xuyên                                                 | ONGOING     |
            Thường xuyên.                                                | ONGOING     |
            thường xuyên                                                 | ONGOING     |
            Hàng ngày.                                                   | DAILY       |
            Hằng ngày                                                    | DAILY       |
            trong năm 2024.                                              | YEAR        | 2024-12-31
            Năm 2024                                                     | YEAR        | 2024-12-31
            Quý II năm 2024                                              | QUARTER     | 2024-06-30
            Quý II/2024                                                  | QUARTER     | 2024-06-30
            Quý I/2024                                                   | QUARTER     | 2024-03-31
            Trong quý I/2024, khi có chỉ đạo của Trung ương, tỉnh, TP    | QUARTER     | 2024-03-31
            Trước Quý I/2024                                             | QUARTER     | 2024-03-31
            Trước Quý II/2024                                            | QUARTER     | 2024-06-30
            Trước ngày 01/10/2024                                        | DATE        | 2024-10-01
            Xong trước ngày 01/10/2024                                   | DATE        | 2024-10-01
            Trước ngày 29/02/2024                                        | DATE        | 2024-02-29
            trước 15/10/2024                                             | DATE        | 2024-10-15
            Trước 30/6/2031                                              | DATE        | 2031-06-30
            Trong tháng 02/2024                                          | DATE        | 2024-02-29
            Tháng 3 đến tháng 10/2024                                    | DATE        | 2024-10-31
            Từ tháng 3 đến tháng 10/2024                                 | DATE        | 2024-10-31
            Trước ngày 20 hằng tháng                                     | MONTHLY     | 2024-05-20
            Ít nhất 1 cuộc/ Quý                                          | QUARTERLY   | 2024-06-30
            Hằng quý                                                     | QUARTERLY   | 2024-06-30
            Quý I và Quý III                                             | QUARTERS    | 2024-09-30
            6 tháng đầu năm                                              | YEARLY      | 2024-06-30
            6 tháng cuối năm                                             | YEARLY      | 2024-12-31
            6 tháng đầu năm 2025                                         | DATE        | 2025-06-30
            6 tháng một lần                                              | HALF_YEARLY | 2024-06-30
            Trước ngày 20/01 hằng năm                                    | YEARLY      | 2025-01-20
            Hằng năm                                                     | YEARLY      | 2024-12-31
            Ban hành sau 07 ngày từ khi có Kế hoạch của UBND Tỉnh        | WITHIN_DAYS | 2024-05-20
            Sau 07 ngày kể từ khi có Kế hoạch của UBND tỉnh              | WITHIN_DAYS | 2024-05-20
            Trong vòng 07 ngày kể từ ngày Kế hoạch của tỉnh ban hành     | WITHIN_DAYS | 2024-05-20
            Vào khoảng thời gian họp HĐND thành phố trong năm            | AS_WRITTEN  |
            Khi có yêu cầu                                               | AS_WRITTEN  |
            Khi tổ chức hội nghị hoặc ban hành văn bản                   | AS_WRITTEN  |
            Kiện toàn kịp thời khi có sự thay đổi                        | AS_WRITTEN  |
            Tham gia khi có triệu tập                                    | AS_WRITTEN  |
            Thực hiện theo chỉ đạo của Bộ, tỉnh, thành phố               | AS_WRITTEN  |
            Đã ban hành                                                  | AS_WRITTEN  |
            """)
    void everyPhraseOfTheSeedsAndGuides(String words, TimeframeKind kind, LocalDate due) {
        Timeframe read = Timeframe.parse(words);
        assertEquals(kind, read.kind());
        assertEquals(Optional.ofNullable(due), read.dueFrom(MAY_13));
    }

    @Test
    void aRecurringTaskIsDueAgainAtTheEndOfThePeriodAfterTheOneReported() {
        Timeframe yearly = Timeframe.parse("Trước ngày 20/01 hằng năm");
        LocalDate due = LocalDate.of(2025, 1, 20);
        assertEquals(LocalDate.of(2026, 1, 20), yearly.dueAfterReport(LocalDate.of(2025, 1, 5), due, null));
        assertEquals(LocalDate.of(2027, 1, 20), yearly.dueAfterReport(LocalDate.of(2025, 3, 1), due, null),
                "a late report covers the period it falls in");
        assertEquals(LocalDate.of(2026, 1, 20), yearly.dueAfterReport(LocalDate.of(2025, 1, 6), LocalDate.of(2026, 1, 20),
                null), "a second report in the same period moves nothing");
        assertNull(yearly.dueAfterReport(LocalDate.of(2025, 1, 5), due, LocalDate.of(2025, 12, 31)),
                "no due date after the plan's last year");
        Timeframe quarters = Timeframe.parse("Quý I và Quý III");
        assertEquals(LocalDate.of(2025, 3, 31), quarters.dueAfterReport(LocalDate.of(2024, 9, 1),
                LocalDate.of(2024, 9, 30), null));
        Timeframe monthly = Timeframe.parse("Trước ngày 20 hằng tháng");
        assertEquals(LocalDate.of(2024, 6, 20), monthly.dueAfterReport(MAY_13, LocalDate.of(2024, 5, 20), null));
        assertEquals(LocalDate.of(2024, 12, 31), Timeframe.parse("Quý II/2024").dueAfterReport(MAY_13,
                LocalDate.of(2024, 12, 31), null), "a one-off due date stays");
    }

    @Test
    void withinDaysOfANamedPlanCountsFromThatPlan() {
        assertEquals(Optional.of(UnitLevel.PROVINCE),
                Timeframe.parse("Sau 07 ngày kể từ khi có Kế hoạch của UBND tỉnh").anchorLevel());
        assertEquals(Optional.of(UnitLevel.CITY),
                Timeframe.parse("Trong vòng 10 ngày kể từ ngày Kế hoạch của UBND thành phố ban hành").anchorLevel());
        assertTrue(Timeframe.parse("Trong vòng 07 ngày").anchorLevel().isEmpty());
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
