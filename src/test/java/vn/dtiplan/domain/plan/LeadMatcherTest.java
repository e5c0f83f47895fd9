package vn.dtiplan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.unit.Department;

class LeadMatcherTest {

    private static final List<String> WARD = List.of("Bộ phận Văn hóa - Xã hội", "Bộ phận Một cửa",
            "Văn phòng HĐND và UBND", "Phòng Kinh tế", "Bộ phận Địa chính - Xây dựng");

    @Test
    void aPersonsOfficeMeansItsDepartment() {
        assertEquals(Optional.of("Bộ phận Văn hóa - Xã hội"), LeadMatcher.closest("Công chức Văn hóa - Xã hội", WARD));
        assertEquals(Optional.of("Bộ phận Văn hóa - Xã hội"), LeadMatcher.closest("cong chuc van hoa xa hoi", WARD));
        assertEquals(Optional.of("Bộ phận Địa chính - Xây dựng"), LeadMatcher.closest("Công chức Địa chính - Xây dựng", WARD));
        assertEquals(Optional.of("Phòng Kinh tế"), LeadMatcher.closest("Ban Kinh tế", WARD));
    }

    @Test
    void anExactNameNeedsNoSuggestion() {
        assertEquals(Optional.empty(), LeadMatcher.closest("bộ phận một cửa", WARD));
    }

    @Test
    void nothingCloseOrATieSuggestsNothing() {
        assertEquals(Optional.empty(), LeadMatcher.closest("Công an xã", WARD));
        assertEquals(Optional.empty(), LeadMatcher.closest("UBND các phường, xã", WARD));
        assertEquals(Optional.empty(), LeadMatcher.closest(" ", WARD));
        assertEquals(Optional.empty(), LeadMatcher.closest("Công chức Văn hóa", List.of("Phòng Văn hóa A", "Phòng Văn hóa B")));
    }

    @Test
    void aDepartmentLeadsOrCoordinatesATask() {
        Department culture = PlanFixtures.withId(new Department(PlanFixtures.CITY, "Bộ phận Văn hóa - Xã hội"));
        Department desk = PlanFixtures.withId(new Department(PlanFixtures.CITY, "Bộ phận Một cửa"));
        Department finance = PlanFixtures.withId(new Department(PlanFixtures.CITY, "Phòng Kinh tế"));
        Plan plan = PlanFixtures.plan(PlanFixtures.CITY, "1/KH", null);
        Task task = new Task(plan, 1, new TaskContent(null, null, null, "Số hóa hồ sơ", null,
                List.of("Công chức Văn hóa - Xã hội", "bo phan mot cua"), null, null, "Năm 2024", null, false, List.of()),
                finance, PlanFixtures.MAY_13);
        assertEquals(Optional.of(Involvement.LEAD), Involvement.of(task, finance, WARD));
        assertEquals(Optional.of(Involvement.COORDINATE), Involvement.of(task, culture, WARD));
        assertEquals(Optional.of(Involvement.COORDINATE), Involvement.of(task, desk, WARD));
        Department other = PlanFixtures.withId(new Department(PlanFixtures.CITY, "Văn phòng HĐND và UBND"));
        assertEquals(Optional.empty(), Involvement.of(task, other, WARD));
    }

    @Test
    void similarityIsDiceOverKeyWords() {
        assertEquals(List.of("van", "hoa", "xa", "hoi"), List.copyOf(LeadMatcher.keyWords("Công chức Văn hóa - Xã hội")));
        assertEquals(1.0, LeadMatcher.similarity(LeadMatcher.keyWords("Công chức Văn hóa - Xã hội"),
                LeadMatcher.keyWords("Bộ phận Văn hóa - Xã hội")));
    }
}
