package vn.dtiplan.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.progress.ReportingPeriod.Frequency;

class OnTimeRateTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 7, 10);

    private static PeriodicReport report(int month) {
        return new PeriodicReport(1L, "1.5.7",
                ReportingPeriod.containing(Frequency.MONTHLY, LocalDate.of(2024, month, 1), 20), "x");
    }

    /** Submitted at 09:00 Vietnam time on the given day. */
    private static Instant at(int month, int day) {
        return Instant.parse(String.format("2024-%02d-%02dT02:00:00Z", month, day));
    }

    @Test
    void countsReportsDueOrSubmittedAndTheShareOnTime() {
        PeriodicReport april = report(4);
        april.submit("p", at(4, 20), List.of());
        PeriodicReport may = report(5);
        may.submit("p", at(5, 22), List.of());
        PeriodicReport june = report(6);
        PeriodicReport july = report(7);

        OnTimeRate rate = OnTimeRate.of(List.of(april, may, june, july), TODAY);
        assertEquals(new OnTimeRate(1, 3), rate, "June is overdue and unsent; July is not due yet");
        assertEquals(33, rate.percent());

        july.submit("p", at(7, 9), List.of());
        assertEquals(new OnTimeRate(2, 4), OnTimeRate.of(List.of(april, may, june, july), TODAY));
        assertEquals(50, OnTimeRate.of(List.of(april, may, june, july), TODAY).percent());
    }

    @Test
    void aReturnedReportKeepsItsFirstSubmissionAndNothingCountedHasNoRate() {
        PeriodicReport may = report(5);
        may.submit("p", at(5, 20), List.of());
        may.returnToUnit("city", at(5, 25), "Bổ sung");
        assertEquals(new OnTimeRate(1, 2), OnTimeRate.of(List.of(may), TODAY), "May on time; June, due 20/6, has no report");
        assertNull(OnTimeRate.of(List.of(report(7)), TODAY).percent());
    }

    @Test
    void aPeriodWithNoReportAfterTheFirstCountsAsLateUntilItIsDraftedAndSent() {
        PeriodicReport april = report(4);
        april.submit("p", at(4, 20), List.of());
        PeriodicReport may = report(5);
        may.submit("p", at(5, 20), List.of());
        assertEquals(new OnTimeRate(2, 3), OnTimeRate.of(List.of(april, may), TODAY), "June has no report and is late");
        assertEquals(List.of(report(6).period()), OnTimeRate.missing(List.of(april.state(), may.state()), TODAY));

        PeriodicReport june = report(6);
        june.submit("p", at(7, 2), List.of());
        assertEquals(new OnTimeRate(2, 3), OnTimeRate.of(List.of(april, may, june), TODAY), "drafted and sent late");
        assertEquals(List.of(), OnTimeRate.missing(List.of(april.state(), may.state(), june.state()), TODAY));
    }

    @Test
    void missingPeriodsAreCountedPerFrequencyFromTheFirstReportOn() {
        PeriodicReport march = report(3);
        march.submit("p", at(3, 19), List.of());
        PeriodicReport quarter = new PeriodicReport(1L, "1.5.7",
                ReportingPeriod.containing(Frequency.QUARTERLY, LocalDate.of(2024, 1, 10), 20), "x");
        quarter.submit("p", at(3, 20), List.of());
        List<ReportingPeriod> missing = OnTimeRate.missing(List.of(march.state(), quarter.state()), TODAY);
        assertEquals(List.of(report(6).period(), report(5).period(), report(4).period(),
                ReportingPeriod.containing(Frequency.QUARTERLY, LocalDate.of(2024, 4, 10), 20)).size(), missing.size(), missing.toString());
        assertEquals(new OnTimeRate(2, 6), OnTimeRate.of(List.of(march, quarter), TODAY));
    }
}
