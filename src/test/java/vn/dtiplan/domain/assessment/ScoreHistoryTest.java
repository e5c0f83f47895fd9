package vn.dtiplan.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dtiplan.domain.framework.Frameworks.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.framework.Frameworks;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.StoredUnits;
import vn.dtiplan.domain.unit.UnitLevel;

class ScoreHistoryTest {

    private final Frameworks units = new Frameworks();
    private final AdministrativeUnit merged = StoredUnits.stored(new AdministrativeUnit("26506", "Phường Vũng Tàu",
            "phuong", UnitLevel.WARD, units.province, java.time.LocalDate.of(2025, 7, 1)), 9);

    private final AdministrativeUnit outside = StoredUnits.stored(new AdministrativeUnit("26515", "Phường 4",
            "phuong", UnitLevel.WARD, units.city, java.time.LocalDate.of(2020, 1, 1)), 10);

    private Assessment scored(AdministrativeUnit unit, IndexFramework framework, String firstPillar) {
        Assessment a = new Assessment(unit, framework);
        a.record(ScoreSide.APPRAISAL, Map.of(Frameworks.PILLARS[0], d(firstPillar)), Map.of());
        return a;
    }

    @Test
    void predecessorsStayOnTheirOwnLinesNewestYearFirstOwnLineFirst() {
        IndexFramework dti2024 = units.wardFramework();
        IndexFramework par2024 = units.wardFramework();
        par2024.classify("PAR", List.of());
        List<Assessment> all = List.of(scored(units.ward3, dti2024, "3"), scored(units.ward2, dti2024, "2"),
                scored(merged, dti2024, "4"), scored(units.ward2, par2024, "1"), scored(outside, dti2024, "0.5"));

        List<ScoreHistory.Line> lines = ScoreHistory.of(merged.getId(), all, "DTI",
                Set.of(units.ward2.getId(), units.ward3.getId()));

        assertEquals(List.of("26506", "26509", "26512"), lines.stream().map(ScoreHistory.Line::unitCode).toList(),
                "own line first, then each predecessor by code; another kind and a unit outside the lineage left out");
        assertEquals(List.of(false, true, true), lines.stream().map(ScoreHistory.Line::predecessor).toList());
        assertEquals(List.of(d("4"), d("2"), d("3")), lines.stream().map(ScoreHistory.Line::total).toList(),
                "never summed into the successor");
        assertEquals(new BigDecimal("100"), lines.get(0).max());
    }
}
