package vn.dtiplan.domain.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.domain.framework.Frameworks.d;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.unit.UnitLevel;

class IndexFrameworkTest {

    private final Frameworks units = new Frameworks();

    @Test
    void maximaNeedNotBeEqualNorSumToOneHundred() {
        IndexFramework f = new IndexFramework(units.province, 2024, UnitLevel.WARD, "Bộ chỉ số 1000 điểm");
        int[] maxima = {100, 100, 100, 100, 100, 200, 150, 150};
        for (int i = 0; i < maxima.length; i++) {
            f.addPillar(Frameworks.PILLARS[i], BigDecimal.valueOf(maxima[i]));
        }
        assertEquals(d("1000"), f.max());
        assertEquals("1000", f.max().toPlainString());
    }

    @Test
    void wardFrameworkTotalsOneHundredAndIssuerPathIsCopied() {
        IndexFramework f = units.wardFramework();
        assertEquals(0, d("100").compareTo(f.max()));
        assertEquals("1", f.getIssuerPath());
        assertEquals(8, f.getPillars().size());
        assertEquals(6, f.pillar("chính  quyền SỐ").orElseThrow().getPosition());
    }

    @Test
    void scoredLevelMustLieBelowTheIssuer() {
        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> new IndexFramework(units.city, 2023, UnitLevel.CITY, "x"));
        assertEquals("framework.level.invalid", e.messageKey());
        assertThrows(DomainRuleException.class, () -> new IndexFramework(units.province, 2023, UnitLevel.PROVINCE, "x"));
    }

    @Test
    void nameYearAndMaximaAreChecked() {
        assertEquals("framework.name.required", assertThrows(DomainRuleException.class,
                () -> new IndexFramework(units.province, 2023, UnitLevel.WARD, "  ")).messageKey());
        assertEquals("framework.year.invalid", assertThrows(DomainRuleException.class,
                () -> new IndexFramework(units.province, 1999, UnitLevel.WARD, "x")).messageKey());
        IndexFramework f = new IndexFramework(units.province, 2023, UnitLevel.WARD, "x");
        assertEquals("framework.max.invalid", assertThrows(DomainRuleException.class,
                () -> f.addPillar("A", BigDecimal.ZERO)).messageKey());
        assertEquals("points.precision", assertThrows(DomainRuleException.class,
                () -> f.addPillar("A", d("1.00001"))).messageKey());
        f.addPillar("A", d("10"));
        assertEquals("framework.pillar.duplicate", assertThrows(DomainRuleException.class,
                () -> f.addPillar(" a ", d("5"))).messageKey());
    }

    @Test
    void criteriaNestByCodeAndMayNotExceedTheirParent() {
        IndexFramework f = new IndexFramework(units.province, 2024, UnitLevel.WARD, "Bắc Giang");
        Pillar awareness = f.addPillar("Nhận thức số", d("10"));
        f.addCriterion(awareness, "1.1", "Trưởng ban chỉ đạo", d("4"), "Có quyết định: 4 điểm", "Quyết định");
        Criterion leads = f.addCriterion(awareness, "1.2", "Chủ trì, chỉ đạo", d("6"), null, null);
        Criterion meetings = f.addCriterion(awareness, "1.2.1", "Tham gia họp", d("3"), null, null);
        f.addCriterion(awareness, "1.2.2", "Chủ trì họp", d("3"), null, null);
        assertEquals(leads, awareness.parentOf(meetings.getCode()).orElseThrow());
        assertEquals(2, awareness.children(leads).size());
        assertEquals(2, awareness.children(null).size());
        DomainRuleException overParent = assertThrows(DomainRuleException.class,
                () -> f.addCriterion(awareness, "1.2.3", "Thêm", d("0.5"), null, null));
        assertEquals("framework.criterion.max.exceeds", overParent.messageKey());
        assertThrows(DomainRuleException.class, () -> f.addCriterion(awareness, "1.3", "Thêm", d("1"), null, null));
        assertEquals("framework.criterion.duplicate", assertThrows(DomainRuleException.class,
                () -> f.addCriterion(awareness, "1.1", "Lặp", d("1"), null, null)).messageKey());
        assertEquals("framework.criterion.code.invalid", assertThrows(DomainRuleException.class,
                () -> f.addCriterion(awareness, "1.a", "Sai mã", d("1"), null, null)).messageKey());
    }

    @Test
    void aFrozenFrameworkRefusesChanges() {
        IndexFramework f = units.wardFramework();
        assertFalse(f.isFrozen());
        f.freeze();
        assertTrue(f.isFrozen());
        assertThrows(StateConflictException.class, () -> f.addPillar("Mới", d("1")));
        Pillar first = f.getPillars().get(0);
        assertThrows(StateConflictException.class, () -> f.addCriterion(first, "1.9", "Mới", d("1"), null, null));
    }

    @Test
    void anEmptyFrameworkCannotBeFrozen() {
        IndexFramework f = new IndexFramework(units.province, 2023, UnitLevel.WARD, "x");
        assertEquals("framework.empty", assertThrows(DomainRuleException.class, f::freeze).messageKey());
    }
}
