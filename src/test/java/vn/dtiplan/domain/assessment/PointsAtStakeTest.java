package vn.dtiplan.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.domain.framework.Frameworks.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.assessment.PointsAtStake.Projection;
import vn.dtiplan.domain.assessment.PointsAtStake.Target;
import vn.dtiplan.domain.framework.Frameworks;
import vn.dtiplan.domain.framework.IndexFramework;

class PointsAtStakeTest {

    /** Phường 2 2023: Chính quyền số 38.605 of 50; total 84.105 before the −1 adjustment. */
    private static final String[] PHUONG2 = {"6", "9.5", "3", "10", "2.5", "38.605", "3", "11.5"};
    private static final String ON_TIME = "Tỷ lệ hồ sơ được giải quyết đúng hạn";
    private static final String PAID_ONLINE = "Tỷ lệ hồ sơ thanh toán trực tuyến";

    private final Frameworks units = new Frameworks();
    private final IndexFramework framework = units.wardFramework();

    private PointsAtStake stakes(Map<String, BigDecimal> criteria, String... pillars) {
        Assessment a = new Assessment(units.ward2, framework);
        a.record(ScoreSide.APPRAISAL, AssessmentTest.pillars(pillars), criteria);
        return new PointsAtStake(2023, a.scorecard());
    }

    private static Target code(String code) {
        return new Target(code, null);
    }

    @Test
    void aScoredCriterionWinsBackItsMaximumMinusItsScore() {
        PointsAtStake p = stakes(Map.of("6.1", d("2.5"), "6.2", d("3")), PHUONG2);
        assertEquals(d("1.5"), p.of(code("6.1")).orElseThrow().points());
        assertEquals(d("4"), p.of(code("6.1")).orElseThrow().max());
        assertEquals(d("0"), p.of(code("6.2")).orElseThrow().points());
    }

    @Test
    void aTaskIsMatchedByItsCriterionTitleBeforeItsOwnNumbering() {
        PointsAtStake p = stakes(Map.of("6.1", d("2.5"), "6.2", d("1")), PHUONG2);
        assertEquals("6.2", p.of(new Target("3.8", "Tỷ lệ  hồ sơ thanh toán trực tuyến.")).orElseThrow().code());
        assertEquals("6.1", p.of(new Target("3.5", ON_TIME + " (theo quy định)")).orElseThrow().code());
        assertTrue(p.of(new Target("6.1", "Triển khai mô hình chợ 4.0")).isEmpty());
    }

    @Test
    void aTaskBelongsToThePillarOfTheCriterionOrPillarItAimsAt() {
        PointsAtStake p = stakes(Map.of(), PHUONG2);
        assertEquals(java.util.Optional.of("Chính quyền số"), p.pillarOf(new Target("3.5", ON_TIME)));
        assertEquals(java.util.Optional.of("Chính quyền số"), p.pillarOf(code("6.1")), "an unscored criterion too");
        assertEquals(java.util.Optional.of("An toàn thông tin mạng"), p.pillarOf(new Target(null, "An toàn thông tin mạng")));
        assertTrue(p.pillarOf(new Target("6.1", "Triển khai mô hình chợ 4.0")).isEmpty(), "a title the framework lacks");
        assertEquals(8, p.pillars().size());
        assertEquals("Chính quyền số", p.pillars().get(5));
    }

    @Test
    void aTitleNamingAPillarTargetsWhatThePillarLost() {
        PointsAtStake p = stakes(Map.of(), PHUONG2);
        PointsAtStake.Stake pillar = p.of(new Target(null, "An toàn thông tin mạng")).orElseThrow();
        assertNull(pillar.code());
        assertEquals(d("0.5"), pillar.points());
    }

    @Test
    void onAPillarOnlyAssessmentACriterionIsCappedByItsMaximumAndItsPillarsLoss() {
        PointsAtStake p = stakes(Map.of(), PHUONG2);
        assertEquals(d("4"), p.of(code("6.1")).orElseThrow().points());
        assertNull(p.of(code("6.1")).orElseThrow().score());
        PointsAtStake nearlyFull = stakes(Map.of(), "6", "9.5", "3", "10", "2.5", "48", "3", "11.5");
        assertEquals(d("2"), nearlyFull.of(code("6.1")).orElseThrow().points());
        Projection projection = nearlyFull.projection(List.of(code("6.1"), code("6.2"))).orElseThrow();
        assertEquals(d("2"), projection.gain());
    }

    @Test
    void severalTasksOnOneCriterionCountItOnce() {
        PointsAtStake p = stakes(Map.of("6.1", d("2.5"), "6.2", d("1")), PHUONG2);
        Projection projection = p.projection(List.of(code("6.1"), new Target("3.5", ON_TIME), code("6.1"),
                new Target(null, PAID_ONLINE))).orElseThrow();
        assertEquals(d("84.105"), projection.current());
        assertEquals(d("87.605"), projection.projected());
        assertEquals(d("3.5"), projection.gain());
        assertEquals(d("100"), projection.max());
    }

    @Test
    void aCriterionInsideATargetedPillarIsNotCountedAgain() {
        PointsAtStake p = stakes(Map.of("6.1", d("2.5")), PHUONG2);
        Projection both = p.projection(List.of(code("6.1"), new Target(null, "Chính quyền số"))).orElseThrow();
        assertEquals(d("11.395"), both.gain());
    }

    @Test
    void theProjectionNeverPassesTheMaximum() {
        PointsAtStake p = stakes(Map.of(), "6", "11", "3", "10", "3", "46", "4", "13");
        Projection projection = p.projection(List.of(code("6.1"), code("6.2"))).orElseThrow();
        assertEquals(d("96"), projection.current());
        assertEquals(d("100"), projection.projected());
        Projection pillar = p.projection(List.of(new Target(null, "Chính quyền số"), code("6.1"))).orElseThrow();
        assertEquals(d("100"), pillar.projected());
        Assessment published = new Assessment(units.ward2, framework);
        published.record(ScoreSide.APPRAISAL, AssessmentTest.pillars("6", "11", "3", "10", "3", "46", "4", "13"), Map.of());
        published.recordPublishedTotal(d("98"));
        Projection above = new PointsAtStake(2023, published.scorecard()).projection(List.of(code("6.1"))).orElseThrow();
        assertEquals(d("100"), above.projected());
    }

    @Test
    void unknownTargetsAndUnscoredAssessmentsShowNothing() {
        PointsAtStake p = stakes(Map.of(), PHUONG2);
        assertTrue(p.of(code("9.9")).isEmpty());
        assertTrue(p.of(new Target(null, null)).isEmpty());
        assertEquals(d("0"), p.projection(List.of(code("9.9"))).orElseThrow().gain());
        Assessment empty = new Assessment(units.ward3, framework);
        assertTrue(new PointsAtStake(2023, empty.scorecard()).projection(List.of(code("6.1"))).isEmpty());
    }
}
