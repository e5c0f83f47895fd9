package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Answers kept between calls (a unit's progress summary, a caller's scope) are never older than the
 * last write: each test reads an answer twice (so it is kept), writes, and reads it again at once. On
 * both databases for the application's own writes (JPA, the JDBC insert of an issue's copies); on
 * PostgreSQL also for a write committed outside the application, as another instance's would be.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FreshAnswersIT extends ProgressFixture {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    @Override
    URL base() {
        return base;
    }

    @Test
    @Tag("smoke")
    void anIssueADecisionAndAReportEachShowInTheVeryNextSummary() {
        Branch branch = ownBranch();
        JsonObject before = twice(branch.officer(), branch.ward());
        JsonObject cityBefore = twice(branch.planner(), branch.city());

        long planId = cityDraft(branch, "2030-12-31");
        branch.planner().post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        JsonObject issued = rollup(branch.officer(), branch.ward());
        assertEquals(1, issued.getInt("tasks") - before.getInt("tasks"), "the copy written by JDBC counts at once");
        assertEquals(1, issued.getInt("pending") - before.getInt("pending"));

        long taskId = branch.officer().get("units/" + branch.ward() + "/inbox").expect(200).array()
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getJsonNumber("planId").longValue() == planId)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        rollup(branch.officer(), branch.ward());
        branch.officer().post("inherited/" + taskId + "/decision", Json.createObjectBuilder().add("action", "ADOPT")
                .add("leadDepartment", "Bộ phận một cửa").build()).expect(200);
        JsonObject adopted = rollup(branch.officer(), branch.ward());
        assertEquals(1, adopted.getInt("adopted") - issued.getInt("adopted"));
        assertEquals(-1, adopted.getInt("pending") - issued.getInt("pending"));

        branch.officer().post("tasks/" + taskId + "/progress", progress("DONE", 100)).expect(200);
        assertEquals(1, rollup(branch.officer(), branch.ward()).getInt("done") - adopted.getInt("done"));
        assertEquals(1, child(rollup(branch.planner(), branch.city()), branch.ward()).getInt("done")
                - child(cityBefore, branch.ward()).getInt("done"), "the city sees it too");
    }

    @Test
    @Tag("smoke")
    void anAccountMovedToAnotherUnitReadsWithItsNewScopeAtTheNextCall() {
        ItTree t = new ItTree(base).unit("P", "Tỉnh Chuyển Người", "PROVINCE", null)
                .unit("A", "Phường Nơi Cũ", "WARD", "P").unit("B", "Phường Nơi Mới", "WARD", "P")
                .account("overseer", "P", "PROVINCE_OVERSEER").account("officer", "A", "WARD_OFFICER");
        Api officer = t.as("officer");
        twice(officer, t.code("A"));
        officer.get("units/" + t.code("B") + "/progress").expectError(404);

        t.as("overseer").patch("accounts/" + t.user("officer"), Json.createObjectBuilder()
                .add("unitCode", t.code("B")).build()).expect(200);
        officer.get("units/" + t.code("A") + "/progress").expectError(404);
        assertEquals(t.code("B"), rollup(officer, t.code("B")).getString("unitCode"));
    }

    /** PostgreSQL only: H2 in a file is one instance's, so no other instance can write to it. */
    @Test
    void aWriteCommittedOutsideTheApplicationShowsInTheNextSummary() throws Exception {
        ItTree t = new ItTree(base).unit("P", "Tỉnh Ghi Ngoài", "PROVINCE", null).unit("W", "Phường Tên Cũ", "WARD", "P")
                .account("officer", "W", "WARD_OFFICER");
        Api officer = t.as("officer");
        assertEquals("Phường Tên Cũ", twice(officer, t.code("W")).getString("name"));
        String renamed = "Phường Tên Mới " + Unique.digits();
        try (Connection c = ItJdbc.ownerConnection()) {
            ItJdbc.scope(c, "*");
            try (PreparedStatement rename = c.prepareStatement("update administrative_unit set name = ? where code = ?")) {
                rename.setString(1, renamed);
                rename.setString(2, t.code("W"));
                assertEquals(1, rename.executeUpdate());
            }
        }
        assertEquals(renamed, rollup(officer, t.code("W")).getString("name"));
    }

    /** The summary read twice, the second time from what the first kept; both alike. */
    private static JsonObject twice(Api caller, String unit) {
        JsonObject first = rollup(caller, unit);
        assertEquals(first, rollup(caller, unit));
        return first;
    }
}
