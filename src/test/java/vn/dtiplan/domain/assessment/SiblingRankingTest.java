package vn.dtiplan.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.domain.framework.Frameworks.d;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiblingRankingTest {

    @Test
    void ranksWhenAllSiblingsAreScoredAndTiesShareARank() {
        SiblingRanking ranking = new SiblingRanking(Map.of("a", d("90"), "b", d("83.105"), "c", d("83.105"), "d", d("70")));
        assertEquals(1, ranking.rankOf("a").orElseThrow());
        assertEquals(2, ranking.rankOf("b").orElseThrow());
        assertEquals(2, ranking.rankOf("c").orElseThrow());
        assertEquals(4, ranking.rankOf("d").orElseThrow());
    }

    @Test
    void noComputedRankWhileASiblingIsUnscored() {
        Map<String, java.math.BigDecimal> totals = new HashMap<>();
        totals.put("a", d("90"));
        totals.put("b", null);
        assertTrue(new SiblingRanking(totals).rankOf("a").isEmpty());
    }

    @Test
    void equalTotalsOfAnotherScaleShareTheRankAndLargeSiblingGroupsRankAsOneMorePerGreaterTotal() {
        SiblingRanking scaled = new SiblingRanking(Map.of("a", d("2.0"), "b", d("2.00"), "c", d("1.5")));
        assertEquals(1, scaled.rankOf("b").orElseThrow());
        assertEquals(3, scaled.rankOf("c").orElseThrow());
        java.util.Random random = new java.util.Random(15);
        Map<String, java.math.BigDecimal> totals = new HashMap<>();
        for (int i = 0; i < 168; i++) {
            totals.put("w" + i, java.math.BigDecimal.valueOf(random.nextInt(40), 1));
        }
        SiblingRanking ranking = new SiblingRanking(totals);
        totals.forEach((code, total) -> assertEquals(
                1 + totals.values().stream().filter(t -> t.compareTo(total) > 0).count(),
                (long) ranking.rankOf(code).orElseThrow(), code));
        assertTrue(ranking.rankOf("absent").isEmpty());
    }
}
