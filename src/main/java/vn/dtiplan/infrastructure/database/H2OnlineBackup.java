package vn.dtiplan.infrastructure.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import vn.dtiplan.application.OnlineBackup;

/**
 * H2's {@code BACKUP TO}: a zip of the database file taken while the application runs (H2
 * copies a consistent state; writers go on). Needs the application user to be an H2 admin,
 * which the user that created the file is. Restore: unzip into an empty directory and point
 * {@code dtiplan.db.url} at it.
 */
@ApplicationScoped
public class H2OnlineBackup implements OnlineBackup {

    @Resource(lookup = DatabaseBootstrap.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public boolean supported() {
        String url = DatabaseSettings.fromConfig().url();
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    @Override
    public long backUpTo(Path file) {
        // BACKUP takes no parameter; the name is built by the application, quotes are doubled anyway
        String target = file.toAbsolutePath().toString().replace("'", "''");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + target + "'");
            return Files.size(file);
        } catch (SQLException e) {
            throw new IllegalStateException("H2 backup to " + file + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
