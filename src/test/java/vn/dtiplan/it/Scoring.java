package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import vn.dtiplan.domain.workbook.FrameworkSheet;
import vn.dtiplan.domain.workbook.Grid;
import vn.dtiplan.domain.workbook.ScoresSheet;
import vn.dtiplan.infrastructure.document.XlsxWorkbookFiles;

/**
 * What the assessment ITs share: a tree of their own (two provinces, a city, two wards and an
 * account of each), a 1000-point framework with one criterion per pillar, score bodies and the
 * Excel workbooks of the import. Every helper takes the issuer, so no test scores on the demo's.
 */
final class Scoring {

    static final String[] PILLARS = {"Nhận thức số", "Thể chế số", "Hạ tầng số", "Nhân lực số",
        "An toàn thông tin mạng", "Chính quyền số", "Kinh tế số", "Xã hội số"};

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final XlsxWorkbookFiles WORKBOOKS = new XlsxWorkbookFiles();

    private static final int[] THOUSAND = {100, 100, 100, 100, 100, 200, 150, 150};

    private Scoring() {
    }

    /**
     * The test's own tree: province P (overseer {@code so}) with city C (planner {@code tp}) and
     * wards W1 and W2 (officers {@code w1}, {@code w2}), and another province Q (overseer {@code sq}).
     */
    static ItTree tree(URL base) {
        return new ItTree(base).unit("P", "Tỉnh Chấm Điểm", "PROVINCE", null)
                .unit("C", "Thành phố Chấm Điểm", "CITY", "P").unit("W1", "Phường Một", "WARD", "C")
                .unit("W2", "Phường Hai", "WARD", "C").unit("Q", "Tỉnh Khác", "PROVINCE", null)
                .account("so", "P", "PROVINCE_OVERSEER").account("tp", "C", "CITY_PLANNER")
                .account("w1", "W1", "WARD_OFFICER").account("w2", "W2", "WARD_OFFICER")
                .account("sq", "Q", "PROVINCE_OVERSEER");
    }

    static long createFramework(Api province, String issuer, int year) {
        JsonObject created = province.post("frameworks", framework(issuer, year)).expect(201).object();
        return created.getJsonNumber("id").longValue();
    }

    static JsonObject framework(String issuer, int year) {
        JsonArrayBuilder pillars = Json.createArrayBuilder();
        for (int i = 0; i < PILLARS.length; i++) {
            pillars.add(Json.createObjectBuilder().add("name", PILLARS[i]).add("max", THOUSAND[i])
                    .add("criteria", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("code", (i + 1) + ".1").add("title", "Tiêu chí " + (i + 1) + ".1").add("max", 10))));
        }
        return Json.createObjectBuilder().add("issuerCode", issuer).add("year", year).add("level", "WARD")
                .add("name", "Bộ chỉ số 1000 điểm " + year).add("pillars", pillars).build();
    }

    static JsonObject scores(long frameworkId, String... pillarScores) {
        JsonArrayBuilder pillars = Json.createArrayBuilder();
        for (int i = 0; i < pillarScores.length; i++) {
            pillars.add(Json.createObjectBuilder().add("name", PILLARS[i]).add("score", new BigDecimal(pillarScores[i])));
        }
        return Json.createObjectBuilder().add("frameworkId", frameworkId).add("pillars", pillars).build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static byte[] scores(List<List<String>> rows) {
        return WORKBOOKS.write(List.of(Grid.read(ScoresSheet.NAME, (List) rows)));
    }

    static Api.Reply upload(Api api, String path, byte[] xlsx) {
        return api.send(api.request(api.api(path)).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(xlsx))
                .header("Content-Type", XLSX));
    }

    /** The template's framework sheet with another year (and so another name). */
    static byte[] withYear(List<Grid> sheets, int year) {
        return WORKBOOKS.write(List.of(Grid.read(FrameworkSheet.NAME, withYearRows(sheets, year))));
    }

    static List<List<Object>> withYearRows(List<Grid> sheets, int year) {
        Grid framework = Grid.pick(sheets, FrameworkSheet.NAME);
        return framework.rows().stream().map(r -> {
            if (!r.isEmpty() && "Năm đánh giá".equals(r.get(0))) {
                return List.<Object>of(r.get(0), Integer.toString(year));
            }
            return !r.isEmpty() && "Tên bộ chỉ số".equals(r.get(0))
                    ? List.<Object>of(r.get(0), "Bộ chỉ số nhập từ Excel " + year) : r;
        }).toList();
    }

    static void assertNumber(String expected, JsonObject object, String field) {
        assertTrue(object.containsKey(field) && !object.isNull(field), field + " missing in " + object);
        assertEquals(0, new BigDecimal(expected).compareTo(object.getJsonNumber(field).bigDecimalValue()),
                field + ": expected " + expected + " in " + object);
    }
}
