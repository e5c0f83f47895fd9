package vn.dtiplan.it;


import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * What the unit administration ITs share: unique codes and the requests that make units and
 * accounts as the system administrator or an official.
 */
abstract class UnitAdminFixture {

    /** The deployed application's address (the test class's Arquillian resource). */
    abstract URL base();

    private static final AtomicInteger SERIAL = new AtomicInteger();

    static final String PASSWORD = "mat-khau-du-dai";

    Api admin() {
        return Api.at(base()).as("admin");
    }

    Api as(String user) {
        return Api.at(base()).as(user, PASSWORD);
    }

    /** A unique prefix for codes and user names of one test. */
    static String unique() {
        return "t" + SERIAL.incrementAndGet() + ThreadLocalRandom.current().nextInt(10_000, 99_999);
    }

    static JsonObject unit(String code, String name, String level, String parent) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", code).add("name", name).add("level", level);
        return (parent == null ? b : b.add("parentCode", parent)).build();
    }

    JsonObject createUnit(String code, String name, String level, String parent) {
        return admin().post("units", unit(code, name, level, parent)).expect(201).object();
    }

    void createAccount(Api by, String username, String unit, String role, int status) {
        by.post("accounts", Json.createObjectBuilder().add("username", username).add("password", PASSWORD)
                .add("fullName", "Cán bộ " + username).add("unitCode", unit)
                .add("roles", Json.createArrayBuilder().add(role)).build()).expect(status);
    }

    static JsonObject patch(String field, String value) {
        return Json.createObjectBuilder().add(field, value).build();
    }

    static Api.Reply delete(Api api, String path) {
        return api.send(api.request(api.api(path)).DELETE());
    }

    static Set<String> codes(Api api, String query) {
        return api.get("units" + query).expect(200).array().getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("code")).collect(Collectors.toSet());
    }
}
