package vn.dtiplan.domain.reorganisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.StoredUnits;
import vn.dtiplan.domain.unit.UnitLevel;

/** The draft's rules and what a reorganisation resolves to on a small tree (Vũng Tàu, 1 July 2025). */
class ReorganisationTest {

    private static final LocalDate OPENED = LocalDate.of(2020, 1, 1);
    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

    private final AdministrativeUnit province = StoredUnits.stored(
            new AdministrativeUnit("77", "Tỉnh Bà Rịa - Vũng Tàu", "Tỉnh", UnitLevel.PROVINCE, null, OPENED), 1);
    private final AdministrativeUnit city = StoredUnits.stored(
            new AdministrativeUnit("747", "Thành phố Vũng Tàu", "Thành phố", UnitLevel.CITY, province, OPENED), 2);
    private final AdministrativeUnit ward1 = ward("26506", "Phường 1", 3);
    private final AdministrativeUnit ward2 = ward("26526", "Phường 2", 4);
    private final AdministrativeUnit ward3 = ward("26530", "Phường 3", 5);
    private final List<AdministrativeUnit> tree = List.of(province, city, ward1, ward2, ward3);

    private AdministrativeUnit ward(String code, String name, long id) {
        return StoredUnits.stored(new AdministrativeUnit(code, name, "Phường", UnitLevel.WARD, city, OPENED), id);
    }

    private static Reorganisation draft(List<ChangeSpec> changes, List<String> dissolved) {
        return new Reorganisation(EFFECTIVE, "Nghị quyết 1656/NQ-UBTVQH15", changes, dissolved, null, "admin",
                Instant.EPOCH);
    }

    private static ChangeSpec merge(String code, String parent, String... predecessors) {
        return new ChangeSpec(new SuccessorSpec(code, "Phường Vũng Tàu", UnitLevel.WARD, parent), List.of(predecessors));
    }

    private ReorganisationPlan.UnitLookup lookup(List<AdministrativeUnit> visible) {
        Map<String, AdministrativeUnit> byCode = visible.stream()
                .collect(Collectors.toMap(AdministrativeUnit::getCode, Function.identity()));
        return new ReorganisationPlan.UnitLookup() {
            @Override
            public Optional<AdministrativeUnit> inForce(String code) {
                return Optional.ofNullable(byCode.get(code));
            }

            @Override
            public List<AdministrativeUnit> children(AdministrativeUnit unit) {
                List<AdministrativeUnit> result = new ArrayList<>();
                visible.stream().filter(u -> u.getParent() == unit).forEach(result::add);
                return result;
            }
        };
    }

    @Test
    void aDraftNeedsADateABasisAndChangesEachWithPredecessors() {
        assertEquals("reorganisation.effective.required", assertThrows(DomainRuleException.class,
                () -> new Reorganisation(null, "NQ", List.of(merge("1", "77", "26506")), List.of(), null, "a",
                        Instant.EPOCH)).messageKey());
        assertEquals("reorganisation.basis.required", assertThrows(DomainRuleException.class,
                () -> new Reorganisation(EFFECTIVE, " ", List.of(merge("1", "77", "26506")), List.of(), null, "a",
                        Instant.EPOCH)).messageKey());
        assertEquals("reorganisation.changes.required",
                assertThrows(DomainRuleException.class, () -> draft(List.of(), List.of())).messageKey());
        assertEquals("reorganisation.predecessors.required",
                assertThrows(DomainRuleException.class, () -> draft(List.of(merge("1", "77")), List.of())).messageKey());
    }

    @Test
    void aUnitClosesOnceAndADissolvedUnitSucceedsNobody() {
        assertEquals("reorganisation.code.twice", assertThrows(DomainRuleException.class,
                () -> draft(List.of(merge("1", "77", "26506"), merge("2", "77", "26506")), List.of())).messageKey());
        assertEquals("reorganisation.code.twice", assertThrows(DomainRuleException.class,
                () -> draft(List.of(merge("1", "77", "26506")), List.of("26506"))).messageKey());
        assertEquals("reorganisation.successor.dissolved", assertThrows(DomainRuleException.class,
                () -> draft(List.of(merge("747", "77", "26506")), List.of("747"))).messageKey());
    }

    @Test
    void appliedOnceOnly() {
        Reorganisation r = draft(List.of(merge("26506", "77", "26506", "26526")), List.of());
        r.markApplied("admin", Instant.EPOCH);
        assertEquals(ReorganisationStatus.APPLIED, r.getStatus());
        assertEquals("reorganisation.applied",
                assertThrows(StateConflictException.class, () -> r.markApplied("admin", Instant.EPOCH)).messageKey());
    }

    @Test
    void aReusedCodeOpensANewUnitAndTheDissolvedCityHandsItsLastWardToTheProvince() {
        Reorganisation r = draft(List.of(merge("26506", "77", "26506", "26526")), List.of("747"));
        ReorganisationPlan plan = ReorganisationPlan.of(r, lookup(tree));
        ReorganisationPlan.Step step = plan.steps().get(0);
        assertTrue(step.opensUnit(), "26506 is Phường 1's code, reused by the new ward");
        assertSame(province, step.newParent());
        assertEquals(List.of(ward1, ward2), step.predecessors());
        assertEquals(List.of(city), plan.dissolved());
        assertEquals(1, plan.handovers().size());
        assertSame(ward3, plan.handovers().get(0).child());
        assertSame(province, plan.handovers().get(0).toUnit());
        assertNull(plan.handovers().get(0).step());
    }

    @Test
    void aNewProvinceOpensFirstAndTheNewWardsStandUnderIt() {
        ChangeSpec hcmc = new ChangeSpec(new SuccessorSpec("79", "Thành phố Hồ Chí Minh", UnitLevel.PROVINCE, null),
                List.of("77"));
        Reorganisation r = draft(List.of(hcmc, merge("26506", "79", "26506", "26526", "26530")), List.of("747"));
        ReorganisationPlan plan = ReorganisationPlan.of(r, lookup(tree));
        ReorganisationPlan.Step ward = plan.steps().get(1);
        assertSame(plan.steps().get(0), ward.parentStep());
        assertTrue(plan.handovers().isEmpty(), "every ward merges, the city is dissolved");
        Reorganisation backwards = draft(List.of(merge("26506", "79", "26506"), hcmc), List.of());
        assertEquals("reorganisation.unit.unknown", assertThrows(DomainRuleException.class,
                () -> ReorganisationPlan.of(backwards, lookup(tree))).messageKey(), "a parent opens before its children");
    }

    @Test
    void anExistingUnitNotClosingAbsorbsItsPredecessors() {
        Reorganisation r = draft(List.of(new ChangeSpec(new SuccessorSpec("26530", null, null, null),
                List.of("26526"))), List.of());
        ReorganisationPlan.Step step = ReorganisationPlan.of(r, lookup(tree)).steps().get(0);
        assertFalse(step.opensUnit());
        assertSame(ward3, step.existingSuccessor());
    }

    @Test
    void unknownOrOutOfScopeCodesAreRefusedAlike() {
        Reorganisation unknown = draft(List.of(merge("9", "77", "26506", "99999")), List.of());
        assertEquals("reorganisation.unit.unknown",
                assertThrows(DomainRuleException.class, () -> ReorganisationPlan.of(unknown, lookup(tree))).messageKey());
        Reorganisation outside = draft(List.of(merge("9", "77", "26506", "26526")), List.of());
        assertEquals("reorganisation.unit.unknown", assertThrows(DomainRuleException.class,
                () -> ReorganisationPlan.of(outside, lookup(List.of(province, city, ward1)))).messageKey());
    }

    @Test
    void aNewUnitNeedsAParentThatStaysAndFitsItsLevel() {
        Reorganisation underClosing = draft(List.of(merge("9", "747", "26506")), List.of("747"));
        assertEquals("reorganisation.parent.closing", assertThrows(DomainRuleException.class,
                () -> ReorganisationPlan.of(underClosing, lookup(tree))).messageKey());
        Reorganisation underWard = draft(List.of(merge("9", "26530", "26506")), List.of());
        assertEquals("reorganisation.parent.level", assertThrows(DomainRuleException.class,
                () -> ReorganisationPlan.of(underWard, lookup(tree))).messageKey());
        Reorganisation nameless = draft(List.of(new ChangeSpec(new SuccessorSpec("9", null, null, "77"),
                List.of("26506"))), List.of());
        assertEquals("reorganisation.successor.incomplete", assertThrows(DomainRuleException.class,
                () -> ReorganisationPlan.of(nameless, lookup(tree))).messageKey());
    }

    @Test
    void theEffectiveDateFollowsTheOpeningOfEveryClosingUnit() {
        Reorganisation early = new Reorganisation(OPENED, "NQ", List.of(merge("9", "77", "26506")), List.of(), null,
                "a", Instant.EPOCH);
        assertEquals("reorganisation.effective.beforeOpening", assertThrows(DomainRuleException.class,
                () -> ReorganisationPlan.of(early, lookup(tree))).messageKey());
    }
}
