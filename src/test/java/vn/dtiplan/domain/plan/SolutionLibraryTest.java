package vn.dtiplan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.UnitLevel;

class SolutionLibraryTest {

    private static SolutionLibrary.Entry entry(String unit, int year, String before, String after) {
        return new SolutionLibrary.Entry(unit, "Phường " + unit, year, unit.hashCode(), "Giải pháp " + unit, "Văn thư",
                "Thường xuyên", "IN_PROGRESS", before == null ? null : new BigDecimal(before),
                after == null ? null : new BigDecimal(after));
    }

    @Test
    void mostEffectiveFirstAndUnmeasuredLast() {
        SolutionLibrary.Entry small = entry("A", 2024, "1.5", "2");
        SolutionLibrary.Entry big = entry("B", 2024, "0.5", "3.5");
        SolutionLibrary.Entry worse = entry("C", 2024, "2", "1");
        SolutionLibrary.Entry noAfter = entry("D", 2024, "1", null);
        SolutionLibrary.Entry noBefore = entry("E", 2025, null, "4");
        List<SolutionLibrary.Entry> ranked = SolutionLibrary.ranked(List.of(noAfter, small, worse, noBefore, big));
        assertEquals(List.of(big, small, worse, noBefore, noAfter), ranked);
        assertEquals(new BigDecimal("3.0"), big.effect().orElseThrow());
        assertFalse(noAfter.measured());
        assertTrue(noAfter.effect().isEmpty());
    }

    @Test
    void equalEffectsGoByPointsReached() {
        SolutionLibrary.Entry low = entry("A", 2024, "0", "1");
        SolutionLibrary.Entry high = entry("B", 2024, "2", "3");
        assertEquals(List.of(high, low), SolutionLibrary.ranked(List.of(low, high)));
    }

    @Test
    void aPlanOfAYearIsMeasuredFromTheYearBeforeToItsYear() {
        assertEquals(2023, SolutionLibrary.yearBefore(2024));
        assertEquals(2024, SolutionLibrary.yearAfter(2024));
    }

    @Test
    void aWardReadsItsWholeProvinceAndNothingElse() {
        TenantScope ward = TenantScope.subtree(23, "1.5.23");
        assertEquals(TenantScope.subtree(1, "1"), SolutionSharing.readingScope(ward));
        assertEquals(TenantScope.subtree(1, "1"), SolutionSharing.readingScope(TenantScope.subtree(5, "1.5")));
        assertEquals(TenantScope.subtree(1, "1"), SolutionSharing.readingScope(TenantScope.subtree(1, "1")));
        assertFalse(SolutionSharing.readingScope(ward).covers("2.7.9"));
        assertTrue(SolutionSharing.readingScope(ward).covers("1.6.30"));
        assertTrue(SolutionSharing.readingScope(TenantScope.none()).isNone());
        assertTrue(SolutionSharing.readingScope(TenantScope.system()).isAll());
    }

    @Test
    void aSuccessorAlsoReadsItsPredecessorsProvince() {
        TenantScope merged = TenantScope.subtree(40, "9.40", List.of("1.5.23"));
        TenantScope reading = SolutionSharing.readingScope(merged);
        assertTrue(reading.covers("9.41"));
        assertTrue(reading.covers("1.5.24"));
        assertFalse(reading.covers("2.3"));
    }

    @Test
    void onlyIssuedWorkIsShared() {
        Plan city = PlanFixtures.plan(PlanFixtures.CITY, "1/KH", null);
        Task cascading = PlanFixtures.task(city, 1, "Tuyên truyền", "Thường xuyên", true);
        Task draftTask = PlanFixtures.task(PlanFixtures.plan(PlanFixtures.WARDS.get(0), "2/KH", null), 1, "Nháp",
                "Thường xuyên", false);
        assertFalse(SolutionSharing.shares(draftTask), "a draft plan's task");
        List<InheritedTask> copies = PlanFixtures.issue(city, List.of(cascading), List.of());
        assertTrue(SolutionSharing.shares(cascading), "an issued plan's task");
        InheritedTask pending = copies.get(0);
        assertFalse(SolutionSharing.shares(pending), "a pending copy");
        InheritedTask adopted = copies.get(1);
        adopted.decide(new Decision(DecisionAction.ADOPT, null, null, null, null, null, "p", Instant.now()));
        assertTrue(SolutionSharing.shares(adopted), "an adopted copy");
        InheritedTask declined = copies.get(2);
        declined.decide(new Decision(DecisionAction.DECLINE, null, null, null, "đã làm", null, "p", Instant.now()));
        assertFalse(SolutionSharing.shares(declined), "a declined copy");
        assertTrue(SolutionSharing.scoredOn(UnitLevel.WARD, UnitLevel.WARD));
        assertFalse(SolutionSharing.scoredOn(UnitLevel.CITY, UnitLevel.WARD));
        assertEquals(LocalDate.of(2024, 5, 13), PlanFixtures.MAY_13);
    }
}
