package vn.dtiplan.domain.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitPathTest {

    private final UnitPath city = UnitPath.of("1.5");

    @Test
    void belowNeedsTheSeparator() {
        assertTrue(UnitPath.of("1.5.23").isBelow(city));
        assertTrue(UnitPath.of("1.5.23.40").isBelow(city));
        assertFalse(city.isBelow(city));
        assertFalse(UnitPath.of("1.55").isBelow(city));
        assertFalse(UnitPath.of("1").isBelow(city));
        assertFalse(UnitPath.of("2.1.5").isBelow(city));
    }

    @Test
    void withinIsTheSubtree() {
        assertTrue(city.isWithin(city));
        assertTrue(UnitPath.of("1.5.23").isWithin(city));
        assertFalse(UnitPath.of("1.55").isWithin(city));
        assertTrue(city.contains("1.5"));
        assertTrue(city.contains("1.5.7"));
        assertFalse(city.contains("1.55"));
        assertFalse(city.contains(null));
        assertTrue(city.isAbove("1.5.7"));
        assertFalse(city.isAbove("1.5"));
        assertFalse(city.isAbove(null));
    }

    @Test
    void parentChildAndAncestors() {
        assertEquals(Optional.of(UnitPath.of("1")), city.parent());
        assertEquals(Optional.empty(), UnitPath.of("1").parent());
        assertEquals(UnitPath.of("1.5.23"), city.child(23));
        assertEquals(List.of(UnitPath.of("1"), UnitPath.of("1.5")), UnitPath.of("1.5.23").ancestors());
        assertEquals(List.of(), UnitPath.of("1").ancestors());
        assertEquals(1, UnitPath.of("1").depth());
        assertEquals(3, UnitPath.of("1.5.23").depth());
        assertEquals(5, UnitPath.of("1.5.23.1001.20017").depth());
    }

    @Test
    void likePatterns() {
        assertEquals("1.5.%", city.descendantsPattern());
        assertEquals("1.5.%.%", city.grandchildrenPattern());
        assertEquals("1.5.%.%.%", city.deeperThanPattern(2), "below the grandchildren: what a two-level board leaves out");
    }

    @Test
    void malformedPathsAreRefused() {
        for (String bad : new String[] {null, "", " ", ".1", "1.", "1..2"}) {
            assertThrows(IllegalArgumentException.class, () -> UnitPath.of(bad), String.valueOf(bad));
        }
    }
}
