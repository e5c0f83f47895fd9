package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/admin/backup}: only the system administrator; on the embedded H2 a zip of the
 * database in the configured directory (restoring it into a fresh server is
 * {@code src/test/cluster/h2-kill.sh}); on PostgreSQL a 409 pointing to pg_dump.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("smoke")
class BackupIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private static ItTree tree;

    /** The class's own city with a ward, its planner {@code city} and officer {@code ward}, made once. */
    private ItTree tree() {
        if (tree == null) {
            tree = new ItTree(base).unit("P", "Tỉnh Sao Lưu", "PROVINCE", null)
                    .unit("C", "Thành phố Sao Lưu", "CITY", "P").unit("W", "Phường Sao Lưu", "WARD", "C")
                    .account("city", "C", "CITY_PLANNER").account("ward", "W", "WARD_OFFICER");
        }
        return tree;
    }

    @Test
    void onlyTheAdministratorBacksUp() {
        ItTree t = tree();
        assertEquals("forbidden", t.as("city").post("admin/backup", JsonValue.EMPTY_JSON_OBJECT)
                .expectError(403).getString("error"));
        assertEquals("forbidden", t.as("ward").post("admin/backup", JsonValue.EMPTY_JSON_OBJECT)
                .expectError(403).getString("error"));
        Api.at(base).post("admin/backup", JsonValue.EMPTY_JSON_OBJECT).expect(401);
    }

    @Test
    void theEmbeddedDatabaseIsCopiedWhileRunningAndPostgreSqlPointsToPgDump() throws IOException {
        Api admin = Api.at(base).as("admin");
        if (ItSettings.isPostgreSql()) {
            assertEquals("backup.useDump", admin.post("admin/backup", JsonValue.EMPTY_JSON_OBJECT).expectError(409)
                    .getString("error"));
            return;
        }
        String number = "BK-" + Unique.digits() + "/KH-UBND";
        ItTree t = tree();
        t.as("city").post("plans", Json.createObjectBuilder().add("unitCode", t.code("C"))
                .add("number", number).add("title", "Kế hoạch trước bản sao lưu").add("year", 2026)
                .add("tasks", Json.createArrayBuilder()).build()).expect(201);

        JsonObject taken = admin.post("admin/backup", JsonValue.EMPTY_JSON_OBJECT).expect(201).object();
        Path file = Path.of(taken.getString("path"));
        assertEquals(ItDatabase.backupDirectory().toAbsolutePath(), file.getParent(), "written into the configured directory");
        assertTrue(taken.getString("name").matches("dtiplan-\\d{8}-\\d{6}-\\d{3}\\.zip"), taken.getString("name"));
        assertEquals(Files.size(file), taken.getJsonNumber("bytes").longValue());
        List<String> entries = new ArrayList<>();
        long dataBytes = 0;
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
                dataBytes += zip.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        assertEquals(List.of("dtiplan.mv.db"), entries, "one H2 database file");
        assertTrue(dataBytes > 100_000, "the database, not an empty file: " + dataBytes);
        JsonObject second = admin.post("admin/backup", JsonValue.EMPTY_JSON_OBJECT).expect(201).object();
        assertNotEquals(taken.getString("name"), second.getString("name"), "a new file per backup");
    }
}
