package vn.dtiplan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.application.FrameworkView;
import vn.dtiplan.application.NewFramework;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.unit.UnitLevel;

class FrameworkDraftTest {

    private static final FrameworkView FRAMEWORK = new FrameworkView(7, "77", "Tỉnh Bà Rịa - Vũng Tàu", 2025,
            UnitLevel.WARD, "Bộ chỉ số 2025", "DRAFT", new BigDecimal("10"), List.of(new FrameworkView.Pillar(1,
            "Nhận thức số", new BigDecimal("10"), List.of(new FrameworkView.Criterion("1.1", null, "Ban chỉ đạo",
            new BigDecimal("2.5"), "Có: 2,5 điểm", "Quyết định")))), "PAR",
            List.of(new FrameworkView.Band(new BigDecimal("9"), "Xuất sắc")), 0);

    @Test
    void theFormGivesBackTheFrameworkItWasOpenedOn() {
        NewFramework request = FrameworkDraft.of(FRAMEWORK).request(FRAMEWORK);
        assertEquals(new NewFramework("77", 2025, UnitLevel.WARD, "Bộ chỉ số 2025", List.of(new NewFramework.Pillar(
                "Nhận thức số", new BigDecimal("10"), List.of(new NewFramework.Criterion("1.1", "Ban chỉ đạo",
                new BigDecimal("2.5"), "Có: 2,5 điểm", "Quyết định")))), "PAR",
                List.of(new NewFramework.Band(new BigDecimal("9"), "Xuất sắc"))), request);
    }

    @Test
    void addedLinesLeftBlankAreIgnoredAndACommaIsADecimalSeparator() {
        FrameworkDraft draft = FrameworkDraft.of(FRAMEWORK);
        FrameworkDraft.PillarLine pillar = draft.getPillars().get(0);
        pillar.addCriterion();
        pillar.addCriterion();
        FrameworkDraft.CriterionLine typed = pillar.getCriteria().get(2);
        typed.setCode("1.2");
        typed.setTitle("Họp định kỳ");
        typed.setMax("1,25");
        draft.addPillar();
        NewFramework request = draft.request(FRAMEWORK);
        assertEquals(1, request.pillars().size());
        List<NewFramework.Criterion> criteria = request.pillars().get(0).criteria();
        assertEquals(List.of("1.1", "1.2"), criteria.stream().map(NewFramework.Criterion::code).toList());
        assertEquals(new BigDecimal("1.25"), criteria.get(1).max());
        pillar.removeCriterion(pillar.getCriteria().get(0));
        draft.removePillar(draft.getPillars().get(1));
        assertEquals(List.of("1.2"), draft.request(FRAMEWORK).pillars().get(0).criteria().stream()
                .map(NewFramework.Criterion::code).toList());
    }

    @Test
    void aMaximumThatIsNotANumberIsRefusedByNameAndABlankOneIsLeftToTheFramework() {
        FrameworkDraft draft = FrameworkDraft.of(FRAMEWORK);
        draft.getPillars().get(0).getCriteria().get(0).setMax("hai");
        DomainRuleException refused = assertThrows(DomainRuleException.class, () -> draft.request(FRAMEWORK));
        assertEquals("frameworks.edit.number", refused.messageKey());
        assertEquals(List.of("hai", "1.1"), List.of(refused.arguments()));
        draft.getPillars().get(0).getCriteria().get(0).setMax(" ");
        assertNull(draft.request(FRAMEWORK).pillars().get(0).criteria().get(0).max());
    }

    @Test
    void aRefusalIsAboutTheLineItNamesFirst() {
        assertEquals("1.1", FrameworkDraft.subjectOf(
                new DomainRuleException("framework.criterion.max.exceeds", "1.1", "100", "Nhận thức số")));
        assertEquals("nhận thức số", FrameworkDraft.subjectOf(
                new DomainRuleException("framework.pillar.duplicate", " Nhận  thức số")));
        assertEquals("1.2", FrameworkDraft.subjectOf(new DomainRuleException("frameworks.edit.number", "hai", "1.2")));
        assertNull(FrameworkDraft.subjectOf(new DomainRuleException("framework.empty")));
    }
}
