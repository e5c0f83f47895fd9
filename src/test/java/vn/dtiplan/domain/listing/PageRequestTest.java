package vn.dtiplan.domain.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.progress.ProgressStatus;

class PageRequestTest {

    @Test
    void noPageNorSizeIsTheWholeList() {
        assertTrue(PageRequest.parse(null, " ").isAll());
        assertEquals(0, PageRequest.ALL.offset());
    }

    @Test
    void pagesCountFromOneWithDefaultSizeFifty() {
        assertEquals(new PageRequest(1, 50), PageRequest.parse("", "50"));
        assertEquals(new PageRequest(3, 50), PageRequest.parse("3", null));
        assertEquals(100, PageRequest.parse("3", null).offset());
        assertEquals(new PageRequest(2, 500), PageRequest.parse(" 2 ", "500"));
        assertFalse(PageRequest.parse("1", "500").isAll());
    }

    @Test
    void outOfRangeOrNonNumbersAreRefused() {
        for (String[] bad : new String[][] {{"0", "10"}, {"-1", null}, {"1", "0"}, {"1", "501"}, {"x", "10"},
            {"1", "1.5"}, {"99999999999", "10"}}) {
            InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> PageRequest.parse(bad[0], bad[1]));
            assertEquals("request.page.invalid", e.messageKey());
        }
    }

    @Test
    void aListHeldInMemoryIsCutToThePage() {
        List<Integer> all = IntStream.rangeClosed(1, 7).boxed().toList();
        assertEquals(new Page<>(List.of(4, 5, 6), 7), new PageRequest(2, 3).of(all));
        assertEquals(new Page<>(List.of(7), 7), new PageRequest(3, 3).of(all));
        assertEquals(new Page<>(List.of(), 7), new PageRequest(9, 3).of(all));
        assertEquals(new Page<>(all, 7), PageRequest.ALL.of(all));
    }

    @Test
    void taskFiltersReadTheQueryParameters() {
        TaskQuery q = TaskQuery.parse("  100%_a\\ ", "done", "TRUE", " 42 ", null);
        assertEquals(ProgressStatus.DONE, q.status());
        assertTrue(q.overdue());
        assertEquals(42L, q.departmentId());
        assertEquals("%100\\%\\_a\\\\%", q.pattern());
        TaskQuery byName = TaskQuery.parse(null, null, "false", "Bộ phận Một cửa", " Chính quyền số ");
        assertEquals(null, byName.departmentId());
        assertEquals("bộ phận một cửa", byName.departmentName());
        assertFalse(byName.overdue());
        assertEquals(null, byName.pattern());
        assertEquals("Chính quyền số", byName.pillar());
        assertThrows(InvalidQueryException.class, () -> TaskQuery.parse(null, "FINISHED", null, null, null));
        assertThrows(InvalidQueryException.class, () -> TaskQuery.parse(null, null, "yes", null, null));
        assertThrows(InvalidQueryException.class, () -> PlanQuery.parse(null, "OPEN", null));
        assertThrows(InvalidQueryException.class, () -> PlanQuery.parse(null, null, "2024a"));
        assertEquals(2024, PlanQuery.parse(null, "issued", "2024").year());
    }
}
