package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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

/**
 * Plans as commune officials write them (issue 16, items 3-5), on a tree of its own (a province and
 * a ward under it, made through the API with their own accounts): a plan for "năm 2024 và các năm
 * tiếp theo" with a measurable target, a yearly deadline and a deadline counted from the province's
 * plan; a measured value above the target reads {@code met}; a yearly task past its period with no
 * report is overdue until it is reported; the Word and PDF documents print the target in the
 * appendix's "Chỉ tiêu" column; the plan screen shows and takes targets (screenshots at both widths).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TargetsIT {

    private static final String PASSWORD = "mat-khau-du-dai";
    private static final String LEAD = "Bộ phận Một cửa";
    private static final String INDICATOR = "Tỷ lệ hồ sơ trực tuyến toàn trình";
    private static final String TARGET_WORDS = INDICATOR + ": ít nhất 80% (hiện nay 65%)";
    private static final String YEARLY = "Trước ngày 20/01 hằng năm";
    private static final String AFTER_PROVINCE = "Sau 07 ngày kể từ khi có Kế hoạch của UBND tỉnh";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive d() {
        return Deployments.war();
    }

    /** A province and a ward under it, each with an account; answers the codes and user names by role. */
    private record Tree(String province, String ward, String overseer, String officer) {
    }

    private Tree tree() {
        String p = "tg" + Unique.code();
        Api admin = Api.at(base).as("admin");
        admin.post("units", unit(p, "Tỉnh Chỉ Tiêu " + p, "PROVINCE", null)).expect(201);
        admin.post("units", unit(p + "-w", "Phường Chỉ Tiêu " + p, "WARD", p)).expect(201);
        admin.post("units/" + p + "-w/departments", Json.createObjectBuilder().add("name", LEAD).build()).expect(201);
        account(admin, p + ".tinh", p, "PROVINCE_OVERSEER");
        account(admin, p + ".phuong", p + "-w", "WARD_OFFICER");
        return new Tree(p, p + "-w", p + ".tinh", p + ".phuong");
    }

    private static JsonObject unit(String code, String name, String level, String parent) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", code).add("name", name).add("level", level);
        return (parent == null ? b : b.add("parentCode", parent)).build();
    }

    private static void account(Api admin, String username, String unit, String role) {
        admin.post("accounts", Json.createObjectBuilder().add("username", username).add("password", PASSWORD)
                .add("fullName", "Cán bộ " + username).add("unitCode", unit)
                .add("roles", Json.createArrayBuilder().add(role)).build()).expect(201);
    }

    private Api as(String user) {
        return Api.at(base).as(user, PASSWORD);
    }

    private static JsonObjectBuilder task(String solution, String timeframe) {
        return Json.createObjectBuilder().add("solution", solution).add("lead", LEAD)
                .add("coordinating", Json.createArrayBuilder()).add("timeframe", timeframe).add("cascade", false);
    }

    private static JsonObjectBuilder plan(String unit, String date, JsonObjectBuilder... tasks) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObjectBuilder t : tasks) {
            list.add(t);
        }
        return Json.createObjectBuilder().add("unitCode", unit).add("number", Unique.digits() + "/KH-UBND")
                .add("date", date).add("place", "Phường Thử").add("year", 2024)
                .add("title", "Kế hoạch chuyển đổi số năm 2024 và các năm tiếp theo")
                .add("signerAuthority", "TM.").add("signerTitle", "CHỦ TỊCH").add("signerName", "Nguyễn Văn Thử")
                .add("tasks", list);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** The ward's open-ended plan implementing the province's issued plan of 01/02/2024; answers it as drafted. */
    private JsonObject wardPlan(Tree tree) {
        Api province = as(tree.overseer());
        long provincePlan = id(province.post("plans", plan(tree.province(), "2024-02-01",
                task("Chỉ đạo chuyển đổi số cấp xã", "Năm 2024")).build()).expect(201).object());
        province.post("plans/" + provincePlan + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonObjectBuilder target = Json.createObjectBuilder().add("indicator", INDICATOR).add("unit", "%")
                .add("baseline", 65).add("value", 80).add("direction", "AT_LEAST");
        JsonObject body = plan(tree.ward(), "2024-03-01",
                task("Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình", "Thường xuyên").add("target", target),
                task("Báo cáo kết quả chuyển đổi số năm trước", YEARLY),
                task("Ban hành Kế hoạch chuyển đổi số của phường", AFTER_PROVINCE))
                .add("implementsPlanId", provincePlan).add("openEnded", true).build();
        return as(tree.officer()).post("plans", body).expect(201).object();
    }

    private static Map<String, JsonObject> tasksBySolution(JsonObject plan) {
        return plan.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(t -> t.getString("solution"), Function.identity()));
    }

    @Test
    void anOpenEndedPlanMeetsItsTargetAndPrintsIt() throws IOException {
        Tree tree = tree();
        Api ward = as(tree.officer());
        long planId = id(wardPlan(tree));
        JsonObject plan = ward.get("plans/" + planId).expect(200).object();
        assertTrue(plan.getBoolean("openEnded"), "năm 2024 và các năm tiếp theo");
        assertTrue(plan.isNull("toYear"));
        Map<String, JsonObject> tasks = tasksBySolution(plan);
        JsonObject measured = tasks.get("Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình");
        JsonObject yearly = tasks.get("Báo cáo kết quả chuyển đổi số năm trước");
        JsonObject relative = tasks.get("Ban hành Kế hoạch chuyển đổi số của phường");
        JsonObject target = measured.getJsonObject("target");
        assertEquals(INDICATOR, target.getString("indicator"));
        assertEquals(80, target.getJsonNumber("value").intValue());
        assertEquals("AT_LEAST", target.getString("direction"));
        assertEquals(TARGET_WORDS, target.getString("text"));
        assertFalse(target.getBoolean("met"), "nothing measured yet");
        assertEquals("2025-01-20", yearly.getString("due"), "the first 20/01 after the plan's date");
        assertEquals("2024-02-08", relative.getString("due"), "7 days from the province's plan, not the ward's own");

        ward.post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonObject before = ward.get("units/" + tree.ward() + "/progress").expect(200).object();
        assertEquals(2, before.getInt("overdue"), "the yearly task's period passed unreported; the relative deadline passed");

        JsonObject report = ward.post("tasks/" + id(measured) + "/progress", Json.createObjectBuilder()
                .add("status", "IN_PROGRESS").add("percent", 60).add("measured", 85.5).build()).expect(200).object();
        assertEquals(85.5, report.getJsonNumber("measured").doubleValue());
        assertTrue(report.getJsonObject("target").getBoolean("met"), "85,5 % is at least 80 %");
        JsonObject read = tasksBySolution(ward.get("plans/" + planId).expect(200).object())
                .get("Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình").getJsonObject("target");
        assertEquals(85.5, read.getJsonNumber("latest").doubleValue());
        assertTrue(read.getBoolean("met"));

        assertEquals("progress.measured.noTarget", ward.post("tasks/" + id(yearly) + "/progress",
                Json.createObjectBuilder().add("status", "IN_PROGRESS").add("percent", 10).add("measured", 3).build())
                .expectError(422).getString("error"));
        ward.post("tasks/" + id(yearly) + "/progress", Json.createObjectBuilder().add("status", "IN_PROGRESS")
                .add("percent", 10).build()).expect(200);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate periodEnd = MonthDay.of(1, 20).atYear(today.getYear());
        periodEnd = periodEnd.isBefore(today) ? periodEnd.plusYears(1) : periodEnd;
        assertEquals(periodEnd.plusYears(1).toString(), tasksBySolution(ward.get("plans/" + planId).expect(200).object())
                .get("Báo cáo kết quả chuyển đổi số năm trước").getString("due"),
                "reported in this period: next due at the end of the following one");
        assertEquals(1, ward.get("units/" + tree.ward() + "/progress").expect(200).object().getInt("overdue"));
        Map<Integer, String> years = ward.get("units/" + tree.ward() + "/progress/years").expect(200).array()
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(y -> y.getInt("year"),
                        y -> y.getInt("tasks") + " " + y.getInt("done") + " " + y.getInt("overdue")));
        assertEquals("1 0 1", years.get(2024), "the relative deadline of 08/02/2024 passed");
        assertEquals("1 0 1", years.get(2025), "20/01/2025 passed without a report: still overdue in 2025's count");
        assertEquals(today.getYear(), years.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow(),
                "the yearly task counts in every year up to this one");

        String docx = letters(wordText(keep(ward.download("plans/" + planId + "/document.docx").expect(200).bytes(),
                "targets-plan.docx")));
        String pdf = letters(pdfText(keep(ward.download("plans/" + planId + "/document.pdf").expect(200).bytes(),
                "targets-plan.pdf")));
        for (String text : List.of(docx, pdf)) {
            assertTrue(text.contains(letters("Chỉ tiêu")), "the appendix has a target column");
            assertTrue(text.contains(letters(TARGET_WORDS)), "the target as the plan words it");
            assertTrue(text.contains(letters(YEARLY)));
        }
    }

    /**
     * The "done when" of issue 16 in one pass: a ward scored on its province's 1,000-point DTI and its
     * city's 100-point PAR index in the same year, two published ranks and a grade each, read back; its
     * plan for "2024 và các năm tiếp theo" answering both, with a numeric target and a yearly deadline,
     * is refused at issue until its last gap is listed as not addressed ({@code PUT
     * /plans/{id}/not-addressed}), then issues; a value above the target reads {@code met}.
     */
    @Test
    void aWardScoredOnTwoIndicesIssuesItsOpenEndedPlanOnceEveryGapIsAddressed() throws IOException {
        SeveralIndices t = new SeveralIndices(base);
        Api province = t.as(t.overseer);
        Api city = t.as(t.planner);
        Api ward = t.as(t.officer);
        long dti = id(province.post("frameworks", t.dtiFramework(2024)).expect(201).object());
        long par = id(city.post("frameworks", t.parFramework(2024)).expect(201).object());
        province.put("units/" + t.ward + "/assessments/2024", withCriteria(SeveralIndices.scores(dti,
                SeveralIndices.DTI_PILLARS, new String[] {"95", "90", "85", "80", "100", "180", "140", "142"},
                t.city, 5, 33, t.province, 19, 177), "1.1", 6, "2.1", 10, "3.1", 7)).expect(200);
        city.put("units/" + t.ward + "/assessments/2024", withCriteria(SeveralIndices.scores(par,
                SeveralIndices.PAR_PILLARS, new String[] {"18", "26", "25", "17"}, t.city, 3, 33, t.province, 12, 177),
                "1.1", 8)).expect(200);
        Map<String, JsonObject> read = ward.get("units/" + t.ward + "/assessments?year=2024").expect(200).array()
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(a -> a.getString("kind"), a -> a));
        assertEquals("912/1000 Xuất sắc [" + t.city + " 5/33, " + t.province + " 19/177]", standing(read.get("DTI")));
        assertEquals("86/100 Tốt [" + t.city + " 3/33, " + t.province + " 12/177]", standing(read.get("PAR")));
        assertEquals("APPRAISED APPRAISED", read.get("DTI").getString("status") + " " + read.get("PAR").getString("status"),
                "scored by the units above: appraised, so the boards count them (issue 17)");
        ward.post("units/" + t.ward + "/assessments/2024/submit?framework=" + dti, JsonValue.EMPTY_JSON_OBJECT)
                .expectError(409);
        assertEquals("DTI [DTI, PAR] 912/1000", boardRow(city.get("units/" + t.city + "/oversight").expect(200).object(),
                t.ward));
        assertEquals("PAR [DTI, PAR] 86/100", boardRow(city.get("units/" + t.city + "/oversight?kind=PAR").expect(200)
                .object(), t.ward));
        try (Browser browser = Browser.open(base)) {
            browser.signIn(t.planner, SeveralIndices.PASSWORD, true).go("app/dashboard.xhtml?kind=PAR");
            assertTrue(browser.text(By.cssSelector("#kinds .kind-tab.active")).contains("CCHC"));
            assertTrue(browser.text(By.id("children")).contains("86/100"), browser.text(By.id("children")));
            browser.shoot("dashboard-kind-par");
        }

        JsonObjectBuilder target = Json.createObjectBuilder().add("indicator", INDICATOR).add("unit", "%")
                .add("baseline", 65).add("value", 80).add("direction", "AT_LEAST");
        JsonObject draft = ward.post("plans", plan(t.ward, "2024-03-01",
                task("Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình", "Thường xuyên").add("criterionCode", "1.1")
                        .add("target", target),
                task("Báo cáo kết quả chuyển đổi số năm trước", YEARLY)).add("openEnded", true)
                .add("answers", Json.createArrayBuilder().add(answer(dti)).add(answer(par))).build())
                .expect(201).object();
        long planId = id(draft);
        assertEquals("2025-01-20", tasksBySolution(draft).get("Báo cáo kết quả chuyển đổi số năm trước").getString("due"));
        JsonObject refused = ward.post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(422).object();
        assertEquals("plan.issue.incomplete", refused.getString("error"));
        assertEquals(List.of("plan.check.gap"), refused.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("code")).toList());
        assertTrue(refused.getString("message").contains("3.1"), refused.getString("message"));

        String path = "plans/" + planId + "/not-addressed";
        ward.put(path, notAddressed("3.1", " ")).expect(422);
        city.put(path, notAddressed("3.1", "Chờ hạ tầng")).expectError(404);
        JsonObject listed = ward.put(path, notAddressed("3.1", "Chờ hạ tầng của tỉnh")).expect(200).object();
        assertEquals("3.1 Chờ hạ tầng của tỉnh", line(listed));
        assertEquals("3.1 Chờ đầu tư năm 2025", line(ward.put(path, notAddressed("3.1", "Chờ đầu tư năm 2025"))
                .expect(200).object()), "a second PUT replaces the reason");
        assertEquals("3.1 Chờ đầu tư năm 2025", line(ward.get("plans/" + planId).expect(200).object()));
        JsonObject issued = ward.post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200).object();
        assertEquals("ISSUED", issued.getString("status"));
        assertTrue(issued.getBoolean("openEnded"));
        assertEquals("plan.notDraft", ward.put(path, notAddressed("3.1", "Muộn")).expectError(409).getString("error"));

        long measured = id(tasksBySolution(issued).get("Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình"));
        assertTrue(ward.post("tasks/" + measured + "/progress", Json.createObjectBuilder().add("status", "IN_PROGRESS")
                .add("percent", 50).add("measured", 92).build()).expect(200).object().getJsonObject("target")
                .getBoolean("met"), "92 % is above the 80 % target");
        byte[] word = keep(ward.download("plans/" + planId + "/document.docx").expect(200).bytes(), "two-indices-plan.docx");
        assertTrue(appendixTargets(word).contains(TARGET_WORDS), "the appendix's Chỉ tiêu column: " + appendixTargets(word));
        String docx = letters(wordText(word));
        String pdf = letters(pdfText(keep(ward.download("plans/" + planId + "/document.pdf").expect(200).bytes(),
                "two-indices-plan.pdf")));
        for (String text : List.of(docx, pdf)) {
            assertTrue(text.contains(letters("Chỉ tiêu")) && text.contains(letters(TARGET_WORDS)), "the target is printed");
        }
    }

    /** "PAR [DTI, PAR] 86/100": the board's kind, the kinds it offers and the ward's score on it. */
    private static String boardRow(JsonObject board, String ward) {
        JsonObject row = board.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("unitCode").equals(ward)).findFirst().orElseThrow();
        return board.getString("kind") + " " + board.getJsonArray("kinds").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList() + " "
                + row.getJsonNumber("score").bigDecimalValue().stripTrailingZeros().toPlainString() + "/"
                + row.getJsonNumber("max").bigDecimalValue().stripTrailingZeros().toPlainString();
    }

    private static JsonObject withCriteria(JsonObject scores, Object... codeAndScore) {
        JsonArrayBuilder criteria = Json.createArrayBuilder();
        for (int i = 0; i < codeAndScore.length; i += 2) {
            criteria.add(Json.createObjectBuilder().add("code", (String) codeAndScore[i])
                    .add("score", (Integer) codeAndScore[i + 1]));
        }
        return Json.createObjectBuilder(scores).add("criteria", criteria).build();
    }

    private static JsonObjectBuilder answer(long framework) {
        return Json.createObjectBuilder().add("frameworkId", framework).add("year", 2024);
    }

    private static JsonObject notAddressed(String code, String reason) {
        return Json.createObjectBuilder().add("notAddressed", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("criterionCode", code).add("reason", reason))).build();
    }

    private static String line(JsonObject plan) {
        return plan.getJsonArray("notAddressed").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("criterionCode") + " " + n.getString("reason")).collect(Collectors.joining("; "));
    }

    /** "912/1000 Xuất sắc [scope rank/of, …]": an assessment's total, maximum, grade and published ranks. */
    private static String standing(JsonObject a) {
        return a.getJsonNumber("total").bigDecimalValue().stripTrailingZeros().toPlainString() + "/"
                + a.getJsonNumber("max").bigDecimalValue().stripTrailingZeros().toPlainString() + " "
                + a.getString("grade") + " " + a.getJsonArray("ranks").getValuesAs(JsonObject.class).stream()
                        .filter(r -> r.getBoolean("published"))
                        .map(r -> r.getString("scope") + " " + r.getInt("rank") + "/" + r.getInt("of"))
                        .collect(Collectors.joining(", ", "[", "]"));
    }

    @Test
    void thePlanScreenTakesAndShowsATarget() {
        Tree tree = tree();
        long planId = id(wardPlan(tree));
        try (Browser browser = Browser.open(base)) {
            browser.signIn(tree.officer(), PASSWORD, true).go("app/plan.xhtml?id=" + planId);
            browser.type(By.id("add:solution"), "Vận động hộ gia đình mở tài khoản thanh toán")
                    .type(By.id("add:timeframe"), "6 tháng đầu năm")
                    .click(By.cssSelector("[id='add:lead'] .ui-selectonemenu-trigger"))
                    .click(By.cssSelector("[id='add:lead_items'] li[data-label='" + LEAD + "']"))
                    .type(By.id("add:indicator"), "Tỷ lệ hộ gia đình có tài khoản thanh toán")
                    .type(By.id("add:target-value_input"), "50")
                    .type(By.id("add:target-unit"), "%")
                    .click(By.id("add:add-task"));
            shows(browser, By.id("tasks:table"), "Tỷ lệ hộ gia đình có tài khoản thanh toán: ít nhất 50%");
            assertTrue(browser.text(By.id("tasks:table")).contains(TARGET_WORDS));
            browser.shootAt(By.id("tasks"), "plan-targets");
            browser.shootAt(By.id("add"), "plan-target-form");
            as(tree.officer()).post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
            long measured = id(tasksBySolution(as(tree.officer()).get("plans/" + planId).expect(200).object())
                    .get("Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình"));
            browser.go("app/task-progress.xhtml?task=" + measured).type(By.id("report:measured_input"), "85")
                    .click(By.id("report:save"));
            shows(browser, By.id("target-standing"), "85% · Đạt chỉ tiêu");
            browser.shoot("task-progress-target");
            browser.go("app/dashboard.xhtml");
            String byYear = browser.text(By.id("by-year"));
            assertTrue(byYear.contains("2024") && byYear.contains("2025"), byYear);
            browser.shootAt(By.id("by-year"), "dashboard-by-year");
        }
    }

    /** Waits until the element shows {@code text} (an Ajax update may still be under way). */
    private static void shows(Browser browser, By element, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(element).getText().contains(text));
    }

    private static byte[] keep(byte[] bytes, String name) throws IOException {
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
        return bytes;
    }

    /** The cells under the "Chỉ tiêu" header of the document's last table (the appendix), read with POI. */
    private static List<String> appendixTargets(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var table = doc.getTables().get(doc.getTables().size() - 1);
            List<String> headers = table.getRow(0).getTableCells().stream().map(c -> c.getText().strip()).toList();
            int column = headers.indexOf("Chỉ tiêu");
            assertTrue(column >= 0, "appendix headers: " + headers);
            return table.getRows().stream().skip(1).filter(r -> r.getTableCells().size() > column)
                    .map(r -> r.getCell(column).getText().strip()).toList();
        }
    }

    private static String wordText(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    /** The PDF's text; its last page (the appendix) is also kept as a picture for a look. */
    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(pdf.getNumberOfPages() - 1, 110),
                    "png", Path.of("target", "documents", "targets-plan-appendix.png").toFile());
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** Letters and digits only, composed: table cells break lines where they like. */
    private static String letters(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}%]", "");
    }
}
