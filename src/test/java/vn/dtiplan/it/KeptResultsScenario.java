package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Issue 15: the results each assessment keeps (total and pillar scores, {@code Assessment.keepResults}) equal a
 * recomputation from scratch ({@code POST /api/admin/assessment-results}) after a random sequence of work through
 * the API on a tree of {@link SeveralIndices}: self-assessments, appraisals with criteria (pillars derived from
 * them), adjustments and published totals, refused scores, submitting, appraising and publishing, on the DTI and
 * PAR indices of 2024 and on a 2025 framework revised before its first use, then a reorganisation merging the two
 * wards (effective tomorrow: the fixture's units open today). After each stage the kept figures of the province's
 * subtree are read, each kept total is compared with the scorecard's total the API shows, everything is
 * recomputed, and the figures and both boards must be the same. Last, figures spoilt with SQL are repaired by the
 * recomputation.
 */
final class KeptResultsScenario {

    private static final String[] NEW_PILLARS = {"Nền tảng", "Dịch vụ", "Dữ liệu"};

    private final URL base;
    private final Random random;
    private final String seed;
    private final SeveralIndices t;

    KeptResultsScenario(URL base, long seed) {
        this.base = base;
        this.random = new Random(seed);
        this.seed = " (seed " + seed + ")";
        this.t = new SeveralIndices(base);
    }

    void run() throws SQLException {
        long dti = t.as(t.overseer).post("frameworks", t.dtiFramework(2024)).expect(201).object().getJsonNumber("id").longValue();
        long par = t.as(t.planner).post("frameworks", t.parFramework(2024)).expect(201).object().getJsonNumber("id").longValue();
        long next = t.as(t.overseer).post("frameworks", newFramework(40)).expect(201).object().getJsonNumber("id").longValue();
        t.as(t.overseer).put("frameworks/" + next, newFramework(50)).expect(200);
        for (String ward : List.of(t.ward, t.otherWard)) {
            for (long[] f : new long[][] {{dti, 2024}, {par, 2024}, {next, 2025}}) {
                String[] pillars = f[0] == dti ? SeveralIndices.DTI_PILLARS : f[0] == par ? SeveralIndices.PAR_PILLARS : NEW_PILLARS;
                t.as(t.overseer).put("units/" + ward + "/assessments/" + f[1], Json.createObjectBuilder().add("frameworkId", f[0])
                        .add("pillars", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", pillars[0])
                                .add("score", 1))).build()).expect(200);
            }
        }
        for (int round = 0; round < 3; round++) {
            for (String ward : List.of(t.ward, t.otherWard)) {
                score(ward, 2024, dti, SeveralIndices.DTI_PILLARS, SeveralIndices.DTI_MAXIMA);
                score(ward, 2024, par, SeveralIndices.PAR_PILLARS, SeveralIndices.PAR_MAXIMA);
                score(ward, 2025, next, NEW_PILLARS, new int[] {20, 30, 50});
            }
            assertKeptEqualsRecomputed("after round " + round, true);
        }
        long id = t.as(t.overseer).post("reorganisations", Json.createObjectBuilder()
                .add("effective", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString()).add("basis", "Nghị quyết gộp " + t.province)
                .add("changes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("successor", Json.createObjectBuilder().add("code", t.province + "n").add("name", "Phường Gộp " + t.province)
                                .add("level", "WARD").add("parentCode", t.city))
                        .add("predecessors", Json.createArrayBuilder().add(t.ward).add(t.otherWard)))).build())
                .expect(201).object().getJsonNumber("id").longValue();
        t.as(t.overseer).post("reorganisations/" + id + "/apply", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        assertKeptEqualsRecomputed("after the reorganisation", false);
        List<String> kept = kept();
        spoil();
        Api.at(base).as("admin").post("admin/assessment-results", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        assertEquals(kept, kept(), "figures spoilt with SQL are recomputed" + seed);
    }

    /** One assessment's kept total moved, its kept pillars deleted and it marked as never kept. */
    private void spoil() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            ItJdbc.scope(c, "*");
            try (PreparedStatement s = c.prepareStatement("with one as (select min(a.id) as id from assessment a"
                    + " join administrative_unit u on u.id = a.unit_id where u.code in (?, ?)),"
                    + " gone as (delete from assessment_kept_pillar where assessment_id = (select id from one))"
                    + " update assessment set kept_total = coalesce(kept_total, 0) + 1, results_kept = false"
                    + " where id = (select id from one)")) {
                s.setString(1, t.ward);
                s.setString(2, t.otherWard);
                assertEquals(1, s.executeUpdate());
            }
        }
    }

    /** One random step on the unit's assessment of a framework: scores by the unit or an appraiser, or a workflow step. */
    private void score(String ward, int year, long framework, String[] pillars, int[] maxima) {
        String path = "units/" + ward + "/assessments/" + year;
        Api unit = t.as(t.officer);
        Api appraiser = t.as(random.nextBoolean() ? t.overseer : t.planner);
        switch (random.nextInt(6)) {
            case 0 -> unit.put(path, body(framework, pillars, maxima, false));
            case 1 -> unit.post(path + "/submit?framework=" + framework, JsonValue.EMPTY_JSON_OBJECT);
            case 2 -> appraiser.post(path + "/appraise?framework=" + framework, JsonValue.EMPTY_JSON_OBJECT);
            case 3 -> appraiser.post(path + "/publish?framework=" + framework, JsonValue.EMPTY_JSON_OBJECT);
            default -> appraiser.put(path, body(framework, pillars, maxima, true));
        }
    }

    /** Random pillar and criterion scores (some pillars left to their criteria), adjustments and a published total for an appraiser. */
    private JsonObject body(long framework, String[] pillars, int[] maxima, boolean appraiser) {
        JsonArrayBuilder pillarScores = Json.createArrayBuilder();
        JsonArrayBuilder criteria = Json.createArrayBuilder();
        for (int i = 0; i < pillars.length; i++) {
            if (random.nextInt(3) > 0) {
                pillarScores.add(Json.createObjectBuilder().add("name", pillars[i]).add("score", points(maxima[i])));
            }
        }
        if (pillars == NEW_PILLARS) {
            criteria.add(criterion("1.1", 10)).add(criterion("1.2", 10)).add(criterion("2.1", 15)).add(criterion("2.2.1", 5))
                    .add(criterion("2.2.2", 10));
        } else {
            criteria.add(criterion("1.1", 10));
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("frameworkId", framework).add("pillars", pillarScores)
                .add("criteria", criteria);
        if (appraiser && random.nextBoolean()) {
            b.add("adjustments", Json.createArrayBuilder().add(Json.createObjectBuilder().add("points", -random.nextInt(3))
                    .add("reason", "Tự chấm cao")));
        }
        if (appraiser && random.nextInt(3) == 0) {
            b.add("publishedTotal", points(Math.min(100, maxima[0])));
        }
        return b.build();
    }

    private JsonObject criterion(String code, int max) {
        return Json.createObjectBuilder().add("code", code).add("score", points(max)).build();
    }

    private BigDecimal points(int max) {
        return BigDecimal.valueOf(random.nextInt(max * 4 + 1)).divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY);
    }

    private JsonObject newFramework(int lastMax) {
        return Json.createObjectBuilder().add("issuerCode", t.province).add("year", 2025).add("level", "WARD")
                .add("name", "Bộ chỉ số mới " + t.province).add("pillars", Json.createArrayBuilder()
                        .add(pillar(NEW_PILLARS[0], 20, "1.1", 10, "1.2", 10))
                        .add(pillar(NEW_PILLARS[1], 30, "2.1", 15, "2.2", 15, "2.2.1", 5, "2.2.2", 10))
                        .add(pillar(NEW_PILLARS[2], lastMax))).build();
    }

    private static JsonObject pillar(String name, int max, Object... criteria) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < criteria.length; i += 2) {
            list.add(Json.createObjectBuilder().add("code", (String) criteria[i]).add("title", "Tiêu chí " + criteria[i])
                    .add("max", (Integer) criteria[i + 1]));
        }
        return Json.createObjectBuilder().add("name", name).add("max", max).add("criteria", list).build();
    }

    /** {@code byApi}: compare each kept total with the scorecard's (while the units' codes still name them). */
    private void assertKeptEqualsRecomputed(String when, boolean byApi) throws SQLException {
        List<String> kept = kept();
        assertFalse(kept.isEmpty(), when + ": nothing scored" + seed);
        for (String row : byApi ? kept : List.<String>of()) {
            String[] f = row.split(" ");
            JsonObject card = t.as(t.overseer).get("units/" + f[0] + "/assessments/" + f[1] + "?framework=" + f[2])
                    .expect(200).object();
            BigDecimal total = card.isNull("total") ? null : card.getJsonNumber("total").bigDecimalValue();
            assertEquals(total == null ? "null" : total.stripTrailingZeros().toPlainString(), f[3],
                    when + ": the kept total is the scorecard's, " + row + seed);
        }
        JsonObject province = t.as(t.overseer).get("units/" + t.province + "/oversight").expect(200).object();
        JsonObject city = t.as(t.overseer).get("units/" + t.city + "/oversight").expect(200).object();
        long recomputed = Api.at(base).as("admin").post("admin/assessment-results", JsonValue.EMPTY_JSON_OBJECT).expect(200)
                .object().getJsonNumber("assessments").longValue();
        assertTrue(recomputed >= kept.size(), recomputed + " recomputed");
        assertEquals(kept, kept(), when + seed);
        assertEquals(province, t.as(t.overseer).get("units/" + t.province + "/oversight").expect(200).object(), when + seed);
        assertEquals(city, t.as(t.overseer).get("units/" + t.city + "/oversight").expect(200).object(), when + seed);
    }

    /** Each assessment below the province: unit code, year, framework, kept total, then its kept pillar scores. */
    private List<String> kept() throws SQLException {
        try (Connection c = ItJdbc.appConnection()) {
            ItJdbc.scope(c, "*");
            try (PreparedStatement s = c.prepareStatement("select u.code, a.score_year, a.framework_id, a.kept_total,"
                    + " a.results_kept, (select string_agg(p.name || '=' || trim_scale(k.score), ';' order by p.position)"
                    + " from assessment_kept_pillar k join framework_pillar p on p.id = k.pillar_id"
                    + " where k.assessment_id = a.id) from assessment a join administrative_unit u on u.id = a.unit_id"
                    + " where a.unit_path like (select path || '.%' from administrative_unit where code = ? and valid_to is null)"
                    + " order by a.id")) {
                s.setString(1, t.province);
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        BigDecimal total = rs.getBigDecimal(4);
                        rows.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getLong(3) + " "
                                + (total == null ? "null" : total.stripTrailingZeros().toPlainString()) + " "
                                + rs.getBoolean(5) + " " + rs.getString(6));
                    }
                }
                return rows;
            }
        }
    }
}
