package vn.dtiplan.it;

import jakarta.json.Json;
import java.net.URL;

/**
 * A unit tree and its accounts that a test makes for itself through the units and accounts API
 * (as the system administrator), so it asserts on its own data and never on the demo's. Codes
 * and user names carry a part unique to the instance: {@code code("W1")}, {@code user("w1")}.
 * Units are in force since 2020 unless the tree is made with another first day ({@link
 * #ItTree(URL, String)}), so a reorganisation effective today may close them.
 */
final class ItTree {

    /** The password of every account made here (it passes the password policy). */
    static final String PASSWORD = "mat-khau-thu-" + Unique.code();

    private final URL base;
    private final String run = Unique.code().toUpperCase();
    private final String validFrom;

    ItTree(URL base) {
        this(base, "2020-01-01");
    }

    /** A tree whose units are in force since {@code validFrom} (ISO date), e.g. for reports of 2019. */
    ItTree(URL base, String validFrom) {
        this.base = base;
        this.validFrom = validFrom;
    }

    String code(String suffix) {
        return "T" + run + suffix;
    }

    String user(String suffix) {
        return "t." + run.toLowerCase() + "." + suffix;
    }

    /** The API signed in as the account made with {@code suffix}. */
    Api as(String suffix) {
        return Api.at(base).as(user(suffix), PASSWORD);
    }

    /** Adds a unit; {@code parent} is the suffix of a unit made before, or null for a province. */
    ItTree unit(String suffix, String name, String level, String parent) {
        var body = Json.createObjectBuilder().add("code", code(suffix)).add("name", name).add("level", level)
                .add("validFrom", validFrom);
        if (parent != null) {
            body.add("parentCode", code(parent));
        }
        Api.at(base).as("admin").post("units", body.build()).expect(201);
        return this;
    }

    /** Adds an account with one role at the unit made with {@code unit}. */
    ItTree account(String suffix, String unit, String role) {
        Api.at(base).as("admin").post("accounts", Json.createObjectBuilder().add("username", user(suffix))
                .add("password", PASSWORD).add("fullName", "Cán bộ thử " + suffix).add("unitCode", code(unit))
                .add("roles", Json.createArrayBuilder().add(role)).build()).expect(201);
        return this;
    }

    /** Adds a department to the unit made with {@code unit}. */
    ItTree department(String unit, String name) {
        Api.at(base).as("admin").post("units/" + code(unit) + "/departments",
                Json.createObjectBuilder().add("name", name).build()).expect(201);
        return this;
    }

    /** Adds a department staff account in the department {@code department} of the unit made with {@code unit}. */
    ItTree staff(String suffix, String unit, String department) {
        Api.at(base).as("admin").post("accounts", Json.createObjectBuilder().add("username", user(suffix))
                .add("password", PASSWORD).add("fullName", "Cán bộ thử " + suffix).add("unitCode", code(unit))
                .add("department", department).add("roles", Json.createArrayBuilder().add("DEPARTMENT_STAFF")).build())
                .expect(201);
        return this;
    }
}
