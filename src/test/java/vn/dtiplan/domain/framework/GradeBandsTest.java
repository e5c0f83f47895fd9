package vn.dtiplan.domain.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.domain.framework.Frameworks.d;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.unit.UnitLevel;

class GradeBandsTest {

    private final Frameworks units = new Frameworks();

    private static List<GradeBand> par() {
        return List.of(new GradeBand(d("90"), "Xuất sắc"), new GradeBand(d("50"), "Trung bình"),
                new GradeBand(d("80"), "Tốt"), new GradeBand(d("65"), "Khá"));
    }

    @Test
    void aTotalEarnsTheHighestBandItReachesAndNothingBelowTheLowest() {
        List<GradeBand> bands = GradeBands.checked(par(), d("100"));
        assertEquals("Xuất sắc", GradeBands.grade(bands, d("90")).orElseThrow());
        assertEquals("Tốt", GradeBands.grade(bands, d("89.9999")).orElseThrow());
        assertEquals("Khá", GradeBands.grade(bands, d("65")).orElseThrow());
        assertEquals("Trung bình", GradeBands.grade(bands, d("50.5")).orElseThrow());
        assertTrue(GradeBands.grade(bands, d("49")).isEmpty());
        assertTrue(GradeBands.grade(bands, null).isEmpty());
        assertTrue(GradeBands.grade(List.of(), d("99")).isEmpty());
        assertEquals(List.of("Trung bình", "Khá", "Tốt", "Xuất sắc"), bands.stream().map(GradeBand::getLabel).toList());
    }

    @Test
    void bandsStartAtDistinctTotalsWithinTheMaximumAndHaveALabel() {
        assertEquals("framework.band.duplicate", assertThrows(DomainRuleException.class, () -> GradeBands.checked(
                List.of(new GradeBand(d("90"), "Xuất sắc"), new GradeBand(d("90.0"), "Tốt")), d("100"))).messageKey());
        assertEquals("framework.band.aboveMax", assertThrows(DomainRuleException.class,
                () -> GradeBands.checked(List.of(new GradeBand(d("900"), "Xuất sắc")), d("100"))).messageKey());
        assertEquals("framework.band.label.required",
                assertThrows(DomainRuleException.class, () -> new GradeBand(d("90"), " ")).messageKey());
        assertEquals("framework.band.invalid",
                assertThrows(DomainRuleException.class, () -> new GradeBand(d("-1"), "x")).messageKey());
    }

    @Test
    void aCityIssuesItsWardsParIndexWithBandsAndTheKindDefaultsToDti() {
        IndexFramework par = new IndexFramework(units.city, 2024, UnitLevel.WARD, "Chỉ số CCHC phường 2024");
        assertEquals("DTI", par.getKind());
        assertTrue(par.isDefaultKind());
        par.classify(" par ", par());
        par.addPillar("Công tác chỉ đạo", new BigDecimal("100"));
        par.requireContent();
        assertEquals("PAR", par.getKind());
        assertEquals("Tốt", par.grade(d("85")).orElseThrow());
        assertEquals("framework.kind.invalid",
                assertThrows(DomainRuleException.class, () -> par.classify("chỉ số", List.of())).messageKey());
        IndexFramework copy = par.copyFor(2025);
        assertEquals("PAR", copy.getKind());
        assertEquals(4, copy.getBands().size());
        par.freeze();
        assertThrows(StateConflictException.class, () -> par.classify("DTI", List.of()));
    }

    @Test
    void aBandAboveTheFrameworksMaximumIsRefusedWhenTheContentIsChecked() {
        IndexFramework f = new IndexFramework(units.province, 2024, UnitLevel.WARD, "x");
        f.classify(null, List.of(new GradeBand(d("950"), "Xuất sắc")));
        f.addPillar("Nhận thức số", new BigDecimal("100"));
        assertEquals("framework.band.aboveMax",
                assertThrows(DomainRuleException.class, f::requireContent).messageKey());
    }
}
