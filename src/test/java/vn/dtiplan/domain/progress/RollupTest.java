package vn.dtiplan.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RollupTest {

    @Test
    void aParentIsTheSumOfItsOwnAndItsChildren() {
        Rollup ward2 = new Rollup(10, 2, 7, 1, 3, 1);
        Rollup ward3 = new Rollup(5, 5, 0, 0, 0, 2);
        Rollup city = new Rollup(4, 0, 0, 0, 1, 0).plus(ward2).plus(ward3);
        assertEquals(new Rollup(19, 7, 7, 1, 4, 3), city);
        assertEquals(21, city.percentDone());
        assertEquals(0, Rollup.EMPTY.percentDone());
    }

    @Test
    void aSubtreeSumsItsOwnPathAndThePathsBelowButNotASiblingSharingItsDigits() {
        java.util.Map<String, Rollup> byPath = java.util.Map.of(
                "1.2", new Rollup(4, 0, 0, 0, 1, 0),
                "1.2.3", new Rollup(10, 2, 7, 1, 3, 1),
                "1.2.4", new Rollup(5, 5, 0, 0, 0, 2),
                "1.22", new Rollup(100, 0, 0, 0, 0, 0));
        assertEquals(new Rollup(19, 7, 7, 1, 4, 3), Rollup.sumBelow(byPath, "1.2"));
        assertEquals(new Rollup(5, 5, 0, 0, 0, 2), Rollup.sumBelow(byPath, "1.2.4"));
        assertEquals(Rollup.EMPTY, Rollup.sumBelow(byPath, "1.9"));
    }

    @Test
    void sumsByPrefixAgreeWithSumsBelowForEveryListedPath() {
        java.util.Map<String, Rollup> byPath = java.util.Map.of(
                "1.2", new Rollup(4, 0, 0, 0, 1, 0),
                "1.2.3", new Rollup(10, 2, 7, 1, 3, 1),
                "1.2.4", new Rollup(5, 5, 0, 0, 0, 2),
                "1.22", new Rollup(100, 0, 0, 0, 0, 0),
                "1.22.7", new Rollup(1, 1, 0, 0, 0, 0));
        java.util.List<String> paths = java.util.List.of("1", "1.2", "1.2.4", "1.22", "1.9");
        java.util.Map<String, Rollup> sums = Rollup.sumByPrefix(byPath, paths);
        paths.forEach(p -> assertEquals(Rollup.sumBelow(byPath, p), sums.get(p), p));
        assertEquals(new Rollup(101, 1, 0, 0, 0, 0), sums.get("1.22"));
    }
}
