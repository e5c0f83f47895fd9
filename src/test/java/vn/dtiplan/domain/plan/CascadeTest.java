package vn.dtiplan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.domain.plan.PlanFixtures.CITY;
import static vn.dtiplan.domain.plan.PlanFixtures.WARDS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;

class CascadeTest {

    private final Plan city = PlanFixtures.plan(CITY, "4638/KH-UBND", null);
    private final Task cascading = PlanFixtures.task(city, 1, "Nâng cao tỷ lệ hồ sơ trực tuyến", "Quý II/2024", true);
    private final Task cityOnly = PlanFixtures.task(city, 2, "Hoàn thiện Cổng thông tin", "Thường xuyên", false);

    @Test
    void issuingCopiesEachCascadingTaskToEveryChildAsPending() {
        List<InheritedTask> copies = PlanFixtures.issue(city, List.of(cascading, cityOnly), List.of());
        assertEquals(PlanStatus.ISSUED, city.getStatus());
        assertEquals(3, copies.size());
        assertAll(copies.stream().map(c -> () -> {
            assertEquals(InheritanceState.PENDING, c.getState());
            assertEquals(cascading, c.getParentTask());
            assertEquals(city, c.getSourcePlan());
            assertNull(c.getPlan());
            assertEquals(LocalDate.of(2024, 6, 30), c.getDue());
            assertEquals(c.getUnit().getPath(), c.getUnitPath());
            assertTrue(c.isPublished());
        }));
        assertEquals(WARDS, copies.stream().map(Task::getUnit).toList());
    }

    @Test
    void theChildUnitsAsALeadBecomeEachWard() {
        List<InheritedTask> copies = PlanFixtures.issue(city, List.of(cascading), List.of());
        assertEquals(LeadKind.CHILD_UNITS, cascading.getLeadKind());
        assertEquals("Phường 2", copies.get(0).getLeadName());
    }

    @Test
    void targetsLimitTheCascade() {
        Task targeted = PlanFixtures.withId(new Task(city, 3, new TaskContent(null, null, null, "Chợ 4.0", "UBND các phường, xã",
                List.of(), null, null, "Năm 2024", null, true, List.of("26512")), null, PlanFixtures.MAY_13));
        List<InheritedTask> copies = PlanFixtures.issue(city, List.of(targeted), List.of());
        assertEquals(List.of("26512"), copies.stream().map(c -> c.getUnit().getCode()).toList());
    }

    @Test
    void aCopyCarriesItsParentsTargetButNotItsMeasurement() {
        MeasurableTarget online = new MeasurableTarget("Tỷ lệ hồ sơ trực tuyến toàn trình", "%", null,
                new java.math.BigDecimal("80"), TargetDirection.AT_LEAST);
        Task measured = PlanFixtures.withId(new Task(city, 4, new TaskContent(null, null, null, "Hồ sơ trực tuyến",
                "UBND các phường, xã", List.of(), null, null, "Trước ngày 20/01 hằng năm", null, true, List.of(), online),
                null, PlanFixtures.MAY_13));
        List<InheritedTask> copies = PlanFixtures.issue(city, List.of(measured), List.of());
        measured.reported(LocalDate.of(2024, 6, 1), new java.math.BigDecimal("90"));
        assertTrue(measured.getMeasurable().isMet());
        assertAll(copies.stream().map(c -> () -> {
            assertEquals(online, c.getMeasurable());
            assertEquals(online.words(), c.getTarget());
            assertEquals(LocalDate.of(2025, 1, 20), c.getDue());
            assertNull(c.getMeasurable().getLatest());
        }));
    }

    @Test
    void withinDaysOfTheProvincesPlanCountsFromItsDate() {
        Plan province = PlanFixtures.plan(PlanFixtures.PROVINCE, "12/KH-UBND", null);
        PlanFixtures.issue(province, List.of(), List.of());
        Plan implementing = PlanFixtures.plan(CITY, "4638/KH-UBND", province);
        Task t = new Task(implementing, 1, TaskContent.of("Ban hành kế hoạch", "Phòng Văn hóa và Thông tin",
                "Ban hành sau 07 ngày từ khi có Kế hoạch của UBND Tỉnh", false), null, LocalDate.of(2024, 9, 1));
        assertEquals(province.getDate().plusDays(7), t.getDue());
        Task own = new Task(implementing, 2, TaskContent.of("Báo cáo", "Phòng Văn hóa và Thông tin",
                "Trong vòng 07 ngày", false), null, LocalDate.of(2024, 9, 1));
        assertEquals(LocalDate.of(2024, 9, 8), own.getDue());
    }

    @Test
    void aRecurringTaskOfALaterYearsPlanIsFirstDueInThatYear() {
        Plan later = PlanFixtures.withId(new Plan(CITY, PlanHeader.minimal("9/KH-UBND", "Kế hoạch năm 2030", 2030), null));
        LocalDate drafted = LocalDate.of(2026, 12, 4);
        Task quarterly = new Task(later, 1, TaskContent.of("Báo cáo", "Phòng Văn hóa và Thông tin", "Hằng quý", false),
                null, drafted);
        assertEquals(LocalDate.of(2030, 3, 31), quarterly.getDue());
        Task within = new Task(later, 2, TaskContent.of("Ban hành", "Phòng Văn hóa và Thông tin", "Trong vòng 07 ngày",
                false), null, drafted);
        assertEquals(drafted.plusDays(7), within.getDue(), "only recurring timeframes wait for the plan's year");
        Plan current = PlanFixtures.withId(new Plan(CITY, PlanHeader.minimal("10/KH-UBND", "Kế hoạch 2026", 2026), null));
        assertEquals(LocalDate.of(2026, 12, 31), new Task(current, 1, TaskContent.of("Báo cáo", "Phòng Văn hóa và Thông tin",
                "Hằng quý", false), null, drafted).getDue());
    }

    @Test
    void issuingTwiceIsAStateConflict() {
        PlanFixtures.issue(city, List.of(cascading), List.of());
        StateConflictException e = assertThrows(StateConflictException.class,
                () -> PlanFixtures.issue(city, List.of(cascading), List.of()));
        assertEquals("plan.issue.twice", e.messageKey());
    }

    @Test
    void aDraftCannotBeImplemented() {
        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> PlanFixtures.plan(WARDS.get(0), "01/KH-UBND", city));
        assertEquals("plan.implements.invalid", e.messageKey());
    }

    @Test
    void onlyAPlanOfAnAncestorCanBeImplemented() {
        PlanFixtures.issue(city, List.of(cascading), List.of());
        Plan ward3 = PlanFixtures.plan(WARDS.get(1), "02/KH-UBND", null);
        PlanFixtures.issue(ward3, List.of(), List.of());
        assertThrows(DomainRuleException.class, () -> PlanFixtures.plan(WARDS.get(0), "01/KH-UBND", ward3));
    }

    @Test
    void theCoverageGateListsThePendingTasksAndIssuesNothing() {
        List<InheritedTask> copies = PlanFixtures.issue(city, List.of(cascading), List.of());
        Plan ward = PlanFixtures.plan(WARDS.get(0), "125/KH-UBND", city);
        InheritedTask pending = copies.get(0);
        StateConflictException e = assertThrows(StateConflictException.class,
                () -> ward.issue(List.of(), List.of(pending), List.of(), "phuong2", PlanFixtures.MAY_13));
        assertEquals("plan.issue.pending", e.messageKey());
        assertEquals("1", e.arguments()[0]);
        assertEquals("4638/KH-UBND", e.arguments()[1]);
        assertTrue(e.arguments()[2].toString().contains("#" + pending.getId()));
        assertTrue(e.arguments()[2].toString().contains("Nâng cao tỷ lệ hồ sơ trực tuyến"));
        assertEquals(PlanStatus.DRAFT, ward.getStatus());
    }

    @Test
    void aChildPlanCascadesItsAdoptedTasksFurtherWhenAsked() {
        List<InheritedTask> copies = PlanFixtures.issue(city, List.of(cascading), List.of());
        InheritedTask copy = copies.get(0);
        copy.decide(new Decision(DecisionAction.ADOPT, null, null, null, null, true, "phuong2", null));
        Plan ward = PlanFixtures.plan(WARDS.get(0), "125/KH-UBND", city);
        copy.attachTo(ward);
        assertEquals(ward, copy.getPlan());
        assertTrue(copy.isCascade());
    }

    @Test
    void anIssuedPlanTakesNoNewTask() {
        PlanFixtures.issue(city, List.of(cascading), List.of());
        assertThrows(StateConflictException.class, () -> PlanFixtures.task(city, 9, "Muộn", "Năm 2024", true));
    }

    @Test
    void aTaskNeedsASolution() {
        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> PlanFixtures.task(city, 9, "  ", "Năm 2024", true));
        assertEquals("task.solution.required", e.messageKey());
    }
}
