package vn.dtiplan.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.domain.framework.Frameworks.d;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.framework.Frameworks;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.unit.UnitLevel;

class AssessmentTest {

    private static final String[] PHUONG2 = {"6", "9.5", "3", "10", "2.5", "38.605", "3", "11.5"};
    private static final Instant T = Instant.parse("2023-12-29T03:00:00Z");

    private final Frameworks units = new Frameworks();
    private final IndexFramework framework = units.wardFramework();

    static Map<String, BigDecimal> pillars(String... scores) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            map.put(Frameworks.PILLARS[i], d(scores[i]));
        }
        return map;
    }

    private Assessment phuong2Published() {
        Assessment a = new Assessment(units.ward2, framework);
        a.record(ScoreSide.APPRAISAL, pillars(PHUONG2), Map.of());
        a.replaceAdjustments(List.of(new Adjustment(d("-1"), "Tự chấm cao hơn điểm thẩm định trên 5 %")));
        a.recordPublishedTotal(d("83.105"));
        a.recordPublishedRank(2, 17);
        return a;
    }

    @Test
    void phuong2SeedFiguresAddUp() {
        Scorecard card = phuong2Published().scorecard();
        assertEquals(d("83.105"), card.total());
        assertEquals(d("83.105"), card.computedTotal());
        assertEquals(d("0"), card.difference().orElseThrow());
        assertEquals(d("100"), card.max());
        assertEquals(d("38.605"), card.pillars().get(5).score());
        List<Scorecard.PillarGap> gaps = card.pillarGaps();
        assertEquals(List.of("Chính quyền số", "Thể chế số", "Xã hội số", "Kinh tế số", "An toàn thông tin mạng"),
                gaps.stream().map(Scorecard.PillarGap::pillar).toList());
        assertEquals(d("11.395"), gaps.get(0).lost());
    }

    @Test
    void fourDecimalsStayExactAndTheDifferenceIsShown() {
        IndexFramework cityFramework = new IndexFramework(units.province, 2023, UnitLevel.CITY, "Cấp huyện 2023");
        int[] maxima = {6, 10, 3, 8, 7, 50, 4, 12};
        for (int i = 0; i < maxima.length; i++) {
            cityFramework.addPillar(Frameworks.PILLARS[i], BigDecimal.valueOf(maxima[i]));
        }
        Assessment a = new Assessment(units.city, cityFramework);
        a.record(ScoreSide.APPRAISAL, pillars("6", "7.5", "3", "6", "5", "46.3812", "3", "11.5"), Map.of());
        a.recordPublishedTotal(d("87.381"));
        Scorecard card = a.scorecard();
        assertEquals("46.3812", card.pillars().get(5).score().toPlainString());
        assertEquals("88.3812", card.computedTotal().toPlainString());
        assertEquals("87.381", card.total().toPlainString());
        assertEquals("-1.0002", card.difference().orElseThrow().toPlainString());
        assertEquals("3.6188", card.pillarGaps().get(0).lost().toPlainString());
    }

    @Test
    void withoutAPublishedTotalTheComputedOneStands() {
        Assessment a = new Assessment(units.ward3, framework);
        a.record(ScoreSide.SELF, pillars("5", "10"), Map.of());
        Scorecard card = a.scorecard();
        assertEquals(d("15"), card.total());
        assertTrue(card.difference().isEmpty());
        assertTrue(!card.complete());
    }

    @Test
    void scoresOutsideZeroToMaxAreRefusedAndNothingChanges() {
        Assessment a = new Assessment(units.ward2, framework);
        a.record(ScoreSide.SELF, pillars("5"), Map.of());
        DomainRuleException above = assertThrows(DomainRuleException.class,
                () -> a.record(ScoreSide.SELF, pillars("6", "11.5"), Map.of()));
        assertEquals("assessment.score.outOfRange", above.messageKey());
        assertEquals("Thể chế số", above.arguments()[0]);
        assertEquals("11", above.arguments()[2]);
        assertThrows(DomainRuleException.class, () -> a.record(ScoreSide.SELF, pillars("-0.5"), Map.of()));
        assertThrows(DomainRuleException.class, () -> a.record(ScoreSide.SELF, Map.of(), Map.of("6.1", d("4.5"))));
        assertEquals("assessment.pillar.unknown", assertThrows(DomainRuleException.class,
                () -> a.record(ScoreSide.SELF, Map.of("Không có", d("1")), Map.of())).messageKey());
        assertEquals(d("5"), a.pillarScore("Nhận thức số").orElseThrow().effective());
        assertEquals(d("5"), a.scorecard().total());
    }

    @Test
    void appraisedValuesCountOverSelfAssessedOnes() {
        Assessment a = new Assessment(units.ward2, framework);
        a.record(ScoreSide.SELF, pillars("6", "11"), Map.of());
        a.record(ScoreSide.APPRAISAL, pillars("6", "9.5"), Map.of());
        ScorePair institutions = a.pillarScore("Thể chế số").orElseThrow();
        assertEquals(d("11"), institutions.getSelfAssessed());
        assertEquals(d("9.5"), institutions.getAppraised());
        assertEquals(d("15.5"), a.scorecard().computedTotal());
    }

    @Test
    void criterionGapsComeMostLostFirstAndMustFitThePillarLoss() {
        Assessment a = new Assessment(units.ward2, framework);
        a.record(ScoreSide.APPRAISAL, pillars(PHUONG2), Map.of("6.1", d("3"), "6.2", d("0.5")));
        List<Scorecard.CriterionGap> gaps = a.scorecard().criterionGaps();
        assertEquals(List.of("6.2", "6.1"), gaps.stream().map(Scorecard.CriterionGap::code).toList());
        assertEquals(d("2.5"), gaps.get(0).lost());
        assertEquals("Chính quyền số", gaps.get(0).pillar());
        Assessment b = new Assessment(units.ward3, framework);
        b.record(ScoreSide.APPRAISAL, pillars("6", "11", "3", "10", "3", "49"), Map.of());
        assertEquals("assessment.criteria.exceedPillar", assertThrows(DomainRuleException.class,
                () -> b.record(ScoreSide.APPRAISAL, pillars("6", "11", "3", "10", "3", "49"),
                        Map.of("6.2", d("1")))).messageKey());
    }

    @Test
    void aPillarIsDerivedFromCriteriaThatCoverItsMaximum() {
        IndexFramework f = new IndexFramework(units.province, 2023, UnitLevel.WARD, "Nhỏ");
        var awareness = f.addPillar("Nhận thức số", d("10"));
        f.addCriterion(awareness, "1.1", "A", d("4"), null, null);
        f.addCriterion(awareness, "1.2", "B", d("6"), null, null);
        f.addCriterion(awareness, "1.2.1", "B1", d("3"), null, null);
        f.addCriterion(awareness, "1.2.2", "B2", d("3"), null, null);
        Assessment a = new Assessment(units.ward2, f);
        a.record(ScoreSide.SELF, Map.of(), Map.of("1.1", d("4"), "1.2.1", d("2")));
        assertNull(a.scorecard().pillars().get(0).score());
        a.record(ScoreSide.SELF, Map.of(), Map.of("1.1", d("4"), "1.2.1", d("2"), "1.2.2", d("1.5")));
        Scorecard.PillarResult result = a.scorecard().pillars().get(0);
        assertEquals(d("7.5"), result.score());
        assertTrue(result.derived());
    }

    @Test
    void theAssessmentKeepsItsTotalAndPillarScoresThroughEveryChange() {
        IndexFramework f = new IndexFramework(units.province, 2023, UnitLevel.WARD, "Nhỏ");
        var awareness = f.addPillar("Nhận thức số", d("10"));
        f.addCriterion(awareness, "1.1", "A", d("4"), null, null);
        f.addCriterion(awareness, "1.2", "B", d("6"), null, null);
        f.addPillar("Thể chế số", d("20"));
        Assessment a = new Assessment(units.ward2, f);
        assertTrue(a.isResultsKept());
        assertNull(a.getKeptTotal());
        a.record(ScoreSide.SELF, Map.of(), Map.of("1.1", d("4")));
        assertNull(a.getKeptTotal(), "a pillar not derivable yet");
        a.record(ScoreSide.SELF, Map.of("Thể chế số", d("12")), Map.of("1.1", d("4"), "1.2", d("5.5")));
        assertKept(a, "21.5", Map.of("Nhận thức số", d("9.5"), "Thể chế số", d("12")));
        a.record(ScoreSide.APPRAISAL, Map.of("Thể chế số", d("11")), Map.of());
        a.replaceAdjustments(List.of(new Adjustment(d("-1"), "Chấm cao")));
        assertKept(a, "19.5", Map.of("Nhận thức số", d("9.5"), "Thể chế số", d("11")));
        a.recordPublishedTotal(d("19"));
        assertKept(a, "19", Map.of("Nhận thức số", d("9.5"), "Thể chế số", d("11")));
        a.recordPublishedTotal(null);
        a.keepResults();
        assertKept(a, "19.5", Map.of("Nhận thức số", d("9.5"), "Thể chế số", d("11")));
    }

    private static void assertKept(Assessment a, String total, Map<String, BigDecimal> pillars) {
        assertEquals(a.scorecard().total(), a.getKeptTotal());
        assertEquals(d(total), a.getKeptTotal());
        Map<String, BigDecimal> kept = new java.util.HashMap<>();
        a.getKeptPillars().forEach(k -> kept.put(k.getPillar().getName(), k.getScore()));
        assertEquals(pillars, kept);
    }

    @Test
    void workflowKeepsWhoAndWhenAndRefusesSkippedSteps() {
        Assessment a = new Assessment(units.ward2, framework);
        assertEquals("assessment.empty", assertThrows(DomainRuleException.class,
                () -> a.submit("phuong2.vungtau", T)).messageKey());
        a.record(ScoreSide.SELF, pillars(PHUONG2), Map.of());
        assertThrows(StateConflictException.class, () -> a.publish("tinh.brvt", T));
        a.submit("phuong2.vungtau", T);
        assertThrows(StateConflictException.class, () -> a.record(ScoreSide.SELF, pillars("1"), Map.of()));
        a.appraise("tinh.brvt", T.plusSeconds(60));
        a.publish("tinh.brvt", T.plusSeconds(120));
        assertEquals(AssessmentStatus.PUBLISHED, a.getStatus());
        assertEquals(List.of(AssessmentStatus.SUBMITTED, AssessmentStatus.APPRAISED, AssessmentStatus.PUBLISHED),
                a.getSteps().stream().map(WorkflowStep::getStatus).toList());
        assertEquals("phuong2.vungtau", a.getSteps().get(0).getActor());
        assertEquals("assessment.published", assertThrows(StateConflictException.class,
                () -> a.record(ScoreSide.APPRAISAL, pillars("1"), Map.of())).messageKey());
    }

    @Test
    void onlyAnAppraisedOrPublishedAssessmentCountsInARanking() {
        Assessment self = new Assessment(units.ward2, framework);
        self.record(ScoreSide.SELF, pillars(PHUONG2), Map.of());
        self.appraisedBy("tinh.brvt", T);
        assertEquals(AssessmentStatus.DRAFT, self.getStatus(), "recording nothing on the appraisal side changes nothing");
        self = new Assessment(units.ward2, new Frameworks().wardFramework());
        self.record(ScoreSide.SELF, pillars(PHUONG2), Map.of());
        assertFalse(self.counts(), "a self-scored draft is the unit's own claim");
        self.submit("phuong2.vungtau", T);
        assertFalse(self.counts(), "submitted, not yet appraised");
        self.record(ScoreSide.APPRAISAL, pillars("5"), Map.of());
        self.appraisedBy("tinh.brvt", T);
        assertEquals(AssessmentStatus.SUBMITTED, self.getStatus(), "a submitted one is closed by appraise()");
        self.appraise("tinh.brvt", T);
        assertTrue(self.counts());

        Assessment scoredAbove = new Assessment(units.ward2, new Frameworks().wardFramework());
        scoredAbove.record(ScoreSide.APPRAISAL, pillars(PHUONG2), Map.of());
        scoredAbove.appraisedBy("tinh.brvt", T);
        assertEquals(AssessmentStatus.APPRAISED, scoredAbove.getStatus(), "the province scored a draft: appraised");
        assertEquals(List.of(AssessmentStatus.APPRAISED), scoredAbove.getSteps().stream().map(WorkflowStep::getStatus)
                .toList());
        assertTrue(scoredAbove.counts());
        scoredAbove.publish("tinh.brvt", T);
        assertTrue(scoredAbove.counts());
        assertFalse(AssessmentStatus.DRAFT.counts() || AssessmentStatus.SUBMITTED.counts());
    }

    @Test
    void theFirstAssessmentFreezesTheFrameworkAndMustMatchItsLevelAndIssuer() {
        assertTrue(!framework.isFrozen());
        new Assessment(units.ward2, framework);
        assertTrue(framework.isFrozen());
        assertEquals("assessment.framework.level", assertThrows(DomainRuleException.class,
                () -> new Assessment(units.city, framework)).messageKey());
        IndexFramework cityIssued = new IndexFramework(units.city, 2023, UnitLevel.WARD, "Thành phố tự ban hành");
        cityIssued.addPillar("A", d("10"));
        var otherCity = vn.dtiplan.domain.unit.StoredUnits.stored(new vn.dtiplan.domain.unit.AdministrativeUnit(
                "748", "Thành phố Bà Rịa", "thanh-pho", UnitLevel.CITY, units.province, java.time.LocalDate.of(2020, 1, 1)), 9);
        var foreignWard = vn.dtiplan.domain.unit.StoredUnits.stored(new vn.dtiplan.domain.unit.AdministrativeUnit(
                "26000", "Phường Phước Hiệp", "phuong", UnitLevel.WARD, otherCity, java.time.LocalDate.of(2020, 1, 1)), 10);
        assertEquals("assessment.framework.issuer", assertThrows(DomainRuleException.class,
                () -> new Assessment(foreignWard, cityIssued)).messageKey());
    }

    @Test
    void adjustmentsNeedAReasonAndRanksMustFit() {
        assertThrows(DomainRuleException.class, () -> new Adjustment(d("-1"), " "));
        assertThrows(DomainRuleException.class, () -> new Adjustment(d("0"), "không"));
        Assessment a = new Assessment(units.ward2, framework);
        assertThrows(DomainRuleException.class, () -> a.recordPublishedRank(18, 17));
        assertThrows(DomainRuleException.class, () -> a.recordPublishedRank(2, null));
        a.recordPublishedRank(2, 17);
        assertEquals(17, a.getPublishedRankOf());
        assertThrows(DomainRuleException.class, () -> a.recordPublishedTotal(d("100.5")));
    }

    @Test
    void ranksArePublishedAtSeveralScopesOncePerScopeAndNotAfterPublication() {
        Assessment a = new Assessment(units.ward3, framework);
        a.record(ScoreSide.APPRAISAL, pillars(PHUONG2), Map.of());
        a.recordPublishedRanks(List.of(new PublishedRank("747", 5, 33), new PublishedRank("77", 19, 177)));
        assertEquals(List.of("747", "77"), a.getRanks().stream().map(PublishedRank::getScope).toList());
        assertEquals("assessment.rank.scope.duplicate", assertThrows(DomainRuleException.class,
                () -> a.recordPublishedRanks(List.of(new PublishedRank("747", 5, 33), new PublishedRank("747", 6, 33))))
                .messageKey());
        assertEquals(2, a.getRanks().size());
        a.submit("phuong3.vungtau", T);
        a.appraise("tinh.brvt", T);
        a.publish("tinh.brvt", T);
        assertThrows(StateConflictException.class, () -> a.recordPublishedRanks(List.of()));
    }
}
