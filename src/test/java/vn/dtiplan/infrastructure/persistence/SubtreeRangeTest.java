package vn.dtiplan.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubtreeRangeTest {

    private static boolean inRange(String path, String top) {
        // the pattern operators compare bytes; the paths are ASCII, where String order is byte order
        return path.compareTo(SubtreeRange.from(top)) >= 0 && path.compareTo(SubtreeRange.until(top)) < 0;
    }

    @Test
    void theRangeHoldsTheUnitAndEveryDescendant() {
        for (String path : List.of("1.5", "1.5.23", "1.5.9", "1.5.0.1", "1.5.999999.7.8")) {
            assertTrue(inRange(path, "1.5"), path);
        }
    }

    @Test
    void theRangeLeavesOutSiblingsWithTheSamePrefixAncestorsAndOthers() {
        for (String path : List.of("1", "1.4", "1.6", "1.50", "1.55.3", "1.5/", "1.6.5", "2.1.5", "10.5")) {
            assertFalse(inRange(path, "1.5"), path);
        }
    }

    @Test
    void jpqlCarriesTheOperatorsThroughEclipseLinksSqlExtension() {
        assertEquals("SQL('? ~>=~ ?', a.unitPath, :subtreeFrom) and SQL('? ~<~ ?', a.unitPath, :subtreeUntil)",
                SubtreeRange.jpql("a.unitPath"));
        assertEquals("c.unit_path ~>=~ ?7 and c.unit_path ~<~ ?8", SubtreeRange.sql("c.unit_path", 7));
    }

    @Test
    void belowAddsTheRangeOnPostgreSqlOnly() {
        String exact = "u.path like :below and u.path not like :deeper";
        assertEquals(exact, Below.levels("u.path", false));
        assertEquals(exact + " and " + SubtreeRange.jpql("u.path"), Below.levels("u.path", true));
    }
}
