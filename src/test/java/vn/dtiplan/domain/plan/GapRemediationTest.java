package vn.dtiplan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;

class GapRemediationTest {

    private static PointsLost criterion(String code, String pillar, String parent, String lost) {
        return PointsLost.criterion(code, "Tiêu chí " + code, pillar, parent, new BigDecimal(lost));
    }

    private static PointsLost pillar(String name, String lost) {
        return PointsLost.pillar(name, new BigDecimal(lost));
    }

    @Test
    void oneTaskPerCriterionThatLostPointsMostFirstWithThePointsAtStake() {
        List<TaskContent> tasks = GapRemediation.tasks(
                List.of(criterion("6.4", "Chính quyền số", null, "2.395"), criterion("8.1", "Xã hội số", null, "1.5"),
                        criterion("2.1", "Thể chế số", null, "1")),
                List.of(pillar("Chính quyền số", "2.395"), pillar("Xã hội số", "1.5"), pillar("Thể chế số", "1")),
                2023);
        assertEquals(List.of("6.4", "8.1", "2.1"), tasks.stream().map(TaskContent::criterionCode).toList());
        TaskContent first = tasks.get(0);
        assertEquals(new BigDecimal("2.395"), first.pointsAtStake());
        assertEquals("Tiêu chí 6.4", first.criterionTitle());
        assertEquals("Khắc phục điểm còn thiếu của tiêu chí 6.4: Tiêu chí 6.4", first.solution());
        assertFalse(first.cascade(), "nothing cascades until the planner says so");
    }

    @Test
    void aPillarKnownOnlyByItsScoreGetsOneTaskOfItsOwn() {
        List<TaskContent> tasks = GapRemediation.tasks(List.of(criterion("6.1", "Chính quyền số", null, "1")),
                List.of(pillar("Chính quyền số", "1"), pillar("Nhân lực số", "7.3"), pillar("Hạ tầng số", "0")), 2023);
        assertEquals(2, tasks.size());
        TaskContent pillarTask = tasks.get(0);
        assertNull(pillarTask.criterionCode());
        assertEquals("Nhân lực số", pillarTask.criterionTitle());
        assertEquals(new BigDecimal("7.3"), pillarTask.pointsAtStake());
        assertEquals("Khắc phục điểm còn thiếu của trụ cột Nhân lực số", pillarTask.solution());
        assertEquals("6.1", tasks.get(1).criterionCode());
    }

    @Test
    void aCriterionCoveredByItsSubCriteriaIsNotRepeated() {
        List<TaskContent> tasks = GapRemediation.tasks(List.of(criterion("1.2", "Nhận thức số", null, "8"),
                criterion("1.2.1", "Nhận thức số", "1.2", "4"), criterion("1.2.2", "Nhận thức số", "1.2", "4")),
                List.of(), 2024);
        assertEquals(List.of("1.2.1", "1.2.2"), tasks.stream().map(TaskContent::criterionCode).toList());
    }

    @Test
    void fullMarksLeaveNothingToPlan() {
        DomainRuleException refused = assertThrows(DomainRuleException.class,
                () -> GapRemediation.tasks(List.of(), List.of(pillar("Hạ tầng số", "0")), 2023));
        assertEquals("plan.gaps.none", refused.messageKey());
    }

    @Test
    void theHeaderIsForTheYearAfterWithAnOpenNumber() {
        PlanHeader header = GapRemediation.header(2023, new BigDecimal("15.395"));
        assertEquals(2024, header.year());
        assertEquals("…/KH-UBND", header.number());
        assertEquals("Kế hoạch khắc phục tồn tại, hạn chế Chỉ số chuyển đổi số năm 2023", header.title());
        assertEquals("Khắc phục các tồn tại, hạn chế trong đánh giá Chỉ số chuyển đổi số năm 2023 "
                + "(tổng số điểm còn thiếu: 15,395).", header.purpose());
    }

    @Test
    void pointsAreWrittenTheVietnameseWay() {
        assertEquals("2,395", GapRemediation.points(new BigDecimal("2.3950")));
        assertEquals("10", GapRemediation.points(new BigDecimal("1E+1")));
    }
}
