package vn.dtiplan.infrastructure.persistence;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 63: fills {@code task_count} (V61) from the tasks already stored, with the same recount as
 * every later refresh ({@link TaskCountSql}), so the rule is written once. On PostgreSQL it reads with
 * the system scope, as row-level security is forced on the tables even for their owner.
 */
public class TaskCountBackfill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("63");
    }

    @Override
    public String getDescription() {
        return "task counts backfill";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                statement.execute("select set_config('app.scope', '*', true)");
            }
            statement.executeUpdate(TaskCountSql.recount("1 = 1"));
        }
    }
}
