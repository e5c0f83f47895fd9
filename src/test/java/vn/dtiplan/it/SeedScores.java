package vn.dtiplan.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo seed's 2023 figures of Thành phố Vũng Tàu and its 17 wards ({@code /demo/frameworks.tsv},
 * {@code /demo/assessments.tsv}, {@code /demo/units.csv}) replayed through the API, once per server
 * ({@link #shared}), into a tree the tests make: their own province, city and wards under the
 * seed's names, the two 2023 frameworks issued by that province, every 2023 score, published
 * total, rank and adjustment. The tests then
 * check the seed's arithmetic (published total against the computed sum, the gaps, the ranking) on
 * their own units, never on the demo's. The city's and Phường 2's results go through submit,
 * appraise and publish as in the seed.
 */
final class SeedScores {

    static final int YEAR = 2023;
    static final String CITY = "747";
    static final String PHUONG2 = "26509";
    static final String PHUONG3 = "26512";

    private static SeedScores shared;

    private static URL sharedOn;

    private final ItTree tree;

    /**
     * The replay made once per server and shared by the tests that read it, as {@link SharedServer}
     * shares one server (the replay is some hundred requests). Its readers only read the results and
     * add plans of their own; none changes a score, a unit or an account, so they stay independent of
     * their order.
     */
    static synchronized SeedScores shared(URL base) {
        if (shared == null || !base.equals(sharedOn)) {
            shared = new SeedScores(base);
            sharedOn = base;
        }
        return shared;
    }

    /** Makes the tree and replays the seed; accounts: {@code so} (province), {@code tp} (city), {@code w26509}, {@code other} (another province). */
    private SeedScores(URL base) {
        tree = new ItTree(base).unit("77", "Tỉnh Bà Rịa - Vũng Tàu (bản thử)", "PROVINCE", null)
                .unit("Q", "Tỉnh khác", "PROVINCE", null).account("other", "Q", "PROVINCE_OVERSEER");
        for (String[] unit : rows("units.csv", ",")) {
            if (unit[0].equals(CITY) || unit[4].equals(CITY)) {
                tree.unit(unit[0], unit[1], unit[3], unit[4]);
            }
        }
        tree.account("so", "77", "PROVINCE_OVERSEER").account("tp", CITY, "CITY_PLANNER")
                .account("w" + PHUONG2, PHUONG2, "WARD_OFFICER");
        Map<String, Long> frameworks = frameworks();
        scores(frameworks);
        publish(CITY);
        publish(PHUONG2);
    }

    /** The test's code of the unit with the seed's {@code seedCode}. */
    String code(String seedCode) {
        return tree.code(seedCode);
    }

    ItTree tree() {
        return tree;
    }

    /** The API signed in as the test's account {@code suffix}. */
    Api as(String suffix) {
        return tree.as(suffix);
    }

    /** {@code units/<own code>/assessments/2023}. */
    String path(String seedCode) {
        return "units/" + code(seedCode) + "/assessments/" + YEAR;
    }

    /** POSTs the seed's 2023 frameworks as the test's province: framework key → id. */
    private Map<String, Long> frameworks() {
        Map<String, JsonObjectBuilder> bodies = new LinkedHashMap<>();
        Map<String, List<JsonArrayBuilder>> criteria = new LinkedHashMap<>();
        Map<String, List<JsonObjectBuilder>> pillars = new LinkedHashMap<>();
        for (String[] row : rows("frameworks.tsv", "\t")) {
            if (!row[1].endsWith("-" + YEAR) || !row[1].startsWith("brvt-")) {
                continue;
            }
            switch (row[0]) {
                case "FRAMEWORK" -> {
                    bodies.put(row[1], Json.createObjectBuilder().add("issuerCode", code("77")).add("year", YEAR)
                            .add("level", row[4]).add("name", row[5]));
                    pillars.put(row[1], new java.util.ArrayList<>());
                    criteria.put(row[1], new java.util.ArrayList<>());
                }
                case "PILLAR" -> {
                    pillars.get(row[1]).add(Json.createObjectBuilder().add("name", row[3]).add("max", new BigDecimal(row[4])));
                    criteria.get(row[1]).add(Json.createArrayBuilder());
                }
                case "CRITERION" -> criteria.get(row[1]).get(Integer.parseInt(row[2].split("\\.")[0]) - 1)
                        .add(Json.createObjectBuilder().add("code", row[2]).add("title", row[3])
                                .add("max", new BigDecimal(row[4])).add("scoringMethod", row[5]).add("evidence", row[6]));
                default -> throw new IllegalStateException("unknown row kind " + row[0]);
            }
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        bodies.forEach((key, body) -> {
            JsonArrayBuilder all = Json.createArrayBuilder();
            for (int i = 0; i < pillars.get(key).size(); i++) {
                all.add(pillars.get(key).get(i).add("criteria", criteria.get(key).get(i)));
            }
            ids.put(key, as("so").post("frameworks", body.add("pillars", all).build()).expect(201).object()
                    .getJsonNumber("id").longValue());
        });
        return ids;
    }

    /** PUTs every 2023 result of the seed as the province (the appraiser). */
    private void scores(Map<String, Long> frameworks) {
        Map<String, JsonObjectBuilder> bodies = new LinkedHashMap<>();
        Map<String, JsonArrayBuilder> criteria = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String[] row : rows("assessments.tsv", "\t")) {
            String year = row[0].equals("ASSESSMENT") ? row[3] : row[2];
            if (!year.equals(Integer.toString(YEAR))) {
                continue;
            }
            String unit = row[1];
            switch (row[0]) {
                case "ASSESSMENT" -> {
                    bodies.put(unit, Json.createObjectBuilder().add("frameworkId", frameworks.get(row[2]))
                            .add("publishedTotal", new BigDecimal(row[4])).add("rank", Integer.parseInt(row[5]))
                            .add("rankOf", Integer.parseInt(row[6])));
                    criteria.put(unit, Json.createArrayBuilder());
                    kinds.put(unit, row[2]);
                }
                case "PILLARS" -> {
                    List<String> names = pillarNames(kinds.get(unit));
                    JsonArrayBuilder pillars = Json.createArrayBuilder();
                    for (int i = 3; i < row.length; i++) {
                        pillars.add(Json.createObjectBuilder().add("name", names.get(i - 3)).add("score", new BigDecimal(row[i])));
                    }
                    bodies.get(unit).add("pillars", pillars);
                }
                case "CRITERION" -> criteria.get(unit).add(Json.createObjectBuilder().add("code", row[3])
                        .add("score", new BigDecimal(row[4])));
                case "ADJUSTMENT" -> bodies.get(unit).add("adjustments", Json.createArrayBuilder().add(
                        Json.createObjectBuilder().add("points", new BigDecimal(row[3])).add("reason", row[4])));
                default -> throw new IllegalStateException("unknown row kind " + row[0]);
            }
        }
        bodies.forEach((unit, body) -> as("so").put(path(unit), body.add("criteria", criteria.get(unit)).build())
                .expect(200));
    }

    private static List<String> pillarNames(String framework) {
        return rows("frameworks.tsv", "\t").stream().filter(r -> r[0].equals("PILLAR") && r[1].equals(framework))
                .map(r -> r[3]).toList();
    }

    /** The province publishes the result its own scores appraised (an appraiser scoring a draft appraises it). */
    private void publish(String seedCode) {
        as("so").post(path(seedCode) + "/publish", JsonValue.EMPTY_JSON_OBJECT).expect(200);
    }

    private static List<String[]> rows(String file, String separator) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                SeedScores.class.getResourceAsStream("/demo/" + file), StandardCharsets.UTF_8))) {
            return reader.lines().skip(file.endsWith(".csv") ? 1 : 0).filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(separator, -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
