package vn.dtiplan.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.dtiplan.domain.framework.Frameworks.d;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;

class ScopeRankingTest {

    @Test
    void publishedRanksComeFirstThenARankAtEachScopeWhereEveryUnitIsScored() {
        Map<String, Map<String, BigDecimal>> byScope = new LinkedHashMap<>();
        byScope.put("747", Map.of("w1", d("820"), "w2", d("910"), "w3", d("700")));
        byScope.put("77", Map.of("w1", d("820"), "w2", d("910"), "w3", d("700"), "x1", d("950"), "x2", d("820")));
        List<ScopeRanking.Rank> ranks = ScopeRanking.of("w1",
                List.of(new PublishedRank("747", 5, 33), new PublishedRank("77", 19, 177)), byScope);
        assertEquals(List.of(new ScopeRanking.Rank("747", 5, 33, true), new ScopeRanking.Rank("77", 19, 177, true),
                new ScopeRanking.Rank("747", 2, 3, false), new ScopeRanking.Rank("77", 3, 5, false)), ranks);
    }

    @Test
    void noComputedRankAtAScopeWithAUnitNotScoredOnTheFramework() {
        Map<String, BigDecimal> province = new HashMap<>(Map.of("w1", d("80"), "w2", d("90")));
        province.put("x1", null);
        Map<String, Map<String, BigDecimal>> byScope = new LinkedHashMap<>();
        byScope.put("747", Map.of("w1", d("80"), "w2", d("90")));
        byScope.put("77", province);
        assertEquals(List.of(new ScopeRanking.Rank("747", 2, 2, false)), ScopeRanking.of("w1", List.of(), byScope));
    }

    @Test
    void aPublishedRankNeedsAScopeAndARankWithinItsCount() {
        assertThrows(DomainRuleException.class, () -> new PublishedRank("747", 34, 33));
        assertThrows(DomainRuleException.class, () -> new PublishedRank("747", 0, 33));
        assertThrows(DomainRuleException.class, () -> new PublishedRank(" ", 1, 33));
        assertThrows(DomainRuleException.class, () -> new PublishedRank("747", 1, null));
    }
}
