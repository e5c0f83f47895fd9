package vn.dtiplan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.domain.plan.PlanFixtures.CITY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.StateConflictException;

class AmendmentTest {

    private static final Instant NOW = Instant.parse("2024-06-01T02:00:00Z");
    private final Plan city = PlanFixtures.plan(CITY, "4638/KH-UBND", null);
    private final Task parent = PlanFixtures.task(city, 1, "Nâng cao tỷ lệ hồ sơ trực tuyến", "Quý II/2024", true);
    private final List<InheritedTask> copies = PlanFixtures.issue(city, List.of(parent), List.of());

    private static TaskChanges due(LocalDate due) {
        return new TaskChanges(null, null, null, null, null, null, null, due, null);
    }

    @Test
    void theDifferenceListsOnlyChangedFieldsFromAndTo() {
        Map<TaskField, FieldChange> diff = parent.amend(new TaskChanges(null, "Đạt 90% hồ sơ trực tuyến", null, null,
                null, null, null, LocalDate.of(2024, 6, 15), null), null, PlanFixtures.MAY_13);
        assertEquals(Map.of(TaskField.SOLUTION, new FieldChange("Nâng cao tỷ lệ hồ sơ trực tuyến", "Đạt 90% hồ sơ trực tuyến"),
                TaskField.DUE, new FieldChange("2024-06-30", "2024-06-15")), diff);
    }

    @Test
    void anUnchangedValueIsNoDifference() {
        assertTrue(parent.amend(new TaskChanges(null, "Nâng cao tỷ lệ hồ sơ trực tuyến", null, null, null, null, null,
                null, null), null, PlanFixtures.MAY_13).isEmpty());
    }

    @Test
    void aNewTimeframeBringsItsOwnDueDate() {
        Map<TaskField, FieldChange> diff = parent.amend(new TaskChanges(null, null, null, null, null, null, "Quý III/2024",
                null, null), null, PlanFixtures.MAY_13);
        assertEquals(new FieldChange("2024-06-30", "2024-09-30"), diff.get(TaskField.DUE));
        assertEquals(new FieldChange("Quý II/2024", "Quý III/2024"), diff.get(TaskField.TIMEFRAME));
    }

    @Test
    void aPendingCopyFollowsItsParentAndGetsANotice() {
        Map<TaskField, FieldChange> diff = parent.amend(due(LocalDate.of(2024, 6, 15)), null, PlanFixtures.MAY_13);
        ChangeNotice notice = ChangeNotice.of(copies.get(0), diff, NOW);
        assertEquals(LocalDate.of(2024, 6, 15), copies.get(0).getDue());
        assertEquals(diff, notice.getChanges());
        assertFalse(notice.isDueConflict());
        assertFalse(notice.isAcknowledged());
    }

    @Test
    void adaptedValuesStayAndAnEarlierParentDueIsAConflict() {
        InheritedTask adapted = copies.get(1);
        adapted.decide(new Decision(DecisionAction.ADAPT, null, LocalDate.of(2024, 6, 20), "Riêng phường 3", null,
                null, "phuong3", NOW));
        Map<TaskField, FieldChange> diff = parent.amend(new TaskChanges(null, "Nội dung mới", null, null, null, null, null,
                LocalDate.of(2024, 6, 10), null), null, PlanFixtures.MAY_13);
        ChangeNotice notice = ChangeNotice.of(adapted, diff, NOW);
        assertEquals("Riêng phường 3", adapted.getSolution());
        assertEquals(LocalDate.of(2024, 6, 20), adapted.getDue());
        assertTrue(notice.isDueConflict());
        assertTrue(adapted.isDueConflict());
    }

    @Test
    void acknowledgingOnceClearsTheNotice() {
        Map<TaskField, FieldChange> diff = parent.amend(due(LocalDate.of(2024, 6, 15)), null, PlanFixtures.MAY_13);
        ChangeNotice notice = ChangeNotice.of(copies.get(0), diff, NOW);
        notice.acknowledge("phuong2", NOW);
        assertTrue(notice.isAcknowledged());
        assertThrows(StateConflictException.class, () -> notice.acknowledge("phuong2", NOW));
    }

    @Test
    void aNewCriterionComesWithItsTitleAndPointsAndCopiesFollowIt() {
        Map<TaskField, FieldChange> diff = parent.amend(new TaskChanges("6.4", null, null, null, null, null, null, null,
                null, "Giải quyết hồ sơ trực tuyến", new java.math.BigDecimal("2.395")), null, PlanFixtures.MAY_13);
        assertEquals(Map.of(TaskField.CRITERION_CODE, new FieldChange(null, "6.4")), diff);
        assertEquals("Giải quyết hồ sơ trực tuyến", parent.getCriterionTitle());
        assertTrue(parent.amend(new TaskChanges("6.4", null, null, null, null, null, null, null, null),
                null, PlanFixtures.MAY_13).isEmpty(), "the same code again changes nothing");
        assertEquals(new java.math.BigDecimal("2.395"), parent.getPointsAtStake(), "and keeps the points");
        copies.get(0).followParent(diff);
        assertEquals("6.4", copies.get(0).getCriterionCode());
        assertEquals("Giải quyết hồ sơ trực tuyến", copies.get(0).getCriterionTitle());
    }

    @Test
    void aDeclinedCopyIsFinished() {
        InheritedTask declined = copies.get(2);
        declined.decide(new Decision(DecisionAction.DECLINE, null, null, null, "Không phù hợp", null, "p4", NOW));
        assertFalse(declined.isUnfinished(false));
        assertTrue(copies.get(0).isUnfinished(false));
    }

    @Test
    void aCopyReportedDoneIsFinishedWhateverItsDecision() {
        InheritedTask adopted = copies.get(1);
        adopted.decide(new Decision(DecisionAction.ADOPT, null, null, null, null, null, "p3", NOW));
        assertTrue(adopted.isUnfinished(false), "adopted and still in progress");
        assertFalse(adopted.isUnfinished(true), "reported done: no notice");
        assertFalse(copies.get(0).isUnfinished(true));
    }

    @Test
    void theDifferenceSurvivesStorage() {
        ChangesConverter converter = new ChangesConverter();
        Map<TaskField, FieldChange> diff = Map.of(TaskField.DUE, new FieldChange(null, "2024-06-15"));
        assertEquals("{\"due\":{\"from\":null,\"to\":\"2024-06-15\"}}", converter.convertToDatabaseColumn(diff));
        assertEquals(diff, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(diff)));
    }

    @Test
    void fieldsKeepTheNamesStoredAndAnswered() {
        assertEquals(List.of("criterionCode", "solution", "lead", "coordinating", "target", "evidence", "timeframe", "due",
                "cascade"), Arrays.stream(TaskField.values()).map(TaskField::key).toList());
        assertEquals(TaskField.DUE, TaskField.of("due"));
        assertThrows(IllegalArgumentException.class, () -> TaskField.of("DUE"));
        TaskFieldsConverter adapted = new TaskFieldsConverter();
        assertEquals("solution\ndue", adapted.convertToDatabaseColumn(List.of(TaskField.SOLUTION, TaskField.DUE)));
        assertEquals(List.of(TaskField.SOLUTION, TaskField.DUE), adapted.convertToEntityAttribute("solution\ndue"));
    }

    @Test
    void aPendingCopyCannotBeAmended() {
        assertThrows(StateConflictException.class, () -> Amendment.of(copies.get(0), due(LocalDate.of(2024, 6, 15)),
                null, PlanFixtures.MAY_13, List::of, "phuong2", NOW));
    }

    @Test
    void aDraftTaskSimplyChanges() {
        Plan draft = PlanFixtures.plan(CITY, "5000/KH-UBND", null);
        Task task = PlanFixtures.task(draft, 1, "Số hóa hồ sơ", "Quý II/2024", false);
        Amendment amendment = Amendment.of(task, due(LocalDate.of(2024, 6, 15)), null, PlanFixtures.MAY_13,
                () -> { throw new AssertionError("a draft has no copies to ask for"); }, "tp.vungtau", NOW);
        assertEquals(1, amendment.changes().size());
        assertEquals(null, amendment.revision());
        assertTrue(amendment.notices().isEmpty());
    }

    @Test
    void anIssuedTaskIsARevisionThatReachesItsUnfinishedCopies() {
        Amendment amendment = Amendment.of(parent, due(LocalDate.of(2024, 6, 15)), null, PlanFixtures.MAY_13,
                () -> copies.subList(0, 2), "tp.vungtau", NOW);
        assertEquals(amendment.changes(), amendment.revision().getChanges());
        assertEquals(2, amendment.notices().size());
        assertEquals(PlanStatus.AMENDED, city.getStatus());
        assertEquals(LocalDate.of(2024, 6, 15), copies.get(1).getDue());
    }

    @Test
    void anEditThatChangesNothingIsNoRevision() {
        Amendment amendment = Amendment.of(parent, due(parent.getDue()), null, PlanFixtures.MAY_13,
                () -> { throw new AssertionError("nothing to tell"); }, "tp.vungtau", NOW);
        assertTrue(amendment.changes().isEmpty());
        assertEquals(null, amendment.revision());
    }
}
