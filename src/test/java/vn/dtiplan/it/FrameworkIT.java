package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.it.Scoring.WORKBOOKS;
import static vn.dtiplan.it.Scoring.XLSX;
import static vn.dtiplan.it.Scoring.assertNumber;
import static vn.dtiplan.it.Scoring.createFramework;
import static vn.dtiplan.it.Scoring.framework;
import static vn.dtiplan.it.Scoring.scores;
import static vn.dtiplan.it.Scoring.tree;
import static vn.dtiplan.it.Scoring.upload;
import static vn.dtiplan.it.Scoring.withYear;
import static vn.dtiplan.it.Scoring.withYearRows;
import static vn.dtiplan.it.Screens.assertFitsThePhone;
import static vn.dtiplan.it.Screens.message;
import static vn.dtiplan.it.Screens.press;
import static vn.dtiplan.it.Screens.upload;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
 * Frameworks as a whole: a draft revised over the API and on the screen, a frozen one refused and
 * copied into next year's draft, a framework and many units' scores imported from the Excel
 * template or refused with every problem placed. Each test makes its own tree ({@link Scoring#tree}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworkIT {

    @Deployment
    static WebArchive d() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    // ---- A draft framework is revised as a whole (PUT, the POST body); a frozen one refuses any change ----

    @Test
    void aDraftFrameworkIsRevisedAndBadRevisionsChangeNothing() {
        ItTree t = tree(base);
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
        ItTree t = tree(base);
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
        ItTree t = tree(base);
        Api province = t.as("so");
        long id = createFramework(province, t.code("P"), 2045);
        JsonObject before = province.get("frameworks/" + id).expect(200).object();
        By title11 = By.cssSelector(".fw-criterion[data-code='1.1'] .criterion-title");
        By max11 = By.cssSelector(".fw-criterion[data-code='1.1'] .criterion-max");
        try (Browser browser = Browser.open(base)) {
            browser.signIn(t.user("so"), ItTree.PASSWORD, true);
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

        long frozen = createFramework(province, t.code("P"), 2023);
        province.put("units/" + t.code("W2") + "/assessments/2023", scores(frozen, "50")).expect(200);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(t.user("so"), ItTree.PASSWORD, true);
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
                    By.id("framework-name")).stream().anyMatch(e -> e.getText().equals("Bộ chỉ số 1000 điểm 2046")));
            assertEquals("Đang soạn", browser.text(By.id("framework-status")));
            assertTrue(browser.text(By.id("messages")).contains("Đã tạo bản nháp"));
            browser.find(By.id("fw:edit"));
        }
        try (Browser browser = Browser.open(base)) {
            browser.signIn(t.user("tp"), ItTree.PASSWORD, true);
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

    @Test
    void aFrameworkAndManyUnitsScoresAreImportedFromTheExcelTemplate() {
        ItTree t = tree(base);
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
        ItTree t = tree(base);
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
}
