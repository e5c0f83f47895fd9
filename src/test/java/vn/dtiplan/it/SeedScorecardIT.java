package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dtiplan.it.Scoring.PILLARS;
import static vn.dtiplan.it.Scoring.assertNumber;
import static vn.dtiplan.it.Scoring.scores;
import static vn.dtiplan.it.Screens.assertFitsThePhone;
import static vn.dtiplan.it.Screens.assertTableFitsThePhone;
import static vn.dtiplan.it.Screens.scrollTo;
import static vn.dtiplan.it.Screens.texts;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
import org.openqa.selenium.WebElement;

/**
 * The demo seed's published 2023 figures (Phường 2's scorecard, Vũng Tàu's total beside its
 * computed sum, the 17-ward ranking) replayed once per run into units of the tests' own ({@link SeedScores#shared}) and
 * checked over the API, on the screens and in the workbooks: the seed's arithmetic, never the
 * demo's units.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeedScorecardIT {

    @Deployment
    static WebArchive d() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    /** The seed's figures in the run's own units ({@link SeedScores#shared}). */
    private SeedScores seed() {
        return SeedScores.shared(base);
    }

    @Test
    void phuong2SeesItsPublishedScorecardWithGapsLedByDigitalGovernment() {
        SeedScores s = seed();
        JsonObject card = s.as("w" + SeedScores.PHUONG2).get(s.path(SeedScores.PHUONG2)).expect(200).object();
        assertEquals(s.code(SeedScores.PHUONG2), card.getString("unitCode"));
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
        SeedScores s = seed();
        JsonObject card = s.as("tp").get(s.path(SeedScores.CITY)).expect(200).object();
        assertNumber("87.381", card, "total");
        assertNumber("88.3812", card, "computedTotal");
        assertNumber("-1.0002", card, "difference");
        assertEquals("46.3812", card.getJsonArray("pillars").getJsonObject(5).getJsonNumber("score").toString());
        assertEquals(2, card.getInt("rank"));
        assertEquals(8, card.getInt("rankOf"));
        assertEquals("PUBLISHED", card.getString("status"));
        assertEquals(java.util.List.of("APPRAISED", "PUBLISHED"), card.getJsonArray("steps").getValuesAs(JsonObject.class)
                .stream().map(step -> step.getString("status")).toList(), "the province's scores appraised it, then it was published");
    }

    @Test
    void theCitySeesItsWardsRankedWithPhuong2Second() {
        SeedScores s = seed();
        JsonObject ranking = s.as("tp").get(s.path(SeedScores.CITY) + "/children").expect(200).object();
        JsonArray rows = ranking.getJsonArray("rows");
        assertEquals(17, rows.size());
        assertTrue(ranking.getBoolean("complete"));
        JsonObject second = rows.getJsonObject(1);
        assertEquals(s.code(SeedScores.PHUONG2), second.getString("unitCode"));
        assertEquals(2, second.getInt("publishedRank"));
        assertEquals(2, second.getInt("computedRank"));
        JsonObject card = s.as("tp").get(s.path(SeedScores.PHUONG2)).expect(200).object();
        assertEquals(2, card.getInt("computedRank"));
        assertEquals(17, card.getInt("computedRankOf"));
    }

    @Test
    void phuong2ScorecardAndVungTauRankingShowTheSeedFiguresOnScreen() {
        SeedScores s = seed();
        try (Browser browser = Browser.open(base)) {
            browser.signIn(s.tree().user("w" + SeedScores.PHUONG2), ItTree.PASSWORD, true);
            browser.go("app/scorecard.xhtml?year=2023");
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
            browser.signIn(s.tree().user("tp"), ItTree.PASSWORD, true);
            browser.go("app/ranking.xhtml?unit=" + s.code(SeedScores.CITY) + "&year=2023&mark=" + s.code(SeedScores.PHUONG2));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector("#ranking tr.rank-row")).isEmpty());
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#ranking tr.rank-row"));
            assertEquals(17, rows.size());
            assertEquals(s.code(SeedScores.PHUONG2), rows.get(1).getAttribute("data-code"));
            assertEquals("2", rows.get(1).findElement(By.cssSelector(".published-rank")).getText());
            assertEquals("83,105", rows.get(1).findElement(By.cssSelector(".total")).getText(), "the decimal comma (issue 17)");
            browser.find(By.cssSelector("#bars canvas"));
            browser.shoot("ranking-vungtau");
            scrollTo(browser, "bars").shoot("ranking-vungtau-chart");
            assertFitsThePhone(browser);
            assertTableFitsThePhone(browser, "ranking");
            browser.go("app/scorecard.xhtml?unit=" + s.code(SeedScores.CITY) + "&year=2023");
            assertEquals("87,381", browser.text(By.id("total")));
            assertEquals("-1,0002", browser.text(By.id("difference")), "the decimal comma (issue 17)");
            browser.find(By.id("difference-note"));
            browser.shoot("scorecard-vungtau");
        }
    }

    // ---- Issue 6: the scorecard and the ranking as Excel workbooks, the same figures as the API ----

    @Test
    void scorecardAndRankingWorkbooksHoldTheApisFigures() throws Exception {
        SeedScores s = seed();
        Api ward = s.as("w" + SeedScores.PHUONG2);
        JsonObject card = ward.get(s.path(SeedScores.PHUONG2)).expect(200).object();
        Api.Reply file = ward.download(s.path(SeedScores.PHUONG2) + "/scorecard.xlsx").expect(200);
        assertTrue(file.header("Content-Disposition").orElseThrow()
                .contains("ket-qua-" + s.code(SeedScores.PHUONG2) + "-2023.xlsx"));
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

        Api city = s.as("tp");
        List<JsonObject> ranked = city.get(s.path(SeedScores.CITY) + "/children").expect(200).object()
                .getJsonArray("rows").getValuesAs(JsonObject.class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                city.download(s.path(SeedScores.CITY) + "/children.xlsx").expect(200).bytes()))) {
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

        ward.download(s.path(SeedScores.PHUONG3) + "/scorecard.xlsx").expectError(404);
        ward.download(s.path(SeedScores.CITY) + "/children.xlsx").expectError(404);
        s.as("other").download(s.path(SeedScores.PHUONG2) + "/scorecard.xlsx").expectError(404);
    }

    private static final int FIRST_ROW = 4;

    private static void assertFigure(JsonObject object, String field, Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), field + " is a figure");
        assertEquals(0, object.getJsonNumber(field).bigDecimalValue().compareTo(new BigDecimal(
                Double.toString(cell.getNumericCellValue()))), field + " of " + object);
    }
}
