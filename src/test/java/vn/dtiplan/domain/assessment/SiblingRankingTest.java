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
}
