package vn.dtiplan.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@link CascadeApiIT}'s and {@link PlanDocumentsIT}'s tests stand on: the class's own tree (a province, a city with four
 * wards, an account of each role; never the demo data), the request builders, and the data made
 * once for several tests (the city plan in varied states, W2's scores). State is static, as the
 * tree of one failsafe execution serves every test of the class.
 */
abstract class CascadeFixture {

    /** The deployed application's address (the test class's Arquillian resource). */
    abstract URL base();

    static final String CITY_NAME = "Thành phố Biển Xanh";
    static final String WARD2_NAME = "Phường 2";
    static final List<String> WARD_SUFFIXES = List.of("W2", "W3", "W5", "W7");

    private static ItTree tree;

    /**
     * The class's tree, made by its first test: province P, city C ({@value #CITY_NAME}, with the
     * departments its plans name) and its wards W2 ({@value #WARD2_NAME}, with departments), W3,
     * W5 and W7; a province overseer, the city planner and officers of W2, W3 and W5.
     */
    ItTree tree() {
        if (tree == null) {
            ItTree t = new ItTree(base()).unit("P", "Tỉnh Dây Chuyền", "PROVINCE", null).unit("C", CITY_NAME, "CITY", "P")
                    .unit("W2", WARD2_NAME, "WARD", "C").unit("W3", "Phường 3", "WARD", "C")
                    .unit("W5", "Phường 5", "WARD", "C").unit("W7", "Phường 7", "WARD", "C")
                    .department("C", "Phòng Văn hóa và Thông tin").department("C", "Phòng Nội vụ")
                    .department("W2", "Bộ phận một cửa").department("W2", "Bộ phận Văn hóa - Xã hội")
                    .department("W2", "Bộ phận Kinh tế")
                    .account("overseer", "P", "PROVINCE_OVERSEER").account("city", "C", "CITY_PLANNER")
                    .account("ward2", "W2", "WARD_OFFICER").account("ward3", "W3", "WARD_OFFICER")
                    .account("ward5", "W5", "WARD_OFFICER");
            tree = t;
        }
        return tree;
    }

    String cityCode() {
        return tree().code("C");
    }

    String ward2() {
        return tree().code("W2");
    }

    String ward3() {
        return tree().code("W3");
    }

    Set<String> wards() {
        return WARD_SUFFIXES.stream().map(tree()::code).collect(Collectors.toSet());
    }


    Api city() {
        return tree().as("city");
    }

    Api phuong2() {
        return tree().as("ward2");
    }

    Api phuong3() {
        return tree().as("ward3");
    }

    static String number(String prefix) {
        return prefix + "-" + Unique.digits() + "/KH-UBND";
    }

    static JsonObjectBuilder task(String solution, String lead, String timeframe, String due, boolean cascade) {
        JsonObjectBuilder t = Json.createObjectBuilder().add("solution", solution).add("lead", lead)
                .add("coordinating", Json.createArrayBuilder().add("Phòng Nội vụ"))
                .add("timeframe", timeframe).add("cascade", cascade);
        return due == null ? t : t.add("due", due);
    }

    static JsonObject plan(String unit, String number, Long implementsPlanId, JsonObjectBuilder... tasks) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObjectBuilder t : tasks) {
            list.add(t);
        }
        JsonObjectBuilder p = Api.signed(Json.createObjectBuilder()).add("unitCode", unit).add("number", number)
                .add("title", "Kế hoạch khắc phục tồn tại, hạn chế Chỉ số chuyển đổi số năm 2023").add("year", 2024)
                .add("tasks", list);
        return (implementsPlanId == null ? p : p.add("implementsPlanId", implementsPlanId)).build();
    }

    /** Drafts and issues a city plan; answers it as issued. */
    JsonObject issuedCityPlan(JsonObjectBuilder... tasks) {
        JsonObject created = city().post("plans", plan(cityCode(), number("IT"), null, tasks)).expect(201).object();
        return city().post("plans/" + created.getJsonNumber("id").longValue() + "/issue", JsonValue.EMPTY_JSON_OBJECT)
                .expect(200).object();
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static List<JsonObject> inboxOf(Api api, String unit, long planId) {
        return api.get("units/" + unit + "/inbox").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("planId").longValue() == planId).toList();
    }

    static JsonObject decision(String action) {
        return Json.createObjectBuilder().add("action", action).build();
    }

    /** A city plan cascaded to the wards and decided in varied states, and the ward plan that implements it. */
    record Varied(long cityPlan, String number, String date, long wardPlan, String wardNumber) {
    }

    private static Varied varied;

    /**
     * Made once: a city plan of three tasks, two of them cascaded, beside a city draft that is
     * never issued; W2 adopts both copies and issues a plan implementing it with one task of its
     * own, W3 adopts one copy, W5 declines one, W7 leaves both pending.
     */
    Varied varied() {
        if (varied == null) {
            String number = number("VC");
            JsonObject created = city().post("plans", plan(cityCode(), number, null,
                    task("Tăng cường công tác gửi nhận tài liệu góp ý qua thư điện tử công vụ",
                            "Phòng Văn hóa và Thông tin", "Thường xuyên", null, false),
                    task("Tuyên truyền thanh toán không dùng tiền mặt tại bộ phận một cửa", "UBND các phường, xã",
                            "Quý II/2024", null, true),
                    task("Triển khai nền tảng số cộng đồng", "UBND các phường, xã", "Năm 2024", null, true)))
                    .expect(201).object();
            long planId = id(created);
            city().post("plans", plan(cityCode(), number("VD"), null,
                    task("Dự thảo chưa ban hành", "Phòng Nội vụ", "Năm 2024", null, true))).expect(201);
            city().post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
            for (JsonObject copy : inboxOf(phuong2(), ward2(), planId)) {
                phuong2().post("inherited/" + id(copy) + "/decision", decision("ADOPT")).expect(200);
            }
            String wardNumber = number("VW");
            long wardPlan = id(phuong2().post("plans", plan(ward2(), wardNumber, planId,
                    task("Triển khai chợ 4.0 thanh toán không dùng tiền mặt", "Bộ phận Kinh tế", "Năm 2024", null,
                            false))).expect(201).object());
            phuong2().post("plans/" + wardPlan + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
            phuong3().post("inherited/" + id(inboxOf(phuong3(), ward3(), planId).get(0)) + "/decision",
                    decision("ADOPT")).expect(200);
            Api ward5 = tree().as("ward5");
            ward5.post("inherited/" + id(inboxOf(ward5, tree().code("W5"), planId).get(0)) + "/decision",
                    Json.createObjectBuilder().add("action", "DECLINE").add("reason", "Phường chưa có điều kiện").build())
                    .expect(200);
            varied = new Varied(planId, number, created.getString("date"), wardPlan, wardNumber);
        }
        return varied;
    }

    /**
     * The 2023 criterion scores of W2 made for the gap tests: code → points lost, most first (ties
     * in framework order: 6.8 before 6.10); 8.2 lost nothing. Its 2024 result lost 1 point on 8.1.
     */
    static final List<Map.Entry<String, String>> WARD2_GAPS_2023 = List.of(Map.entry("6.4", "2.395"),
            Map.entry("1.2", "1.5"), Map.entry("8.1", "1.5"), Map.entry("1.1", "1"), Map.entry("1.10", "1"),
            Map.entry("6.8", "0.5"), Map.entry("6.10", "0.5"));
    static final String TITLE_6_4 = "Triển khai các giải pháp để nâng cao tỷ lệ giải quyết hồ sơ trực tuyến";
    static final String TITLE_8_1 = "Triển khai mô hình chợ 4.0";

    /** Pillar name, then criterion code, title, max, 2023 score and 2024 score, for each criterion. */
    static final String[][] GAP_FRAMEWORK = {
        {"Nhận thức số", "1.1", "Tuyên truyền chuyển đổi số", "2", "1", "2"},
        {"Nhận thức số", "1.2", "Phổ cập kỹ năng số", "3", "1.5", "3"},
        {"Nhận thức số", "1.10", "Tổ công nghệ số cộng đồng", "2", "1", "2"},
        {"Chính quyền số", "6.4", TITLE_6_4, "3", "0.605", "3"},
        {"Chính quyền số", "6.8", "Số hóa hồ sơ", "1", "0.5", "1"},
        {"Chính quyền số", "6.10", "Thanh toán trực tuyến", "1", "0.5", "1"},
        {"Kinh tế số", "8.1", TITLE_8_1, "2", "0.5", "1"},
        {"Kinh tế số", "8.2", "Thương mại điện tử", "1", "1", "1"}};

    private static boolean scored;

    /** Once: the province's 2023 framework and its 2024 copy, and W2's results on both (by the overseer). */
    void scoreWard2() {
        if (scored) {
            return;
        }
        Api overseer = tree().as("overseer");
        Map<String, JsonArrayBuilder> criteria = new java.util.LinkedHashMap<>();
        Map<String, Integer> maxima = new java.util.LinkedHashMap<>();
        for (String[] c : GAP_FRAMEWORK) {
            criteria.computeIfAbsent(c[0], k -> Json.createArrayBuilder()).add(Json.createObjectBuilder().add("code", c[1])
                    .add("title", c[2]).add("max", Integer.parseInt(c[3])));
            maxima.merge(c[0], Integer.parseInt(c[3]), Integer::sum);
        }
        JsonArrayBuilder pillars = Json.createArrayBuilder();
        criteria.forEach((name, list) -> pillars.add(Json.createObjectBuilder().add("name", name)
                .add("max", maxima.get(name)).add("criteria", list)));
        long y2023 = id(overseer.post("frameworks", Json.createObjectBuilder().add("issuerCode", tree().code("P"))
                .add("year", 2023).add("level", "WARD").add("name", "Bộ chỉ số DTI cấp xã thử").add("pillars", pillars)
                .build()).expect(201).object());
        long y2024 = id(overseer.post("frameworks/" + y2023 + "/copy?year=2024", JsonValue.EMPTY_JSON_OBJECT).expect(201)
                .object());
        score(overseer, 2023, y2023, 4);
        score(overseer, 2024, y2024, 5);
        scored = true;
    }

    void score(Api overseer, int year, long framework, int column) {
        Map<String, java.math.BigDecimal> totals = new java.util.LinkedHashMap<>();
        JsonArrayBuilder criteria = Json.createArrayBuilder();
        for (String[] c : GAP_FRAMEWORK) {
            criteria.add(Json.createObjectBuilder().add("code", c[1]).add("score", new java.math.BigDecimal(c[column])));
            totals.merge(c[0], new java.math.BigDecimal(c[column]), java.math.BigDecimal::add);
        }
        JsonArrayBuilder pillars = Json.createArrayBuilder();
        totals.forEach((name, total) -> pillars.add(Json.createObjectBuilder().add("name", name).add("score", total)));
        overseer.put("units/" + ward2() + "/assessments/" + year, Json.createObjectBuilder().add("frameworkId", framework)
                .add("pillars", pillars).add("criteria", criteria).build()).expect(200);
    }

    static List<Long> planIds(Api api, String unit) {
        return api.get("units/" + unit + "/plans").expect(200).array().getValuesAs(JsonObject.class).stream()
                .map(CascadeFixture::id).toList();
    }
    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static Api.Reply download(Api api, long planId, String file) {
        return api.send(api.request(api.api("plans/" + planId + "/" + file)).setHeader("Accept", "*/*").GET());
    }

    /** A city plan drafted here, one task kept in the city and one cascaded. */
    long cityPlan() {
        return id(city().post("plans", plan(cityCode(), number("DOC"), null,
                task("Tăng cường công tác gửi nhận tài liệu góp ý qua thư điện tử công vụ",
                        "Phòng Văn hóa và Thông tin", "Thường xuyên", null, false),
                task("Tuyên truyền thanh toán không dùng tiền mặt tại bộ phận một cửa",
                        "UBND các phường, xã", "Quý II/2024", null, true))).expect(201).object());
    }

    static final Map<String, String> STATE_WORDS = Map.of("PENDING", "Chờ quyết định", "ADOPTED", "Tiếp nhận",
            "ADAPTED", "Điều chỉnh", "DECLINED", "Từ chối");

    /** Keeps a downloaded file under target/documents for a look at what the server sent. */
    static Api.Reply keep(Api.Reply reply, String name) throws IOException {
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), reply.bytes());
        return reply;
    }

    static String wordText(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(
                new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor =
                     new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
