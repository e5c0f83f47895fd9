package vn.dtiplan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.domain.plan.PlanFixtures.CITY;
import static vn.dtiplan.domain.plan.PlanFixtures.MAY_13;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;

class IssueCheckTest {

    private static final AnsweredAssessment DTI_2023 = new AnsweredAssessment(7, 2023);
    private static final List<AnswerGaps> GAPS = List.of(new AnswerGaps(DTI_2023, "DTI cấp xã", true, List.of(
            PointsLost.criterion("1.1", "Ban hành kế hoạch", "Nhận thức số", null, new BigDecimal("2")),
            PointsLost.criterion("2", "Thể chế số", "Thể chế số", null, new BigDecimal("3")),
            PointsLost.criterion("2.1", "Quy chế", "Thể chế số", "2", new BigDecimal("1")),
            PointsLost.criterion("2.2", "Ngân sách", "Thể chế số", "2", new BigDecimal("2")),
            PointsLost.criterion("3.1", "Full marks", "Hạ tầng số", null, BigDecimal.ZERO),
            PointsLost.pillar("Hạ tầng số", new BigDecimal("4")))));

    private static PlanHeader header(String number, boolean dated, String signer) {
        return new PlanHeader(number, dated ? MAY_13 : null, null, "Kế hoạch khắc phục", 2024, List.of(), null, null,
                List.of(), "TM.", "Chủ tịch", signer);
    }

    private static Plan plan(PlanHeader header) {
        return PlanFixtures.withId(new Plan(CITY, header, null));
    }

    private static Plan complete() {
        return plan(header("12/KH-UBND", true, "Nguyễn Văn A"));
    }

    private static Task task(Plan plan, int ordinal, String criterion, String lead, String timeframe) {
        return PlanFixtures.withId(new Task(plan, ordinal, new TaskContent(criterion, null, null, "Giải pháp " + ordinal,
                lead, List.of(), null, null, timeframe, null, false, List.of()), null, MAY_13));
    }

    private static List<String> keys(Plan plan, List<Task> tasks, List<AnswerGaps> gaps) {
        return IssueCheck.problems(plan, tasks, gaps).stream().map(IssueProblem::key).toList();
    }

    @Test
    void aCompletePlanAnsweringNoAssessmentHasNoProblem() {
        Plan plan = complete();
        assertEquals(List.of(), keys(plan, List.of(task(plan, 1, null, "Phòng Nội vụ", "Quý II/2024")), List.of()));
    }

    @Test
    void numberDateAndSignerAreEachRequired() {
        assertEquals(List.of("plan.check.number", "plan.check.date", "plan.check.signer"),
                keys(plan(header(GapRemediation.OPEN_NUMBER, false, null)), List.of(), List.of()));
        assertEquals(List.of("plan.check.date"), keys(plan(header("1/KH", false, "A")), List.of(), List.of()));
        assertEquals(List.of("plan.check.signer"), keys(plan(header("1/KH", true, " ")), List.of(), List.of()));
    }

    @Test
    void eachTaskNeedsALeadAndATimeframe() {
        Plan plan = complete();
        List<IssueProblem> problems = IssueCheck.problems(plan, List.of(task(plan, 1, null, "Phòng Nội vụ", "Năm 2024"),
                task(plan, 2, null, null, "Năm 2024"), task(plan, 3, null, "Phòng Nội vụ", " ")), List.of());
        assertEquals(List.of(IssueProblem.of("plan.check.task.lead", 2, "Giải pháp 2"),
                IssueProblem.of("plan.check.task.timeframe", 3, "Giải pháp 3")), problems);
    }

    @Test
    void everyLeafCriterionThatLostPointsNeedsATaskOrAReason() {
        Plan plan = complete();
        List<IssueProblem> problems = IssueCheck.problems(plan, List.of(task(plan, 1, "2.1", "Phòng Nội vụ", "Năm 2024")),
                GAPS);
        assertEquals(List.of(IssueProblem.of("plan.check.gap", "1.1", "Ban hành kế hoạch", new BigDecimal("2")),
                IssueProblem.of("plan.check.gap", "2.2", "Ngân sách", new BigDecimal("2"))), problems,
                "the parent 2 is covered through its sub-criteria, 3.1 lost nothing, a pillar has no code");
    }

    @Test
    void aReasonOrATaskOnTheCriterionAboveAddressesAGap() {
        Plan plan = complete();
        plan.answer(new PlanAnswers(List.of(DTI_2023), List.of()));
        plan.leaveUnaddressed(new NotAddressed("1.1", "Chờ hướng dẫn của tỉnh"));
        assertEquals(List.of(), keys(plan, List.of(task(plan, 1, "2", "Phòng Nội vụ", "Năm 2024")), GAPS));
        assertEquals("Chờ hướng dẫn của tỉnh", plan.getAnswers().reasonFor("1.1").orElseThrow());
    }

    @Test
    void anAnsweredAssessmentTheUnitDoesNotHaveIsAProblem() {
        assertEquals(List.of(IssueProblem.of("plan.check.notAssessed", "#7", "2023")),
                IssueCheck.problems(complete(), List.of(), List.of(AnswerGaps.notAssessed(DTI_2023))));
    }

    @Test
    void requireListsEveryProblemAndIssuesNothing() {
        Plan plan = plan(header("5/KH", false, null));
        Task task = task(plan, 1, null, null, null);
        PlanIncompleteException refused = assertThrows(PlanIncompleteException.class,
                () -> IssueCheck.require(plan, List.of(task), GAPS));
        assertEquals(List.of("plan.check.date", "plan.check.signer", "plan.check.task.lead", "plan.check.task.timeframe",
                "plan.check.gap", "plan.check.gap", "plan.check.gap"),
                refused.problems().stream().map(IssueProblem::key).toList());
        assertEquals("plan.issue.incomplete", refused.messageKey());
        assertEquals(PlanStatus.DRAFT, plan.getStatus());
        assertTrue(!task.isPublished());
    }

    @Test
    void aNotAddressedLineNeedsAReasonAndALaterOneReplacesIt() {
        assertThrows(DomainRuleException.class, () -> new NotAddressed("1.1", " "));
        PlanAnswers answers = PlanAnswers.NONE.withNotAddressed(new NotAddressed("1.1", "a"))
                .withNotAddressed(new NotAddressed("1.1", "b"));
        assertEquals(List.of(new NotAddressed("1.1", "b")), answers.notAddressed());
    }

    @Test
    void answersSurviveTheirColumn() {
        PlanAnswers answers = new PlanAnswers(List.of(DTI_2023, new AnsweredAssessment(9, 2023)),
                List.of(new NotAddressed("1.1", "Chờ \"hạ tầng\" của tỉnh")));
        PlanAnswersConverter converter = new PlanAnswersConverter();
        assertEquals(answers, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(answers)));
        assertEquals(PlanAnswers.NONE, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(PlanAnswers.NONE)));
    }
}
