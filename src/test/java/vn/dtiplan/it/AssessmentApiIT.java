package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dtiplan.domain.workbook.FrameworkSheet;
import vn.dtiplan.domain.workbook.Grid;
import vn.dtiplan.domain.workbook.ScoresSheet;
import vn.dtiplan.infrastructure.document.XlsxWorkbookFiles;

/**
 * Frameworks and assessments over the API: Phường 2's published 2023 scorecard (the demo seed's
 * figures, which these tests check as such), a 1000-point framework created through the API,
 * refused scores that change nothing, who may read and put what. The scoring, workflow and
 * visibility tests build their own tree ({@link #tree()}: units and accounts through the API) and
 * assert only on it; each test that writes on demo units uses its own year, so the tests do not
 * depend on their order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentApiIT {

    private static final String[] PILLARS = {"Nhận thức số", "Thể chế số", "Hạ tầng số", "Nhân lực số",
        "An toàn thông tin mạng", "Chính quyền số", "Kinh tế số", "Xã hội số"};
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final XlsxWorkbookFiles WORKBOOKS = new XlsxWorkbookFiles();
    private static final int[] THOUSAND = {100, 100, 100, 100, 100, 200, 150, 150};

    @Deployment
    static WebArchive d() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void phuong2SeesItsPublishedScorecardWithGapsLedByDigitalGovernment() {
        JsonObject card = Api.at(base).as("phuong2.vungtau").get("units/26509/assessments/2023").expect(200).object();
        assertEquals("26509", card.getString("unitCode"));
        assertEquals(2023, card.getInt("year"));
        assertNumber("83.105", card, "total");
        assertNumber("100", card, "max");
        assertEquals(2, card.getInt("rank"));
        assertEquals(17, card.getInt("rankOf"));
        assertNumber("83.105", card, "computedTotal");
        assertNumber("0", card, "difference");
        JsonArray pillars = card.getJsonArray("pillars");
        assertEquals(8, pillars.size());
        String[] scores = {"6", "9.5", "3", "10", "2.5", "38.605", "3", "11.5"};
        String[] maxima = {"6", "11", "3", "10", "3", "50", "4", "13"};
        for (int i = 0; i < 8; i++) {
            JsonObject p = pillars.getJsonObject(i);
            assertEquals(PILLARS[i], p.getString("name"));
            assertNumber(scores[i], p, "score");
            assertNumber(maxima[i], p, "max");
        }
        JsonArray gaps = card.getJsonArray("gaps");
        assertEquals(List.of("Chính quyền số", "Thể chế số", "Xã hội số", "Kinh tế số", "An toàn thông tin mạng"),
                gaps.getValuesAs(JsonObject.class).stream().map(g -> g.getString("pillar")).toList());
        assertNumber("11.395", gaps.getJsonObject(0), "lost");
        assertEquals(15, card.getJsonArray("criterionGaps").size());
        assertEquals(-1, new BigDecimal(card.getJsonArray("adjustments").getJsonObject(0)
                .getJsonNumber("points").toString()).intValueExact());
    }

    @Test
    void vungTauKeepsItsPublishedTotalAndShowsTheDifference() {
        JsonObject card = Api.at(base).as("tp.vungtau").get("units/747/assessments/2023").expect(200).object();
        assertNumber("87.381", card, "total");
        assertNumber("88.3812", card, "computedTotal");
        assertNumber("-1.0002", card, "difference");
        assertEquals("46.3812", card.getJsonArray("pillars").getJsonObject(5).getJsonNumber("score").toString());
        assertEquals(2, card.getInt("rank"));
        assertEquals(8, card.getInt("rankOf"));
        assertEquals("PUBLISHED", card.getString("status"));
        assertEquals(3, card.getJsonArray("steps").size());
    }

    @Test
    void aThousandPointFrameworkGivesTheRightTotalMaximumAndGapOrder() {
        ItTree t = tree();
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
        ItTree t = tree();
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
        ItTree t = tree();
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
        ItTree t = tree();
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
        ItTree t = tree();
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

    /**
     * The test's own tree: province P (overseer {@code so}) with city C (planner {@code tp}) and
     * wards W1 and W2 (officers {@code w1}, {@code w2}), and another province Q (overseer {@code sq}).
     */
    private ItTree tree() {
        return new ItTree(base).unit("P", "Tỉnh Chấm Điểm", "PROVINCE", null)
                .unit("C", "Thành phố Chấm Điểm", "CITY", "P").unit("W1", "Phường Một", "WARD", "C")
                .unit("W2", "Phường Hai", "WARD", "C").unit("Q", "Tỉnh Khác", "PROVINCE", null)
                .account("so", "P", "PROVINCE_OVERSEER").account("tp", "C", "CITY_PLANNER")
                .account("w1", "W1", "WARD_OFFICER").account("w2", "W2", "WARD_OFFICER")
                .account("sq", "Q", "PROVINCE_OVERSEER");
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

    @Test
    void theCitySeesItsWardsRankedWithPhuong2Second() {
        JsonObject ranking = Api.at(base).as("tp.vungtau").get("units/747/assessments/2023/children").expect(200).object();
        JsonArray rows = ranking.getJsonArray("rows");
        assertEquals(17, rows.size());
        assertTrue(ranking.getBoolean("complete"));
        JsonObject second = rows.getJsonObject(1);
        assertEquals("26509", second.getString("unitCode"));
        assertEquals(2, second.getInt("publishedRank"));
        assertEquals(2, second.getInt("computedRank"));
        JsonObject card = Api.at(base).as("tp.vungtau").get("units/26509/assessments/2023").expect(200).object();
        assertEquals(2, card.getInt("computedRank"));
        assertEquals(17, card.getInt("computedRankOf"));
    }

    @Test
    void phuong2ScorecardAndVungTauRankingShowTheSeedFiguresOnScreen() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("phuong2.vungtau");
            browser.go("app/scorecard.xhtml?year=2023"); // the seed year; the demo also has 2024 results
            assertEquals("83,105", browser.text(By.id("total")), "the decimal comma (issue 17)");
            assertEquals("100", browser.text(By.id("max")));
            assertEquals("2/17", browser.text(By.id("rank")));
            assertEquals(List.of("6", "9,5", "3", "10", "2,5", "38,605", "3", "11,5"), texts(browser, "#pillars td.score"));
            assertEquals("Chính quyền số", texts(browser, ".gap-pillar").get(0));
            assertEquals("−11,395", texts(browser, ".gap-lost").get(0));
            assertEquals("84,105", browser.text(By.id("pillar-sum")));
            assertEquals("83,105", browser.text(By.id("computed-total")));
            browser.find(By.cssSelector("#radar canvas"));
            browser.shoot("scorecard-phuong2");
            scrollTo(browser, "radar").shoot("scorecard-phuong2-chart");
            scrollTo(browser, "gaps").shoot("scorecard-phuong2-gaps");
            assertFitsThePhone(browser);
        }
        try (Browser browser = Browser.open(base)) {
            browser.signIn("tp.vungtau");
            browser.go("app/ranking.xhtml?unit=747&year=2023&mark=26509");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector("#ranking tr.rank-row")).isEmpty());
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#ranking tr.rank-row"));
            assertEquals(17, rows.size());
            assertEquals("26509", rows.get(1).getAttribute("data-code"));
            assertEquals("2", rows.get(1).findElement(By.cssSelector(".published-rank")).getText());
            assertEquals("83,105", rows.get(1).findElement(By.cssSelector(".total")).getText(), "the decimal comma (issue 17)");
            browser.find(By.cssSelector("#bars canvas"));
            browser.shoot("ranking-vungtau");
            scrollTo(browser, "bars").shoot("ranking-vungtau-chart");
            assertFitsThePhone(browser);
            assertTableFitsThePhone(browser, "ranking");
            browser.go("app/scorecard.xhtml?unit=747&year=2023");
            assertEquals("87,381", browser.text(By.id("total")));
            assertEquals("-1,0002", browser.text(By.id("difference")), "the decimal comma (issue 17)");
            browser.find(By.id("difference-note"));
            browser.shoot("scorecard-vungtau");
        }
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

    // ---- A draft framework is revised as a whole (PUT, the POST body); a frozen one refuses any change ----

    @Test
    void aDraftFrameworkIsRevisedAndBadRevisionsChangeNothing() {
        ItTree t = tree();
        String issuer = t.code("P");
        Api province = t.as("so");
        long id = createFramework(province, issuer, 2042);
        JsonObject answer = province.put("frameworks/" + id, revised(issuer, 2042)).expect(200).object();
        assertEquals("DRAFT", answer.getString("status"));
        JsonObject stored = province.get("frameworks/" + id).expect(200).object();
        assertRevised(stored);
        assertEquals(answer, stored);
        JsonArray history = province.get("audit/FRAMEWORK/" + id).expect(200).array();
        assertEquals(List.of("UPDATE", "CREATE"), history.getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList());
        JsonObject changes = history.getJsonObject(0).getJsonObject("changes");
        assertEquals("Tiêu chí 1.1 đã sửa (10)", changes.getJsonObject("1.1").getString("to"));
        assertTrue(changes.containsKey("VIII. Xã hội số"), changes.toString());

        JsonObject tooMuch = withCriterion(revised(issuer, 2042), 1, "2.2", "Quá điểm tối đa", 91);
        assertEquals("framework.criterion.max.exceeds", province.put("frameworks/" + id, tooMuch)
                .expectError(422).getString("error"));
        JsonObject otherIssuer = Json.createObjectBuilder(revised(issuer, 2042)).add("issuerCode", t.code("Q")).build();
        assertEquals("framework.issuer.fixed", province.put("frameworks/" + id, otherIssuer)
                .expectError(422).getString("error"));
        JsonObject noPillars = Json.createObjectBuilder(revised(issuer, 2042)).add("pillars", JsonValue.EMPTY_JSON_ARRAY)
                .build();
        assertEquals("framework.empty", province.put("frameworks/" + id, noPillars).expectError(422).getString("error"));
        assertEquals(stored, province.get("frameworks/" + id).expect(200).object());

        t.as("w1").put("frameworks/" + id, framework(issuer, 2042)).expectError(403);
        t.as("tp").put("frameworks/" + id, framework(issuer, 2042)).expectError(403);
        t.as("sq").put("frameworks/" + id, framework(issuer, 2042)).expectError(404);
        province.put("frameworks/987654321", framework(issuer, 2042)).expectError(404);
        assertEquals(stored, province.get("frameworks/" + id).expect(200).object());
    }

    @Test
    void aFrozenFrameworkRefusesARevisionAndIsCopiedIntoNextYearsDraft() {
        ItTree t = tree();
        String issuer = t.code("P");
        Api province = t.as("so");
        long id = createFramework(province, issuer, 2043);
        province.put("units/" + t.code("W2") + "/assessments/2043", scores(id, "50")).expect(200);
        JsonObject frozen = province.get("frameworks/" + id).expect(200).object();
        assertEquals("FROZEN", frozen.getString("status"));
        JsonObject refused = province.put("frameworks/" + id, revised(issuer, 2043)).expectError(409);
        assertEquals("framework.frozen", refused.getString("error"));
        assertTrue(refused.getString("message").contains("không sửa được"), refused.getString("message"));
        assertEquals(frozen, province.get("frameworks/" + id).expect(200).object());

        t.as("w1").post("frameworks/" + id + "/copy?year=2044", JsonValue.EMPTY_JSON_OBJECT).expectError(403);
        province.post("frameworks/" + id + "/copy?year=1999", JsonValue.EMPTY_JSON_OBJECT).expectError(422);
        JsonObject copy = province.post("frameworks/" + id + "/copy?year=2044", JsonValue.EMPTY_JSON_OBJECT)
                .expect(201).object();
        assertEquals("DRAFT", copy.getString("status"));
        assertEquals(2044, copy.getInt("year"));
        assertEquals("Bộ chỉ số 1000 điểm 2044", copy.getString("name"));
        assertEquals(frozen.getJsonArray("pillars"), copy.getJsonArray("pillars"));
        long copyId = copy.getJsonNumber("id").longValue();
        assertTrue(copyId != id);
        assertRevised(province.put("frameworks/" + copyId, revised(issuer, 2044)).expect(200).object());
        assertEquals(frozen, province.get("frameworks/" + id).expect(200).object());
    }

    @Test
    void theProvinceEditsADraftOnScreenAndCopiesAFrozenFrameworkIntoNextYearsDraft() {
        Api province = Api.at(base).as("tinh.brvt");
        long id = createFramework(province, 2045);
        JsonObject before = province.get("frameworks/" + id).expect(200).object();
        By title11 = By.cssSelector(".fw-criterion[data-code='1.1'] .criterion-title");
        By max11 = By.cssSelector(".fw-criterion[data-code='1.1'] .criterion-max");
        try (Browser browser = Browser.open(base)) {
            browser.signIn("tinh.brvt");
            browser.go("app/frameworks.xhtml?id=" + id);
            assertEquals("Đang soạn", browser.text(By.id("framework-status")));
            press(browser, "fw:edit", d -> !d.findElements(title11).isEmpty());
            browser.type(title11, "Tiêu chí 1.1 sửa trên màn hình");
            browser.type(max11, "101");
            press(browser, By.cssSelector(".fw-pillar .add-criterion"),
                    d -> !d.findElements(By.cssSelector(".fw-criterion[data-code='new']")).isEmpty());
            assertEquals(1, browser.driver().findElements(By.cssSelector(".fw-criterion[data-code='new']")).size());
            browser.type(By.cssSelector(".fw-criterion[data-code='new'] .criterion-code"), "1.2");
            browser.type(By.cssSelector(".fw-criterion[data-code='new'] .criterion-title"), "Họp ban chỉ đạo định kỳ");
            browser.type(By.cssSelector(".fw-criterion[data-code='new'] .criterion-max"), "2,5");
            press(browser, "fw:save", message("vượt quá 100 điểm của Nhận thức số"));
            assertEquals("Tiêu chí 1.1 sửa trên màn hình", browser.find(title11).getAttribute("value"));
            assertEquals(List.of("1.1"), browser.driver().findElements(By.cssSelector(".fw-problem"))
                    .stream().map(e -> e.getAttribute("data-code")).toList());
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                    browser.driver().executeScript("return !window.jQuery || jQuery(':animated').length === 0;")));
            browser.shootAt(By.id("messages"), "frameworks-editor-refused");
            browser.shootAt(By.cssSelector(".fw-pillar"), "frameworks-editor");
            assertFitsThePhone(browser);
            assertEquals(before, province.get("frameworks/" + id).expect(200).object());

            browser.type(max11, "10");
            press(browser, "fw:save", message("Đã lưu bộ chỉ số"));
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(d -> d.findElements(
                    By.cssSelector("#tree tr[data-code='1.2']")).size() == 1);
            assertEquals("Tiêu chí 1.1 sửa trên màn hình",
                    browser.text(By.cssSelector("#tree tr[data-code='1.1'] td.title")));
            assertEquals("1000", browser.text(By.id("framework-max")));
            browser.shootAt(By.id("framework-card"), "frameworks-edited");
        }
        JsonArray criteria = province.get("frameworks/" + id).expect(200).object().getJsonArray("pillars")
                .getJsonObject(0).getJsonArray("criteria");
        assertEquals("Tiêu chí 1.1 sửa trên màn hình", criteria.getJsonObject(0).getString("title"));
        assertEquals("1.2", criteria.getJsonObject(1).getString("code"));
        assertNumber("2.5", criteria.getJsonObject(1), "max");

        long frozen = wardFramework2023(province);
        try (Browser browser = Browser.open(base)) {
            browser.signIn("tinh.brvt");
            browser.go("app/frameworks.xhtml?id=" + frozen);
            assertEquals("Đã khóa", browser.text(By.id("framework-status")));
            assertTrue(browser.driver().findElements(By.id("fw:edit")).isEmpty());
            assertTrue(browser.text(By.id("status-hint")).contains("sao chép thành dự thảo năm mới"));
            assertEquals("2024", browser.find(By.id("fw:copy-year")).getAttribute("value"));
            browser.shootAt(By.id("framework-card"), "frameworks-frozen");
            browser.type(By.id("fw:copy-year"), "2046");
            browser.click(By.id("fw:copy"));
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
                    By.id("framework-name")).stream().anyMatch(e -> e.getText().contains("năm 2046")));
            assertEquals("Đang soạn", browser.text(By.id("framework-status")));
            assertTrue(browser.text(By.id("messages")).contains("Đã tạo bản nháp"));
            browser.find(By.id("fw:edit"));
        }
        try (Browser browser = Browser.open(base)) {
            browser.signIn("tp.vungtau");
            browser.go("app/frameworks.xhtml?id=" + id);
            assertEquals("Đang soạn", browser.text(By.id("framework-status")));
            assertTrue(browser.driver().findElements(By.id("fw:edit")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("fw:copy")).isEmpty());
        }
    }

    /** The 1000-point framework of {@link #framework} revised: renamed, pillar I raised to 150 with a sub-criterion, pillar VIII dropped. */
    private static JsonObject revised(String issuer, int year) {
        JsonObject original = framework(issuer, year);
        JsonArrayBuilder pillars = Json.createArrayBuilder();
        List<JsonObject> kept = original.getJsonArray("pillars").getValuesAs(JsonObject.class).subList(0, 7);
        pillars.add(Json.createObjectBuilder(kept.get(0)).add("max", 150).add("criteria", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "1.1").add("title", "Tiêu chí 1.1 đã sửa").add("max", 10))
                .add(Json.createObjectBuilder().add("code", "1.1.1").add("title", "Tiêu chí con").add("max", 4)
                        .add("scoringMethod", "Có: 4 điểm").add("evidence", "Quyết định"))));
        kept.subList(1, 7).forEach(pillars::add);
        return Json.createObjectBuilder(original).add("name", "Bộ chỉ số " + year + " (sửa)").add("pillars", pillars)
                .build();
    }

    private static void assertRevised(JsonObject f) {
        assertTrue(f.getString("name").endsWith("(sửa)"), f.toString());
        assertEquals("DRAFT", f.getString("status"));
        assertNumber("900", f, "max");
        JsonArray pillars = f.getJsonArray("pillars");
        assertEquals(7, pillars.size());
        JsonObject first = pillars.getJsonObject(0);
        assertNumber("150", first, "max");
        assertEquals("Tiêu chí 1.1 đã sửa", first.getJsonArray("criteria").getJsonObject(0).getString("title"));
        JsonObject sub = first.getJsonArray("criteria").getJsonObject(1);
        assertEquals("1.1", sub.getString("parentCode"));
        assertEquals("Quyết định", sub.getString("evidence"));
        assertEquals("Kinh tế số", pillars.getJsonObject(6).getString("name"));
    }

    /** The body with one more criterion in the pillar at {@code index}. */
    private static JsonObject withCriterion(JsonObject body, int index, String code, String title, int max) {
        JsonArrayBuilder pillars = Json.createArrayBuilder();
        List<JsonObject> all = body.getJsonArray("pillars").getValuesAs(JsonObject.class);
        for (int i = 0; i < all.size(); i++) {
            JsonObject p = all.get(i);
            pillars.add(i != index ? p : Json.createObjectBuilder(p).add("criteria", Json.createArrayBuilder(
                    p.getJsonArray("criteria")).add(Json.createObjectBuilder().add("code", code).add("title", title)
                    .add("max", max))).build());
        }
        return Json.createObjectBuilder(body).add("pillars", pillars).build();
    }

    // ---- Issue 6: the scorecard and the ranking as Excel workbooks, the same figures as the API ----

    @Test
    void scorecardAndRankingWorkbooksHoldTheApisFigures() throws Exception {
        Api ward = Api.at(base).as("phuong2.vungtau");
        JsonObject card = ward.get("units/26509/assessments/2023").expect(200).object();
        Api.Reply file = ward.download("units/26509/assessments/2023/scorecard.xlsx").expect(200);
        assertTrue(file.header("Content-Disposition").orElseThrow().contains("ket-qua-26509-2023.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Phường 2 - năm 2023, xếp thứ 2/17", sheet.getRow(1).getCell(0).getStringCellValue());
            List<JsonObject> pillars = card.getJsonArray("pillars").getValuesAs(JsonObject.class);
            for (int i = 0; i < pillars.size(); i++) {
                Row row = sheet.getRow(FIRST_ROW + i);
                assertEquals(pillars.get(i).getString("name"), row.getCell(1).getStringCellValue());
                assertFigure(pillars.get(i), "score", row.getCell(2));
                assertFigure(pillars.get(i), "max", row.getCell(3));
            }
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Tổng điểm", total.getCell(1).getStringCellValue());
            assertFigure(card, "total", total.getCell(2));
            assertFigure(card, "max", total.getCell(3));
            Sheet gaps = book.getSheetAt(1);
            List<JsonObject> criteria = card.getJsonArray("criterionGaps").getValuesAs(JsonObject.class);
            assertEquals(FIRST_ROW - 1 + criteria.size(), gaps.getLastRowNum());
            assertEquals(criteria.get(0).getString("code"), gaps.getRow(FIRST_ROW).getCell(0).getStringCellValue());
            assertFigure(criteria.get(0), "lost", gaps.getRow(FIRST_ROW).getCell(5));
        }

        Api city = Api.at(base).as("tp.vungtau");
        List<JsonObject> ranked = city.get("units/747/assessments/2023/children").expect(200).object()
                .getJsonArray("rows").getValuesAs(JsonObject.class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                city.download("units/747/assessments/2023/children.xlsx").expect(200).bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(FIRST_ROW - 1 + ranked.size(), sheet.getLastRowNum());
            Row header = sheet.getRow(FIRST_ROW - 1);
            for (int i = 0; i < ranked.size(); i++) {
                JsonObject child = ranked.get(i);
                Row row = sheet.getRow(FIRST_ROW + i);
                if (child.containsKey("publishedRank") && !child.isNull("publishedRank")) {
                    assertFigure(child, "publishedRank", row.getCell(0));
                } else {
                    assertEquals("", row.getCell(0).getStringCellValue());
                }
                assertEquals(child.getString("unitName"), row.getCell(2).getStringCellValue());
                assertFigure(child, "total", row.getCell(3));
                List<JsonObject> pillars = child.getJsonArray("pillars").getValuesAs(JsonObject.class);
                for (int p = 0; p < pillars.size(); p++) {
                    assertTrue(header.getCell(4 + p).getStringCellValue().startsWith(pillars.get(p).getString("name")));
                    assertFigure(pillars.get(p), "score", row.getCell(4 + p));
                }
            }
        }

        ward.download("units/26512/assessments/2023/scorecard.xlsx").expectError(404);
        ward.download("units/747/assessments/2023/children.xlsx").expectError(404);
        Api.at(base).as("hvt.bacgiang").download("units/26509/assessments/2023/scorecard.xlsx").expectError(404);
    }

    private static final int FIRST_ROW = 4;

    private static void assertFigure(JsonObject object, String field, Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), field + " is a figure");
        assertEquals(0, object.getJsonNumber(field).bigDecimalValue().compareTo(new BigDecimal(
                Double.toString(cell.getNumericCellValue()))), field + " of " + object);
    }

    @Test
    void aFrameworkAndManyUnitsScoresAreImportedFromTheExcelTemplate() {
        ItTree t = tree();
        String w1 = t.code("W1");
        String w2 = t.code("W2");
        Api province = t.as("so");
        Api.Reply template = province.get("frameworks/template.xlsx").expect(200);
        assertTrue(template.header("Content-Type").orElse("").startsWith(XLSX), template.headers().toString());
        List<Grid> sheets = WORKBOOKS.read(template.bytes());
        JsonObject framework = upload(province, "frameworks/import", withYear(sheets, 2035)).expect(201).object();
        long id = framework.getJsonNumber("id").longValue();
        assertEquals("DRAFT", framework.getString("status"));
        assertNumber("100", framework, "max");
        assertEquals(2, framework.getJsonArray("pillars").getJsonObject(5).getJsonArray("criteria").size());
        byte[] scores = scores(List.of(
                List.of("Mã đơn vị", "Tên đơn vị", "Nhận thức số", "Chính quyền số", "6.1"),
                List.of(w1, "Phường Một", "5", "45", "3.5"),
                List.of(w2, "", "6", "38,605", "")));
        JsonObject imported = upload(province, "assessments/import?year=2035", scores).expect(200).object();
        assertEquals(List.of(w1, w2), imported.getJsonArray("unitCodes").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(id, imported.getJsonNumber("frameworkId").longValue());
        JsonObject card = province.get("units/" + w2 + "/assessments/2035").expect(200).object();
        assertNumber("38.605", card.getJsonArray("pillars").getJsonObject(5), "appraised");
        assertNumber("3.5", t.as("w1").get("units/" + w1 + "/assessments/2035").expect(200)
                .object().getJsonArray("criterionGaps").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("code").equals("6.1")).findFirst().orElseThrow(), "score");
        assertEquals("FROZEN", province.get("frameworks/" + id).expect(200).object().getString("status"));
    }

    @Test
    void aBrokenWorkbookImportsNothingAndNamesSheetRowAndColumnOfEveryProblem() {
        ItTree t = tree();
        String w1 = t.code("W1");
        String w2 = t.code("W2");
        Api province = t.as("so");
        List<Grid> sheets = WORKBOOKS.read(province.get("frameworks/template.xlsx").expect(200).bytes());
        long id = upload(province, "frameworks/import", withYear(sheets, 2036)).expect(201).object()
                .getJsonNumber("id").longValue();
        byte[] broken = scores(List.of(
                List.of("Mã đơn vị", "Tên đơn vị", "Nhận thức số", "Thể chế số"),
                List.of(w1, "Phường Một", "6", "11"),
                List.of("99999", "Không có", "1", ""),
                List.of(w2, "Phường Hai", "", "12"),
                List.of(w1, "Phường Một lặp", "mười", "")));
        JsonObject refused = upload(province, "assessments/import?year=2036", broken).expect(422).object();
        assertEquals("import.refused", refused.getString("error"));
        List<String> messages = refused.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("message")).toList();
        assertTrue(messages.contains("Trang 'Điểm', dòng 4, cột D: điểm 12 vượt tối đa 11"), messages.toString());
        assertTrue(messages.contains("Trang 'Điểm', dòng 3, cột A: không có đơn vị mã 99999 trong phạm vi của bạn."),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Trang 'Điểm', dòng 5, cột A:")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Trang 'Điểm', dòng 5, cột C:")), messages.toString());
        JsonObject problem = refused.getJsonArray("problems").getJsonObject(0);
        assertEquals("Điểm", problem.getString("sheet"));
        province.get("units/" + w1 + "/assessments/2036").expectError(404);
        assertEquals("DRAFT", province.get("frameworks/" + id).expect(200).object().getString("status"));
        upload(t.as("w1"), "assessments/import?year=2036", scores(List.of(
                List.of("Mã đơn vị", "Tên đơn vị", "Nhận thức số"), List.of(w2, "Phường Hai", "5")))).expect(422);
        List<List<Object>> badFramework = new java.util.ArrayList<>(withYearRows(sheets, 2037));
        badFramework.add(List.of("6.1", "Mã trùng", "1"));
        JsonObject frameworkRefused = upload(province, "frameworks/import",
                WORKBOOKS.write(List.of(Grid.read(FrameworkSheet.NAME, badFramework)))).expect(422).object();
        assertTrue(frameworkRefused.getJsonArray("problems").getJsonObject(0).getString("message")
                .startsWith("Trang 'Bộ chỉ số', dòng " + badFramework.size() + ", cột A:"), frameworkRefused.toString());
        assertEquals(0, province.get("frameworks?year=2037").expect(200).array().size());
        upload(t.as("w1"), "frameworks/import", withYear(sheets, 2037)).expectError(403);
        upload(province, "frameworks/import", "không phải excel".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .expect(422);
    }

    private static Api.Reply upload(Api api, String path, byte[] xlsx) {
        return api.send(api.request(api.api(path)).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(xlsx))
                .header("Content-Type", XLSX));
    }

    /** The template's framework sheet with another year (and so another name). */
    private static byte[] withYear(List<Grid> sheets, int year) {
        return WORKBOOKS.write(List.of(Grid.read(FrameworkSheet.NAME, withYearRows(sheets, year))));
    }

    private static List<List<Object>> withYearRows(List<Grid> sheets, int year) {
        Grid framework = Grid.pick(sheets, FrameworkSheet.NAME);
        return framework.rows().stream().map(r -> {
            if (!r.isEmpty() && "Năm đánh giá".equals(r.get(0))) {
                return List.<Object>of(r.get(0), Integer.toString(year));
            }
            return !r.isEmpty() && "Tên bộ chỉ số".equals(r.get(0))
                    ? List.<Object>of(r.get(0), "Bộ chỉ số nhập từ Excel " + year) : r;
        }).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static byte[] scores(List<List<String>> rows) {
        return WORKBOOKS.write(List.of(Grid.read(ScoresSheet.NAME, (List) rows)));
    }

    @Test
    void theWardEntersAndSubmitsTheCityAppraisesAndBrokenUploadsListTheirProblemsOnScreen() throws Exception {
        long id = createFramework(Api.at(base).as("tinh.brvt"), 2038);
        try (Browser browser = Browser.open(base)) {
            browser.signIn("phuong3.vungtau");
            browser.go("app/scoring.xhtml?unit=26512&year=2038");
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
        JsonObject submitted = Api.at(base).as("phuong3.vungtau").get("units/26512/assessments/2038").expect(200).object();
        assertNumber("150.5", submitted.getJsonArray("pillars").getJsonObject(5), "selfAssessed");
        try (Browser browser = Browser.open(base)) {
            browser.signIn("tp.vungtau");
            browser.go("app/scoring.xhtml?unit=26512&year=2038");
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
                    List.of("26512", "Phường 3", "200", ""),
                    List.of("99999", "Không có", "10", ""))));
            List<String> problems = texts(browser, "#import-problems li");
            assertTrue(problems.contains("Trang 'Điểm', dòng 2, cột C: điểm 200 vượt tối đa 100"), problems.toString());
            assertTrue(problems.contains("Trang 'Điểm', dòng 3, cột A: không có đơn vị mã 99999 trong phạm vi của bạn."),
                    problems.toString());
            browser.shootAt(By.id("excel"), "scoring-upload-errors");
            assertFitsThePhone(browser);
        }
        JsonObject appraised = Api.at(base).as("tp.vungtau").get("units/26512/assessments/2038").expect(200).object();
        assertEquals("APPRAISED", appraised.getString("status"));
        assertNumber("75", appraised.getJsonArray("pillars").getJsonObject(0), "appraised");
        assertNumber("-1", appraised.getJsonArray("adjustments").getJsonObject(0), "points");
        assertNumber("214", appraised, "publishedTotal");
        assertNumber("214", appraised, "computedTotal");
        assertEquals(3, appraised.getInt("publishedRank"));
        assertEquals(17, appraised.getInt("publishedRankOf"));
        try (Browser browser = Browser.open(base)) {
            browser.signIn("tinh.brvt");
            browser.go("app/frameworks.xhtml?id=" + id);
            assertEquals("Đã khóa", browser.text(By.id("framework-status")));
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector("#tree tr.tree-pillar")).size() == 8);
            assertEquals("1000", browser.text(By.id("framework-max")));
            browser.shoot("frameworks-province");
            browser.shootAt(By.id("tree"), "frameworks-province-tree");
            assertFitsThePhone(browser);
            assertTableFitsThePhone(browser, "tree");
            List<Grid> sheets = WORKBOOKS.read(Api.at(base).as("tinh.brvt").get("frameworks/template.xlsx").expect(200).bytes());
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

    /** Types a value into the self or appraised cell of a line ("p:" + pillar or "c:" + criterion code). */
    @Test
    void scoresChangedByAnotherWhileTheScoringFormIsOpenAreNotOverwritten() {
        ItTree tree = new ItTree(base).unit("P", "Tỉnh Chấm Song Song", "PROVINCE", null)
                .unit("W", "Phường Chấm Song Song", "WARD", "P")
                .account("so", "P", "PROVINCE_OVERSEER").account("w", "W", "WARD_OFFICER");
        long id = tree.as("so").post("frameworks", Json.createObjectBuilder(framework(2040))
                .add("issuerCode", tree.code("P")).build()).expect(201).object().getJsonNumber("id").longValue();
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

    private static void score(Browser browser, String key, String side, String value) {
        browser.type(By.cssSelector("tr[data-key='" + key + "'] td." + side + " input"), value);
    }

    /**
     * Presses a button until {@code done} holds: a click that lands while the page still binds
     * its scripts or while an AJAX update is pending is lost, so it is repeated only when the
     * page is idle and the outcome is not there yet.
     */
    private static void press(Browser browser, String buttonId, java.util.function.Function<WebDriver, Boolean> done) {
        press(browser, By.id(buttonId), done);
    }

    private static void press(Browser browser, By button, java.util.function.Function<WebDriver, Boolean> done) {
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    if (!Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();"))) {
                        return false;
                    }
                    if (done.apply(d)) {
                        return true;
                    }
                    List<WebElement> buttons = d.findElements(button);
                    if (!buttons.isEmpty() && buttons.get(0).isDisplayed()) {
                        buttons.get(0).click();
                    }
                    return false;
                });
    }

    private static java.util.function.Function<WebDriver, Boolean> message(String text) {
        return d -> d.findElements(By.id("messages")).stream().anyMatch(m -> m.getText().contains(text));
    }

    /** Chooses the file in the page's upload form and sends it (a full page submit). */
    private static void upload(Browser browser, byte[] xlsx) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("dtiplan-import-", ".xlsx");
        file.toFile().deleteOnExit();
        java.nio.file.Files.write(file, xlsx);
        browser.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
        browser.click(By.id("upload:send-file"));
    }

    private static Browser scrollTo(Browser browser, String id) {
        browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
        return browser;
    }

    private static List<String> texts(Browser browser, String css) {
        browser.find(By.cssSelector(css));
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static void assertFitsThePhone(Browser browser) {
        browser.driver().manage().window().setSize(Browser.PHONE);
        Object overflow = browser.driver().executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        browser.driver().manage().window().setSize(Browser.DESKTOP);
        assertTrue(((Number) overflow).intValue() <= 0, "wider than the phone by " + overflow + " px");
    }

    /** At phone width the table reflows inside its card instead of scrolling sideways. */
    private static void assertTableFitsThePhone(Browser browser, String tableId) {
        browser.driver().manage().window().setSize(Browser.PHONE);
        Object overflow = browser.driver().executeScript("var t = document.getElementById(arguments[0]);"
                + "return t.parentElement.scrollWidth - t.parentElement.clientWidth;", tableId);
        browser.driver().manage().window().setSize(Browser.DESKTOP);
        assertTrue(((Number) overflow).intValue() <= 0, tableId + " wider than its card by " + overflow + " px");
    }

    private static long wardFramework2023(Api api) {
        return api.get("frameworks?year=2023&level=WARD").expect(200).array().getJsonObject(0).getJsonNumber("id")
                .longValue();
    }

    private static long createFramework(Api province, int year) {
        return createFramework(province, "77", year);
    }

    private static long createFramework(Api province, String issuer, int year) {
        JsonObject created = province.post("frameworks", framework(issuer, year)).expect(201).object();
        return created.getJsonNumber("id").longValue();
    }

    private static JsonObject framework(int year) {
        return framework("77", year);
    }

    private static JsonObject framework(String issuer, int year) {
        JsonArrayBuilder pillars = Json.createArrayBuilder();
        for (int i = 0; i < PILLARS.length; i++) {
            pillars.add(Json.createObjectBuilder().add("name", PILLARS[i]).add("max", THOUSAND[i])
                    .add("criteria", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("code", (i + 1) + ".1").add("title", "Tiêu chí " + (i + 1) + ".1").add("max", 10))));
        }
        return Json.createObjectBuilder().add("issuerCode", issuer).add("year", year).add("level", "WARD")
                .add("name", "Bộ chỉ số 1000 điểm " + year).add("pillars", pillars).build();
    }

    private static JsonObject scores(long frameworkId, String... pillarScores) {
        JsonArrayBuilder pillars = Json.createArrayBuilder();
        for (int i = 0; i < pillarScores.length; i++) {
            pillars.add(Json.createObjectBuilder().add("name", PILLARS[i]).add("score", new BigDecimal(pillarScores[i])));
        }
        return Json.createObjectBuilder().add("frameworkId", frameworkId).add("pillars", pillars).build();
    }

    private static void assertNumber(String expected, JsonObject object, String field) {
        assertTrue(object.containsKey(field) && !object.isNull(field), field + " missing in " + object);
        assertEquals(0, new BigDecimal(expected).compareTo(object.getJsonNumber(field).bigDecimalValue()),
                field + ": expected " + expected + " in " + object);
    }
}
