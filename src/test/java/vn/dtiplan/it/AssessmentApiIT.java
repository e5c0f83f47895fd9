package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.it.Scoring.PILLARS;
import static vn.dtiplan.it.Scoring.WORKBOOKS;
import static vn.dtiplan.it.Scoring.assertNumber;
import static vn.dtiplan.it.Scoring.createFramework;
import static vn.dtiplan.it.Scoring.framework;
import static vn.dtiplan.it.Scoring.scores;
import static vn.dtiplan.it.Scoring.tree;
import static vn.dtiplan.it.Scoring.upload;
import static vn.dtiplan.it.Scoring.withYear;
import static vn.dtiplan.it.Scoring.withYearRows;
import static vn.dtiplan.it.Screens.assertFitsThePhone;
import static vn.dtiplan.it.Screens.assertTableFitsThePhone;
import static vn.dtiplan.it.Screens.message;
import static vn.dtiplan.it.Screens.press;
import static vn.dtiplan.it.Screens.score;
import static vn.dtiplan.it.Screens.texts;
import static vn.dtiplan.it.Screens.upload;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dtiplan.domain.workbook.FrameworkSheet;
import vn.dtiplan.domain.workbook.Grid;

/**
 * Assessments over the API and on the scoring screen: a 1000-point framework created through the
 * API, refused scores that change nothing, who may read and put what, the self-assessment and
 * appraisal workflow (a self-scored draft is never ranked), several indices per unit and year.
 * Each test builds its own tree ({@link Scoring#tree} or {@link SeveralIndices}: units and accounts
 * through the API) and asserts only on it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentApiIT {

    @Deployment
    static WebArchive d() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aThousandPointFrameworkGivesTheRightTotalMaximumAndGapOrder() {
        ItTree t = tree(base);
        Api province = t.as("so");
        long id = createFramework(province, t.code("P"), 2031);
        String ward = "units/" + t.code("W1") + "/assessments/2031";
        JsonObject card = province.put(ward,
                scores(id, "80", "95", "100", "70", "100", "150", "120", "149.5")).expect(200).object();
        assertNumber("864.5", card, "total");
        assertNumber("864.5", card, "computedTotal");
        assertFalse(card.containsKey("publishedTotal"));
        assertNumber("1000", card, "max");
        List<String> order = card.getJsonArray("gaps").getValuesAs(JsonObject.class).stream()
                .map(g -> g.getString("pillar")).toList();
        assertEquals(List.of("Chính quyền số", "Nhân lực số", "Kinh tế số", "Nhận thức số", "Thể chế số", "Xã hội số"),
                order);
        JsonObject again = t.as("w1").get(ward).expect(200).object();
        assertNumber("864.5", again, "total");
    }

    @Test
    void aScoreAboveItsMaximumIsRefusedAndChangesNothing() {
        ItTree t = tree(base);
        Api province = t.as("so");
        long id = createFramework(province, t.code("P"), 2032);
        String ward = "units/" + t.code("W2") + "/assessments/2032";
        province.put(ward, scores(id, "50", "50")).expect(200);
        JsonObject error = province.put(ward, scores(id, "60", "100.5")).expectError(422);
        assertEquals("assessment.score.outOfRange", error.getString("error"));
        assertTrue(error.getString("message").contains("Thể chế số"), error.getString("message"));
        province.put(ward, scores(id, "-1")).expectError(422);
        JsonObject card = province.get(ward).expect(200).object();
        assertNumber("100", card, "total");
        assertNumber("50", card.getJsonArray("pillars").getJsonObject(1), "score");
    }

    @Test
    void aWardCannotReadOrPutASiblingsOrItsCitysAssessment() {
        ItTree t = tree(base);
        Api province = t.as("so");
        long id = createFramework(province, t.code("P"), 2046);
        String own = "units/" + t.code("W1") + "/assessments/2046";
        String sibling = "units/" + t.code("W2") + "/assessments/2046";
        province.put(own, scores(id, "5")).expect(200);
        province.put(sibling, scores(id, "6")).expect(200);
        Api ward = t.as("w1");
        ward.get(own).expect(200);
        ward.get(sibling).expectError(404);
        ward.get("units/" + t.code("C") + "/assessments/2046").expectError(404);
        ward.get("units/" + t.code("C") + "/assessments/2046/children").expectError(404);
        ward.put(sibling, scores(id, "7")).expectError(404);
        t.as("sq").get(own).expectError(404);
        assertNumber("6", province.get(sibling).expect(200).object().getJsonArray("pillars").getJsonObject(0), "score");
    }

    @Test
    void theUnitScoresItselfWhileADraftAndOnlyAppraisersSetRanks() {
        ItTree t = tree(base);
        Api province = t.as("so");
        long id = createFramework(province, t.code("P"), 2033);
        Api ward = t.as("w1");
        String path = "units/" + t.code("W1") + "/assessments/2033";
        JsonObject card = ward.put(path, scores(id, "90")).expect(200).object();
        assertNumber("90", card.getJsonArray("pillars").getJsonObject(0), "selfAssessed");
        assertEquals("DRAFT", card.getString("status"));
        JsonObject withRank = Json.createObjectBuilder(scores(id, "90")).add("rank", 1).add("rankOf", 17).build();
        ward.put(path, withRank).expectError(403);
        ward.post(path + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        ward.put(path, scores(id, "95")).expectError(409);
        province.post(path + "/appraise", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        province.post(path + "/publish", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        ward.put(path, scores(id, "6")).expectError(409);
        assertNumber("90", ward.get(path).expect(200).object().getJsonArray("pillars").getJsonObject(0), "selfAssessed");
    }

    @Test
    void onlyUnitsAboveTheScoredLevelIssueFrameworksAndWardsReadTheirProvincesFrameworks() {
        ItTree t = tree(base);
        JsonObject body = framework(t.code("P"), 2034);
        // a city issues frameworks for its own wards only: its province lies outside its scope
        t.as("tp").post("frameworks", body).expectError(404);
        t.as("w1").post("frameworks", body).expectError(403);
        t.as("sq").post("frameworks", body).expectError(404);
        t.as("so").post("frameworks", body).expect(201);
        t.as("so").post("frameworks", nested(t.code("P"), 2034)).expect(201);
        t.as("sq").post("frameworks", framework(t.code("Q"), 2034)).expect(201);
        JsonArray seen = t.as("w1").get("frameworks?year=2034").expect(200).array();
        assertEquals(2, seen.size(), seen.toString());
        assertTrue(seen.getValuesAs(JsonObject.class).stream().allMatch(f -> f.getString("issuerCode").equals(t.code("P"))));
        JsonObject codes = seen.getValuesAs(JsonObject.class).stream().filter(f -> f.getString("kind").equals("PAR"))
                .findFirst().orElseThrow();
        assertEquals("1.1", codes.getJsonArray("pillars").getJsonObject(0).getJsonArray("criteria")
                .getJsonObject(0).getString("code"));
        assertEquals("1.2", codes.getJsonArray("pillars").getJsonObject(0).getJsonArray("criteria")
                .getJsonObject(2).getString("parentCode"));
    }

    /** A framework whose criterion 1.2.1 sits under 1.2 (nesting follows the codes). */
    private static JsonObject nested(String issuer, int year) {
        return Json.createObjectBuilder().add("issuerCode", issuer).add("year", year).add("level", "WARD")
                .add("name", "Chỉ số lồng nhau " + year).add("kind", "PAR")
                .add("pillars", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Chỉ đạo, điều hành")
                        .add("max", 10).add("criteria", Json.createArrayBuilder()
                                .add(criterion("1.1", 4)).add(criterion("1.2", 6)).add(criterion("1.2.1", 3)))))
                .build();
    }

    private static JsonObjectBuilder criterion(String code, int max) {
        return Json.createObjectBuilder().add("code", code).add("title", "Tiêu chí " + code).add("max", max);
    }

    // ---- Issue 16: several indices per unit and year, grade bands, ranks published at several scopes ----

    private static final String[] WARD_DTI = {"95", "90", "85", "80", "100", "180", "140", "142"};

    private static final String[] OTHER_DTI = {"80", "80", "80", "80", "80", "150", "120", "130"};

    @Test
    void aWardIsScoredOnItsProvincesDtiAndItsCitysParIndexWithGradesAndRanksAtTwoScopes() {
        SeveralIndices t = new SeveralIndices(base);
        Api province = t.as(t.overseer);
        Api city = t.as(t.planner);
        long dti = province.post("frameworks", t.dtiFramework(2024)).expect(201).object().getJsonNumber("id").longValue();
        long par = city.post("frameworks", t.parFramework(2024)).expect(201).object().getJsonNumber("id").longValue();
        assertEquals("framework.level.invalid", city.post("frameworks", Json.createObjectBuilder(t.parFramework(2024))
                .add("level", "CITY").build()).expectError(422).getString("error"));
        JsonObject parView = t.as(t.officer).get("frameworks/" + par).expect(200).object();
        assertEquals("PAR", parView.getString("kind"));
        assertEquals("Xuất sắc", parView.getJsonArray("bands").getJsonObject(2).getString("label"));
        assertNumber("1000", province.get("frameworks/" + dti).expect(200).object(), "max");
        assertEquals("DTI", province.get("frameworks/" + dti).expect(200).object().getString("kind"));

        JsonObject card = province.put("units/" + t.ward + "/assessments/2024", SeveralIndices.scores(dti,
                SeveralIndices.DTI_PILLARS, WARD_DTI, t.city, 5, 33, t.province, 19, 177)).expect(200).object();
        assertNumber("912", card, "total");
        assertEquals("Xuất sắc", card.getString("grade"));
        JsonObject parCard = city.put("units/" + t.ward + "/assessments/2024", SeveralIndices.scores(par,
                SeveralIndices.PAR_PILLARS, new String[] {"18", "26", "25", "17"}, t.city, 3, 33, t.province, 12, 177))
                .expect(200).object();
        assertEquals("PAR", parCard.getString("kind"));
        assertEquals(par, parCard.getJsonNumber("frameworkId").longValue());
        assertNumber("86", parCard, "total");
        assertNumber("100", parCard, "max");
        assertEquals("Tốt", parCard.getString("grade"));
        assertEquals("assessment.rank.scope", city.put("units/" + t.ward + "/assessments/2024", SeveralIndices.scores(par,
                SeveralIndices.PAR_PILLARS, new String[] {"1", "1", "1", "1"}, t.otherWard, 1, 2))
                .expectError(422).getString("error"));
        t.as(t.officer).put("units/" + t.ward + "/assessments/2024", SeveralIndices.scores(par,
                SeveralIndices.PAR_PILLARS, new String[] {"20", "30", "30", "20"}, t.city, 1, 33)).expectError(403);

        JsonArray both = t.as(t.officer).get("units/" + t.ward + "/assessments?year=2024").expect(200).array();
        assertEquals(List.of("DTI", "PAR"), both.getValuesAs(JsonObject.class).stream().map(a -> a.getString("kind")).toList());
        JsonObject dtiRead = t.as(t.officer).get("units/" + t.ward + "/assessments/2024").expect(200).object();
        assertEquals(dti, dtiRead.getJsonNumber("frameworkId").longValue());
        assertEquals("Xuất sắc", dtiRead.getString("grade"));
        assertEquals(5, dtiRead.getInt("rank"));
        assertEquals(33, dtiRead.getInt("rankOf"));
        assertEquals(List.of(t.city + " 5/33 true", t.province + " 19/177 true"), ranks(dtiRead));
        JsonObject parRead = t.as(t.officer).get("units/" + t.ward + "/assessments/2024?framework=" + par).expect(200).object();
        assertNumber("86", parRead, "total");
        assertEquals(List.of(t.city + " 3/33 true", t.province + " 12/177 true"), ranks(parRead));
        assertEquals("Chỉ số CCHC phường 2024", t.as(t.officer).get("units/" + t.ward + "/assessments/2024/gaps?framework="
                + par).expect(200).object().getString("frameworkName"));

        // computed ranks appear at a scope once every ward of it is scored on the framework
        assertEquals(List.of(t.city + " 3/33 true", t.province + " 12/177 true"),
                ranks(province.get("units/" + t.ward + "/assessments/2024?framework=" + par).expect(200).object()));
        province.put("units/" + t.otherWard + "/assessments/2024",
                SeveralIndices.scores(dti, SeveralIndices.DTI_PILLARS, OTHER_DTI)).expect(200);
        city.put("units/" + t.otherWard + "/assessments/2024", SeveralIndices.scores(par, SeveralIndices.PAR_PILLARS,
                new String[] {"19", "28", "28", "19"})).expect(200);
        assertEquals(List.of(t.city + " 3/33 true", t.province + " 12/177 true", t.city + " 2/2 false",
                t.province + " 2/2 false"),
                ranks(province.get("units/" + t.ward + "/assessments/2024?framework=" + par).expect(200).object()));
        assertEquals(List.of(t.city + " 5/33 true", t.province + " 19/177 true", t.city + " 1/2 false"),
                ranks(city.get("units/" + t.ward + "/assessments/2024").expect(200).object()));

        JsonObject parRanking = city.get("units/" + t.city + "/assessments/2024/children?framework=" + par).expect(200).object();
        assertEquals("PAR", parRanking.getString("kind"));
        assertEquals(List.of(t.ward + " 86 Tốt 3 2", t.otherWard + " 94 Xuất sắc - 1"), parRanking.getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("unitCode") + " "
                        + r.getJsonNumber("total").bigDecimalValue().stripTrailingZeros().toPlainString() + " "
                        + r.getString("grade") + " "
                        + (!r.containsKey("publishedRank") || r.isNull("publishedRank") ? "-" : r.getInt("publishedRank"))
                        + " " + r.getInt("computedRank")).toList());
        assertEquals(2, parRanking.getJsonArray("frameworks").size());
        JsonObject dtiRanking = city.get("units/" + t.city + "/assessments/2024/children").expect(200).object();
        assertEquals("DTI", dtiRanking.getString("kind"));
        assertEquals(t.ward, dtiRanking.getJsonArray("rows").getJsonObject(0).getString("unitCode"));
        assertTrue(city.download("units/" + t.ward + "/assessments/2024/scorecard.xlsx?framework=" + par).expect(200)
                .header("Content-Disposition").orElseThrow().contains("-par"));

        try (Browser browser = Browser.open(base)) {
            browser.signIn(t.officer, SeveralIndices.PASSWORD, true);
            browser.go("app/scorecard.xhtml?unit=" + t.ward + "&year=2024");
            assertEquals("912", browser.text(By.id("total")));
            assertEquals(List.of("Chỉ số DTI", "Chỉ số CCHC (PAR INDEX)"), texts(browser, "#kinds .kind-tab"));
            browser.click(By.cssSelector("#kinds .kind-tab:not(.active)"));
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().contains("framework=" + par));
            assertEquals("86", browser.text(By.id("total")));
            assertEquals("Tốt", browser.text(By.id("grade")));
            assertEquals(2, texts(browser, "#ranks .rank-line").size());
            browser.shoot("scorecard-kinds");
            assertFitsThePhone(browser);
        }
        try (Browser browser = Browser.open(base)) {
            browser.signIn(t.planner, SeveralIndices.PASSWORD, true);
            browser.go("app/ranking.xhtml?unit=" + t.city + "&year=2024&framework=" + par);
            assertEquals(2, texts(browser, "#kinds .kind-tab").size());
            assertEquals(List.of("86", "94"), texts(browser, "#ranking tr.rank-row .total"));
            assertEquals(List.of("Tốt", "Xuất sắc"), texts(browser, "#ranking tr.rank-row .grade"));
            browser.shoot("ranking-kinds");
        }
    }

    /** The ranks of a scorecard as "scope rank/of published". */
    private static List<String> ranks(JsonObject card) {
        return card.getJsonArray("ranks").getValuesAs(JsonObject.class).stream().map(r -> r.getString("scope") + " "
                + r.getInt("rank") + "/" + r.getInt("of") + " " + r.getBoolean("published")).toList();
    }

    @Test
    void theWardEntersAndSubmitsTheCityAppraisesAndBrokenUploadsListTheirProblemsOnScreen() throws Exception {
        ItTree t = tree(base);
        String ward = t.code("W1");
        long id = createFramework(t.as("so"), t.code("P"), 2038);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(t.user("w1"), ItTree.PASSWORD, true);
            browser.go("app/scoring.xhtml?unit=" + ward + "&year=2038");
            assertEquals("Chưa chấm", browser.text(By.id("scoring-status")));
            score(browser, "p:Nhận thức số", "self", "80");
            score(browser, "p:Chính quyền số", "self", "150,5");
            score(browser, "c:6.1", "self", "7");
            press(browser, "scores:save", message("Đã lưu điểm."));
            assertEquals("Đang tự chấm", browser.text(By.id("scoring-status")));
            browser.shootAt(By.id("scoring-heading"), "scoring-ward-self");
            assertFitsThePhone(browser);
            assertTableFitsThePhone(browser, "entry");
            press(browser, "scores:submit", message("Đã gửi kết quả tự chấm"));
            assertEquals("Đã gửi thẩm định", browser.text(By.id("scoring-status")));
            assertTrue(browser.driver().findElements(By.cssSelector("td.self input")).isEmpty());
        }
        JsonObject submitted = t.as("w1").get("units/" + ward + "/assessments/2038").expect(200).object();
        assertNumber("150.5", submitted.getJsonArray("pillars").getJsonObject(5), "selfAssessed");
        try (Browser browser = Browser.open(base)) {
            browser.signIn(t.user("tp"), ItTree.PASSWORD, true);
            browser.go("app/scoring.xhtml?unit=" + ward + "&year=2038");
            assertEquals("150,5", browser.find(By.cssSelector("tr[data-key='p:Chính quyền số'] td.self")).getText(), "the decimal comma (issue 17)");
            score(browser, "p:Nhận thức số", "appraised", "75");
            score(browser, "p:Chính quyền số", "appraised", "140");
            press(browser, "scores:add-adjustment", d -> !d.findElements(By.cssSelector(".adjustment-points")).isEmpty());
            browser.type(By.cssSelector(".adjustment-points"), "-1");
            browser.type(By.cssSelector(".adjustment-reason"), "Tự chấm cao hơn điểm thẩm định trên 5 %");
            browser.type(By.id("scores:published-total"), "214");
            browser.type(By.id("scores:rank"), "3");
            browser.type(By.id("scores:rank-of"), "17");
            press(browser, "scores:save", message("Đã lưu điểm."));
            press(browser, "scores:appraise", message("Đã hoàn tất thẩm định."));
            assertEquals("Đã thẩm định", browser.text(By.id("scoring-status")));
            browser.shootAt(By.id("adjustments"), "scoring-city-appraised");
            upload(browser, scores(List.of(
                    List.of("Mã đơn vị", "Tên đơn vị", "Nhận thức số", "Thể chế số"),
                    List.of(ward, "Phường Một", "200", ""),
                    List.of("99999", "Không có", "10", ""))));
            List<String> problems = texts(browser, "#import-problems li");
            assertTrue(problems.contains("Trang 'Điểm', dòng 2, cột C: điểm 200 vượt tối đa 100"), problems.toString());
            assertTrue(problems.contains("Trang 'Điểm', dòng 3, cột A: không có đơn vị mã 99999 trong phạm vi của bạn."),
                    problems.toString());
            browser.shootAt(By.id("excel"), "scoring-upload-errors");
            assertFitsThePhone(browser);
        }
        JsonObject appraised = t.as("tp").get("units/" + ward + "/assessments/2038").expect(200).object();
        assertEquals("APPRAISED", appraised.getString("status"));
        assertNumber("75", appraised.getJsonArray("pillars").getJsonObject(0), "appraised");
        assertNumber("-1", appraised.getJsonArray("adjustments").getJsonObject(0), "points");
        assertNumber("214", appraised, "publishedTotal");
        assertNumber("214", appraised, "computedTotal");
        assertEquals(3, appraised.getInt("publishedRank"));
        assertEquals(17, appraised.getInt("publishedRankOf"));
        try (Browser browser = Browser.open(base)) {
            browser.signIn(t.user("so"), ItTree.PASSWORD, true);
            browser.go("app/frameworks.xhtml?id=" + id);
            assertEquals("Đã khóa", browser.text(By.id("framework-status")));
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector("#tree tr.tree-pillar")).size() == 8);
            assertEquals("1000", browser.text(By.id("framework-max")));
            browser.shoot("frameworks-province");
            browser.shootAt(By.id("tree"), "frameworks-province-tree");
            assertFitsThePhone(browser);
            assertTableFitsThePhone(browser, "tree");
            List<Grid> sheets = WORKBOOKS.read(t.as("so").get("frameworks/template.xlsx").expect(200).bytes());
            List<List<Object>> broken = new java.util.ArrayList<>(withYearRows(sheets, 2039));
            broken.add(List.of("6.1", "Mã trùng", "1"));
            upload(browser, WORKBOOKS.write(List.of(Grid.read(FrameworkSheet.NAME, broken))));
            assertTrue(texts(browser, "#import-problems li").get(0).startsWith("Trang 'Bộ chỉ số', dòng " + broken.size()
                    + ", cột A:"));
            browser.shootAt(By.id("excel"), "frameworks-upload-errors");
            upload(browser, withYear(sheets, 2039));
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
                    By.id("framework-name")).stream().anyMatch(e -> e.getText().equals("Bộ chỉ số nhập từ Excel 2039")));
            assertEquals("Đang soạn", browser.text(By.id("framework-status")));
        }
    }

    @Test
    void scoresChangedByAnotherWhileTheScoringFormIsOpenAreNotOverwritten() {
        ItTree tree = new ItTree(base).unit("P", "Tỉnh Chấm Song Song", "PROVINCE", null)
                .unit("W", "Phường Chấm Song Song", "WARD", "P")
                .account("so", "P", "PROVINCE_OVERSEER").account("w", "W", "WARD_OFFICER");
        long id = createFramework(tree.as("so"), tree.code("P"), 2040);
        Api ward = tree.as("w");
        String path = "units/" + tree.code("W") + "/assessments/2040";
        ward.put(path, scores(id, "80")).expect(200);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.user("w"), ItTree.PASSWORD, true);
            browser.go("app/scoring.xhtml?unit=" + tree.code("W") + "&year=2040");
            assertEquals("Đang tự chấm", browser.text(By.id("scoring-status")));
            ward.put(path, scores(id, "85")).expect(200);
            score(browser, "p:" + PILLARS[0], "self", "90");
            press(browser, "scores:save", message("người khác thay đổi sau khi bạn mở"));
            browser.shootAt(By.id("messages"), "scoring-stale");
        }
        assertNumber("85", ward.get(path).expect(200).object().getJsonArray("pillars").getJsonObject(0), "selfAssessed");
    }

    /**
     * Rankings never list drafts (issue 17): a ward's self-scored draft is not ranked, nor does it
     * complete its siblings' ranking; the province's scores on a draft appraise it; once the ward's
     * own result is submitted and appraised, both wards are ranked.
     */
    @Test
    void aSelfScoredDraftIsNotRankedUntilItIsAppraised() {
        SeveralIndices t = new SeveralIndices(base);
        Api province = t.as(t.overseer);
        Api city = t.as(t.planner);
        Api ward = t.as(t.officer);
        long dti = province.post("frameworks", t.dtiFramework(2024)).expect(201).object().getJsonNumber("id").longValue();
        String own = "units/" + t.ward + "/assessments/2024";
        String other = "units/" + t.otherWard + "/assessments/2024";
        String[] high = {"95", "90", "85", "80", "100", "180", "140", "142"};
        JsonObject draft = ward.put(own, SeveralIndices.scores(dti, SeveralIndices.DTI_PILLARS, high)).expect(200).object();
        assertEquals("DRAFT", draft.getString("status"));
        JsonObject scored = province.put(other, SeveralIndices.scores(dti, SeveralIndices.DTI_PILLARS,
                new String[] {"50", "50", "50", "50", "50", "100", "75", "75"})).expect(200).object();
        assertEquals("APPRAISED", scored.getString("status"), "the province's scores on a draft appraise it");
        assertEquals(List.of("APPRAISED " + t.overseer), scored.getJsonArray("steps").getValuesAs(JsonObject.class)
                .stream().map(s -> s.getString("status") + " " + s.getString("actor")).toList());

        assertEquals(List.of(t.otherWard + " 500 -", t.ward + " - -"), rankingRows(city, t.city));
        assertTrue(absent(province.get(own).expect(200).object(), "computedRank"), "no rank for a draft");
        assertEquals(List.of(), computedRanks(province.get(other).expect(200).object()),
                "the draft sibling leaves the ranking incomplete");
        JsonObject board = city.get("units/" + t.city + "/oversight").expect(200).object();
        assertTrue(board.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("unitCode").equals(t.ward)).allMatch(r -> absent(r, "score")), board.toString());

        ward.post(own + "/submit", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        assertEquals(List.of(t.otherWard + " 500 -", t.ward + " - -"), rankingRows(city, t.city), "submitted: not yet");
        province.post(own + "/appraise", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        assertEquals(List.of(t.ward + " 912 1", t.otherWard + " 500 2"), rankingRows(city, t.city));
        assertEquals(List.of(t.city + " 2/2", t.province + " 2/2"), computedRanks(province.get(other).expect(200).object()));
    }

    /** The children ranking as "code total computedRank" ("-" for none). */
    private static List<String> rankingRows(Api api, String unit) {
        return api.get("units/" + unit + "/assessments/2024/children").expect(200).object().getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("unitCode") + " "
                        + (absent(r, "total") ? "-" : r.getJsonNumber("total").bigDecimalValue().stripTrailingZeros()
                                .toPlainString()) + " "
                        + (absent(r, "computedRank") ? "-" : r.getInt("computedRank")))
                .toList();
    }

    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    /** The computed (not published) ranks of a scorecard as "scope rank/of". */
    private static List<String> computedRanks(JsonObject card) {
        return card.getJsonArray("ranks").getValuesAs(JsonObject.class).stream().filter(r -> !r.getBoolean("published"))
                .map(r -> r.getString("scope") + " " + r.getInt("rank") + "/" + r.getInt("of")).toList();
    }
}
