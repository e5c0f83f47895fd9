package vn.dtiplan.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URL;

/**
 * The fixture of the several-indices tests (issue 16): a new province with a city and two wards,
 * an overseer, a city planner and a ward officer, all with unique codes; the province's 1,000-point
 * DTI framework (8 pillars: 100 × 5, 200, 150, 150) and the city's 100-point PAR framework, each
 * with grade bands; score bodies with ranks published at several scopes.
 */
final class SeveralIndices {

    static final String PASSWORD = "mat-khau-du-dai";
    static final String[] DTI_PILLARS = {"Nhận thức số", "Thể chế số", "Hạ tầng số", "Nhân lực số",
        "An toàn thông tin mạng", "Chính quyền số", "Kinh tế số", "Xã hội số"};
    static final int[] DTI_MAXIMA = {100, 100, 100, 100, 100, 200, 150, 150};
    static final String[] PAR_PILLARS = {"Công tác chỉ đạo, điều hành", "Cải cách thủ tục hành chính",
        "Hiện đại hóa hành chính", "Mức độ hài lòng của người dân"};
    static final int[] PAR_MAXIMA = {20, 30, 30, 20};

    final String province;
    final String city;
    final String ward;
    final String otherWard;
    final String overseer;
    final String planner;
    final String officer;
    private final URL base;

    SeveralIndices(URL base) {
        this.base = base;
        String p = "k" + Unique.code();
        province = p;
        city = p + "c";
        ward = p + "w1";
        otherWard = p + "w2";
        overseer = "tinh." + p;
        planner = "tp." + p;
        officer = "phuong." + p;
        unit(province, "Tỉnh Thử " + p, "PROVINCE", null);
        unit(city, "Thành phố Thử " + p, "CITY", province);
        unit(ward, "Phường Một " + p, "WARD", city);
        unit(otherWard, "Phường Hai " + p, "WARD", city);
        account(overseer, province, "PROVINCE_OVERSEER");
        account(planner, city, "CITY_PLANNER");
        account(officer, ward, "WARD_OFFICER");
    }

    Api as(String user) {
        return Api.at(base).as(user, PASSWORD);
    }

    private void unit(String code, String name, String level, String parent) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", code).add("name", name).add("level", level);
        Api.at(base).as("admin").post("units", (parent == null ? b : b.add("parentCode", parent)).build()).expect(201);
    }

    private void account(String username, String unit, String role) {
        Api.at(base).as("admin").post("accounts", Json.createObjectBuilder().add("username", username)
                .add("password", PASSWORD).add("fullName", "Cán bộ " + username).add("unitCode", unit)
                .add("roles", Json.createArrayBuilder().add(role)).build()).expect(201);
    }

    /** The province's DTI framework for wards (no kind given: DTI by default). */
    JsonObject dtiFramework(int year) {
        return framework(province, year, "Bộ chỉ số DTI cấp xã " + year, DTI_PILLARS, DTI_MAXIMA, null)
                .add("bands", bands(900, "Xuất sắc", 800, "Tốt", 650, "Khá")).build();
    }

    /** The city's PAR index for its wards. */
    JsonObject parFramework(int year) {
        return framework(city, year, "Chỉ số CCHC phường " + year, PAR_PILLARS, PAR_MAXIMA, "PAR")
                .add("bands", bands(90, "Xuất sắc", 80, "Tốt", 65, "Khá")).build();
    }

    private static JsonObjectBuilder framework(String issuer, int year, String name, String[] pillars, int[] maxima,
                                               String kind) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < pillars.length; i++) {
            list.add(Json.createObjectBuilder().add("name", pillars[i]).add("max", maxima[i])
                    .add("criteria", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("code", (i + 1) + ".1").add("title", "Tiêu chí " + (i + 1) + ".1").add("max", 10))));
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("issuerCode", issuer).add("year", year).add("level", "WARD")
                .add("name", name).add("pillars", list);
        return kind == null ? b : b.add("kind", kind);
    }

    private static JsonArrayBuilder bands(Object... minAndLabel) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < minAndLabel.length; i += 2) {
            list.add(Json.createObjectBuilder().add("min", (Integer) minAndLabel[i]).add("label", (String) minAndLabel[i + 1]));
        }
        return list;
    }

    /** Pillar scores on the framework, with ranks published at several scopes ({@code scope, rank, of} triples). */
    static JsonObject scores(long frameworkId, String[] pillars, String[] values, Object... ranks) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < values.length; i++) {
            list.add(Json.createObjectBuilder().add("name", pillars[i]).add("score", new BigDecimal(values[i])));
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("frameworkId", frameworkId).add("pillars", list);
        if (ranks.length > 0) {
            JsonArrayBuilder published = Json.createArrayBuilder();
            for (int i = 0; i < ranks.length; i += 3) {
                published.add(Json.createObjectBuilder().add("scope", (String) ranks[i]).add("rank", (Integer) ranks[i + 1])
                        .add("of", (Integer) ranks[i + 2]));
            }
            b.add("ranks", published);
        }
        return b.build();
    }
}
