package vn.dtiplan.infrastructure.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import vn.dtiplan.infrastructure.persistence.TaskCountBackfill;

/**
 * Brings the database up to date at start: Flyway migrations (the same common scripts on H2
 * and PostgreSQL, plus a vendor folder: row-level security on PostgreSQL, a no-op of the same
 * version on H2), then announces {@link DatabaseReady} so demo and initial data can load.
 * A failure is logged and leaves {@code /health/ready} down (503); the application stays
 * deployed so the failure can be read, and a restart tries again. (A database that cannot be
 * reached at all already stops the deployment: the container's JPA deployer connects first.)
 */
@DataSourceDefinition(
        name = DatabaseBootstrap.DATA_SOURCE,
        className = "${MPCONFIG=dtiplan.db.class}",
        url = "${MPCONFIG=dtiplan.db.url}",
        user = "${MPCONFIG=dtiplan.db.user}",
        password = "${MPCONFIG=dtiplan.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true",
            // PostgreSQL's driver sends a JDBC batch of inserts as multi-row inserts (a plan's cascade);
            // a data source without the property (H2) ignores it
            "reWriteBatchedInserts=true"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseBootstrap {

    public static final String DATA_SOURCE = "java:app/jdbc/dtiplan";
    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class.getName());
    @Inject
    private Event<DatabaseReady> ready;

    private volatile boolean migrated;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        try {
            migrate(settings);
            ready.fire(new DatabaseReady(settings.demo()));
            migrated = true;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Database not ready: " + e.getMessage(), e);
        }
    }

    private void migrate(DatabaseSettings settings) {
        Flyway.configure(DatabaseBootstrap.class.getClassLoader())
                .dataSource(settings.url(), settings.ownerUser(), settings.ownerPassword())
                .locations("classpath:db/migration/common", settings.vendorLocation())
                .placeholders(Map.of("appRole", settings.applicationRole().orElse("")))
                .javaMigrations(new TaskCountBackfill())
                .load()
                .migrate();
    }

    public boolean isMigrated() {
        return migrated;
    }
}
