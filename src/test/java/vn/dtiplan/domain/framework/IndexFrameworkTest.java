package vn.dtiplan.domain.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.domain.framework.Frameworks.d;

import java.math.BigDecimal;
import java.util.List;
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

    @Test
    void aDraftIsRevisedAsAWholeAndKeepsThePillarsWhoseNameStays() {
        IndexFramework f = units.wardFramework();
        Pillar government = f.pillar("Chính quyền số").orElseThrow();
        f.revise(2024, UnitLevel.CITY, "  Bộ chỉ số  sửa ", draft -> {
            Pillar p = draft.addPillar("chính quyền số", d("60"));
            draft.addCriterion(p, "6.1", "Hồ sơ đúng hạn (sửa)", d("5"), "Tỷ lệ × 5", "Báo cáo");
            draft.addCriterion(p, "6.1.1", "Hồ sơ trực tuyến", d("2"), null, null);
            draft.addPillar("Kinh tế số", d("40"));
        });
        assertEquals("Bộ chỉ số sửa", f.getName());
        assertEquals(2024, f.getYear());
        assertEquals(UnitLevel.CITY, f.getLevel());
        assertEquals(2, f.getPillars().size());
        assertEquals(0, d("100").compareTo(f.max()));
        assertSame(government, f.getPillars().get(0));
        assertEquals("chính quyền số", government.getName());
        assertEquals(1, government.getPosition());
        assertEquals(List.of("6.1", "6.1.1"), government.getCriteria().stream().map(Criterion::getCode).toList());
        assertTrue(government.getCriteria().stream().allMatch(c -> c.getPillar() == government));
        assertEquals("Hồ sơ đúng hạn (sửa)", f.criterion("6.1").orElseThrow().getTitle());
        assertSame(f, f.getPillars().get(1).getFramework());
        assertTrue(f.criterion("6.2").isEmpty());
    }

    @Test
    void anInvalidRevisionChangesNothing() {
        IndexFramework f = units.wardFramework();
        assertEquals("framework.criterion.max.exceeds", assertThrows(DomainRuleException.class,
                () -> f.revise(2023, UnitLevel.WARD, "Sửa", draft -> {
                    Pillar p = draft.addPillar("Chính quyền số", d("5"));
                    draft.addCriterion(p, "6.1", "Quá điểm", d("6"), null, null);
                })).messageKey());
        assertEquals("framework.criterion.duplicate", assertThrows(DomainRuleException.class,
                () -> f.revise(2023, UnitLevel.WARD, "Sửa", draft -> {
                    draft.addCriterion(draft.addPillar("A", d("5")), "1.1", "Một", d("1"), null, null);
                    draft.addCriterion(draft.addPillar("B", d("5")), "1.1", "Lặp", d("1"), null, null);
                })).messageKey());
        assertEquals("framework.empty", assertThrows(DomainRuleException.class,
                () -> f.revise(2023, UnitLevel.WARD, "Sửa", draft -> { })).messageKey());
        assertEquals("framework.level.invalid", assertThrows(DomainRuleException.class,
                () -> f.revise(2023, UnitLevel.PROVINCE, "Sửa", draft -> draft.addPillar("A", d("1")))).messageKey());
        assertEquals("Bộ chỉ số DTI cấp xã 2023", f.getName());
        assertEquals(8, f.getPillars().size());
        assertEquals(List.of("6.1", "6.2"), f.criteria().stream().map(Criterion::getCode).toList());
        assertEquals(0, d("100").compareTo(f.max()));
    }

    @Test
    void aFrozenFrameworkRefusesARevisionBeforeLookingAtIt() {
        IndexFramework f = units.wardFramework();
        f.freeze();
        StateConflictException refused = assertThrows(StateConflictException.class,
                () -> f.revise(2023, UnitLevel.WARD, "", draft -> { }));
        assertEquals("framework.frozen", refused.messageKey());
        assertEquals(8, f.getPillars().size());
    }

    @Test
    void aCopyIsANewDraftForAnotherYearWithTheSameContent() {
        IndexFramework f = units.wardFramework();
        f.freeze();
        IndexFramework copy = f.copyFor(2024);
        assertFalse(copy.isFrozen());
        assertEquals("Bộ chỉ số DTI cấp xã 2024", copy.getName());
        assertEquals(2024, copy.getYear());
        assertEquals(UnitLevel.WARD, copy.getLevel());
        assertEquals(f.getIssuer(), copy.getIssuer());
        assertEquals(0, f.max().compareTo(copy.max()));
        assertEquals(f.criteria().stream().map(Criterion::getCode).toList(),
                copy.criteria().stream().map(Criterion::getCode).toList());
        assertEquals(6, copy.criterion("6.2").orElseThrow().getPillar().getPosition());
        copy.addPillar("Mới", d("1"));
        assertEquals(8, f.getPillars().size());
    }
}
