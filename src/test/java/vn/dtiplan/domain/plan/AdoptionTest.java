package vn.dtiplan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.domain.plan.PlanFixtures.CITY;
import static vn.dtiplan.domain.plan.PlanFixtures.WARDS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.unit.Department;

class AdoptionTest {

    private static final Instant NOW = Instant.parse("2024-05-20T02:00:00Z");
    private final Plan city = PlanFixtures.plan(CITY, "4638/KH-UBND", null);
    private final Task parent = PlanFixtures.task(city, 1, "Nâng cao tỷ lệ hồ sơ trực tuyến", "Quý II/2024", true);
    private final InheritedTask copy = PlanFixtures.issue(city, List.of(parent), List.of()).get(0);
    private final Department culture = new Department(WARDS.get(0), "Bộ phận Văn hóa - Xã hội");

    private static Decision decision(DecisionAction action, Department lead, LocalDate due, String solution,
                                     String reason) {
        return new Decision(action, lead, due, solution, reason, null, "phuong2.vungtau", NOW);
    }

    @Test
    void adoptingAssignsALocalDepartmentAndRecordsWhoAndWhen() {
        copy.decide(decision(DecisionAction.ADOPT, culture, null, null, null));
        assertEquals(InheritanceState.ADOPTED, copy.getState());
        assertEquals(culture, copy.getLeadDepartment());
        assertEquals("Bộ phận Văn hóa - Xã hội", copy.getLeadName());
        assertEquals("phuong2.vungtau", copy.getDecidedBy());
        assertEquals(NOW, copy.getDecidedAt());
        assertEquals(LocalDate.of(2024, 6, 30), copy.getDue());
    }

    @Test
    void adaptingKeepsLocalValuesWithAnEarlierDue() {
        copy.decide(decision(DecisionAction.ADAPT, culture, LocalDate.of(2024, 6, 15), "Tuyên truyền tại chợ", null));
        assertEquals(InheritanceState.ADAPTED, copy.getState());
        assertEquals(LocalDate.of(2024, 6, 15), copy.getDue());
        assertEquals("Tuyên truyền tại chợ", copy.getSolution());
        assertEquals(List.of(TaskField.SOLUTION, TaskField.DUE, TaskField.LEAD), copy.getAdaptedFields());
        assertEquals("Nâng cao tỷ lệ hồ sơ trực tuyến", parent.getSolution());
    }

    @Test
    void adaptingWithALaterDueIsRefusedAndChangesNothing() {
        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> copy.decide(decision(DecisionAction.ADAPT, culture, LocalDate.of(2024, 7, 1), "x", null)));
        assertEquals("task.adapt.dueLater", e.messageKey());
        assertEquals(List.of("01/07/2024", "30/06/2024"), List.of(e.arguments()));
        assertEquals(InheritanceState.PENDING, copy.getState());
        assertEquals(LocalDate.of(2024, 6, 30), copy.getDue());
    }

    @Test
    void adaptingOnTheParentsDueIsAllowed() {
        copy.decide(decision(DecisionAction.ADAPT, null, LocalDate.of(2024, 6, 30), null, null));
        assertEquals(InheritanceState.ADAPTED, copy.getState());
    }

    @Test
    void decliningNeedsAReason() {
        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> copy.decide(decision(DecisionAction.DECLINE, null, null, null, " ")));
        assertEquals("task.decline.reasonRequired", e.messageKey());
        assertEquals(InheritanceState.PENDING, copy.getState());
    }

    @Test
    void aSecondDecisionIsAStateConflict() {
        copy.decide(decision(DecisionAction.ADOPT, null, null, null, null));
        StateConflictException e = assertThrows(StateConflictException.class,
                () -> copy.decide(decision(DecisionAction.DECLINE, null, null, null, "Không có chợ")));
        assertEquals("task.decision.twice", e.messageKey());
        assertEquals(InheritanceState.ADOPTED, copy.getState());
    }

    @Test
    void anOwnTaskIsNoCopyAndIsTheUnitsWork() {
        assertTrue(parent.inherited().isEmpty());
        assertEquals(copy, copy.inherited().orElseThrow());
        assertTrue(parent.isTakenOn());
        parent.requireAmendable();
        parent.requireReportable();
        assertEquals("plan.notDraft", assertThrows(StateConflictException.class, parent::requireRemovable).messageKey());
        Task drafted = PlanFixtures.task(PlanFixtures.plan(CITY, "5000/KH-UBND", null), 1, "Số hóa hồ sơ", "Năm 2024", false);
        drafted.requireRemovable();
        assertEquals("progress.plan.draft",
                assertThrows(StateConflictException.class, drafted::requireReportable).messageKey());
    }

    @Test
    void aPendingCopyIsNeitherEditedNorReportedOnAndNeverRemoved() {
        assertFalse(copy.isTakenOn());
        assertEquals("task.amend.pending", assertThrows(StateConflictException.class, copy::requireAmendable).messageKey());
        assertEquals("progress.task.notTakenOn",
                assertThrows(StateConflictException.class, copy::requireReportable).messageKey());
        copy.decide(decision(DecisionAction.ADOPT, null, null, null, null));
        assertTrue(copy.isTakenOn());
        copy.requireAmendable();
        copy.requireReportable();
        assertEquals("task.remove.inherited", assertThrows(StateConflictException.class, copy::requireRemovable).messageKey());
    }

    @Test
    void theParentAcceptsADecline() {
        copy.decide(decision(DecisionAction.DECLINE, null, null, null, "Phường không có chợ"));
        assertEquals(DeclineReview.AWAITING, copy.getDeclineReview());
        copy.reviewDecline(true);
        assertEquals(DeclineReview.ACCEPTED, copy.getDeclineReview());
        assertEquals(InheritanceState.DECLINED, copy.getState());
        assertThrows(StateConflictException.class, () -> copy.reviewDecline(false));
    }

    @Test
    void theParentSendsADeclineBackToPending() {
        copy.decide(decision(DecisionAction.DECLINE, null, null, null, "Phường không có chợ"));
        copy.reviewDecline(false);
        assertEquals(InheritanceState.PENDING, copy.getState());
        assertNull(copy.getDecidedBy());
        copy.decide(decision(DecisionAction.ADOPT, culture, null, null, null));
        assertEquals(InheritanceState.ADOPTED, copy.getState());
    }

    @Test
    void actionsAreReadCaseInsensitivelyAndOthersRefused() {
        assertEquals(DecisionAction.ADAPT, DecisionAction.parse(" adapt "));
        assertThrows(DomainRuleException.class, () -> DecisionAction.parse("MAYBE"));
        assertThrows(DomainRuleException.class, () -> DecisionAction.parse(null));
    }
}
