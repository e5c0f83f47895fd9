package vn.dtiplan.it;


import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;

/**
 * What the list and bulk ITs stand on: a tree of their own, made once (its Phường 2 with two
 * departments and an appraised assessment, its Phường 3, the city), and the drafts they fill.
 */
abstract class ListsFixture {

    /** The deployed application's address (the test class's Arquillian resource). */
    abstract URL base();

    /** The own tree's officer of W2, whose plans, tasks and reports the tests list. */
    static final String OFFICER = "officer";

    static final Duration WAIT = Duration.ofSeconds(20);

    private static ItTree tree;

    /**
     * The class's own tree, made once: province P, city C (planner {@code city}) with wards W2
     * ("Phường 2", with two departments; officer {@value #OFFICER}) and W3 ("Phường 3"; officer
     * {@code ward3}); W2 holds an appraised 2024 assessment on a framework of P (overseer {@code so})
     * whose criteria are "1.1" to "8.1", one per pillar ({@link Scoring#framework}).
     */
    ItTree tree() {
        if (tree == null) {
            ItTree t = new ItTree(base()).unit("P", "Tỉnh Danh Sách", "PROVINCE", null)
                    .unit("C", "Thành phố Danh Sách", "CITY", "P").unit("W2", "Phường 2", "WARD", "C")
                    .unit("W3", "Phường 3", "WARD", "C").department("W2", "Bộ phận Văn hóa - Xã hội")
                    .department("W2", "Bộ phận một cửa").account("so", "P", "PROVINCE_OVERSEER")
                    .account("city", "C", "CITY_PLANNER").account(OFFICER, "W2", "WARD_OFFICER")
                    .account("ward3", "W3", "WARD_OFFICER");
            long framework = Scoring.createFramework(t.as("so"), t.code("P"), 2024);
            String path = "units/" + t.code("W2") + "/assessments/2024";
            t.as("so").put(path, Json.createObjectBuilder(Scoring.scores(framework, "80", "90", "100", "70", "100", "150"))
                    .add("criteria", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "1.1").add("score", 5))
                            .add(Json.createObjectBuilder().add("code", "6.1").add("score", 4))).build()).expect(200);
            tree = t;
        }
        return tree;
    }

    /** The API signed in as the own tree's account {@code suffix}. */
    Api as(String suffix) {
        return tree().as(suffix);
    }

    /** W2, the officer's ward. */
    String ward() {
        return tree().code("W2");
    }

    long draft(String marker, int year, JsonArrayBuilder tasks) {
        JsonObject plan = Api.signed(Json.createObjectBuilder()).add("unitCode", ward()).add("number", Unique.digits() + "/KH-UBND")
                .add("title", "Kế hoạch " + marker).add("year", year).add("tasks", tasks).build();
        return as(OFFICER).post("plans", plan).expect(201).object().getJsonNumber("id").longValue();
    }

    static JsonObject task(String solution, String lead, String timeframe, String due) {
        var task = Json.createObjectBuilder().add("solution", solution).add("lead", lead)
                .add("coordinating", Json.createArrayBuilder()).add("timeframe", timeframe).add("cascade", false);
        return (due == null ? task : task.add("due", due)).build();
    }
}
