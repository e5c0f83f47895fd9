package vn.dtiplan.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Provides the database of an IT run, client side (registered in
 * {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension} of the test
 * classpath, never packaged into a deployment).
 *
 * <p>Before the suite, i.e. before the first Payara Micro starts:
 * <ul>
 * <li>PostgreSQL: starts embedded PostgreSQL 17 (zonky) on a free port with a database owned by
 * {@value #OWNER_ROLE}, which runs the migrations, and a separate login role
 * {@value #APP_ROLE} that the application uses. The application role owns nothing, so the
 * forced row-level security of the V2 migration applies to it; the migration grants it table
 * rights through the {@code ${appRole}} placeholder. Passwords are random per run.</li>
 * <li>H2: a fresh file database under {@code target/it/h2-<timestamp>} (MODE=LEGACY, as
 * {@code server-config/demo.properties}).</li>
 * </ul>
 * Either way the settings go to {@link ItSettings#serverProperties()} with
 * {@code dtiplan.demo=true} and single sign-on against {@link ItProvider}. After the suite
 * PostgreSQL and the provider are stopped; the data directory is deleted.
 *
 * <p>Trade-off: one database per failsafe execution, shared by all IT classes (a server per
 * class already costs 15–20 s; a database per class would add little isolation for the time).
 */
public class ItDatabase {

    static final String OWNER_ROLE = "dtiplan_owner";
    static final String APP_ROLE = "dtiplan_app";
    static final String DATABASE = "dtiplan";
    private static final Logger LOG = Logger.getLogger(ItDatabase.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private EmbeddedPostgres postgres;
    /** The superuser's data source of the running embedded PostgreSQL (null on H2 or before the suite). */
    private static volatile javax.sql.DataSource superuser;

    /** The Arquillian registration of {@link ItDatabase}. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(ItDatabase.class);
        }
    }

    /** The system property holding the port the IT servers mail to ({@link FakeSmtp} listens there while a test needs it). */
    public static final String SMTP_PORT = "dtiplan.it.smtp-port";

    /** The evidence size limit of the IT servers (1 MiB), small enough to test refusals cheaply. */
    public static final long EVIDENCE_LIMIT = 1024 * 1024;

    public void start(@Observes(precedence = 1000) BeforeSuite event) {
        Map<String, String> settings = ItSettings.isPostgreSql() ? startPostgreSql() : freshH2();
        settings.put("dtiplan.demo", "true");
        settings.put("dtiplan.evidence.max-bytes", Long.toString(EVIDENCE_LIMIT));
        settings.put("dtiplan.notifications.timer", "false");
        settings.put("dtiplan.audit.trust-forwarded-for", "true");
        settings.put("dtiplan.backup.dir", backupDirectory().toString());
        int smtpPort = FakeSmtp.freePort();
        System.setProperty(SMTP_PORT, Integer.toString(smtpPort));
        settings.put("dtiplan.mail.host", "127.0.0.1");
        settings.put("dtiplan.mail.port", Integer.toString(smtpPort));
        settings.put("dtiplan.mail.starttls", "false");
        settings.put("dtiplan.mail.base-url", "http://dtiplan.test");
        settings.putAll(ItProvider.start());
        ItSettings.writeServerSettings(settings);
        LOG.info(() -> "IT database ready: " + settings.get("dtiplan.db.url"));
    }

    public void stop(@Observes(precedence = -1000) AfterSuite event) {
        superuser = null;
        ItProvider.stop();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }
    }

    /**
     * Makes the database unreachable for the application until closed, as a restart does: its
     * role may open no connection ({@code connection limit 0}, PostgreSQL answers 53300) and its
     * open ones are terminated (57P01). PostgreSQL only; every IT class of the run shares the
     * database, so close it at once (try-with-resources).
     */
    public static AutoCloseable outage() throws SQLException {
        if (superuser == null) {
            throw new IllegalStateException("no embedded PostgreSQL: an outage needs the PostgreSQL run");
        }
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter role " + APP_ROLE + " connection limit 0");
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where usename = '" + APP_ROLE + "'");
        }
        return () -> {
            try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
                s.execute("alter role " + APP_ROLE + " connection limit -1");
            }
        };
    }

    /** Where {@code POST /api/admin/backup} writes during the ITs (BackupIT). */
    public static Path backupDirectory() {
        return ItSettings.directory().resolve("backups");
    }

    private Map<String, String> startPostgreSql() {
        String ownerPassword = randomPassword();
        String appPassword = randomPassword();
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(ItSettings.directory().resolve("pg-" + LocalDateTime.now().format(STAMP)))
                    .setCleanDataDirectory(true)
                    .start();
            superuser = postgres.getPostgresDatabase();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create role " + OWNER_ROLE + " login password '" + ownerPassword + "'");
                s.execute("create role " + APP_ROLE + " nologin");
                s.execute("alter role " + APP_ROLE + " login password '" + appPassword + "'");
                s.execute("create database " + DATABASE + " owner " + OWNER_ROLE);
                s.execute("revoke all on database " + DATABASE + " from public");
                s.execute("grant connect on database " + DATABASE + " to " + APP_ROLE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the IT roles and database", e);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("dtiplan.db.class", "org.postgresql.ds.PGSimpleDataSource");
        settings.put("dtiplan.db.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE);
        settings.put("dtiplan.db.user", APP_ROLE);
        settings.put("dtiplan.db.password", appPassword);
        settings.put("dtiplan.db.owner.user", OWNER_ROLE);
        settings.put("dtiplan.db.owner.password", ownerPassword);
        return settings;
    }

    private static Map<String, String> freshH2() {
        Path file = ItSettings.directory().resolve("h2-" + LocalDateTime.now().format(STAMP)).resolve("dtiplan");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("dtiplan.db.class", "org.h2.jdbcx.JdbcDataSource");
        settings.put("dtiplan.db.url", "jdbc:h2:file:" + file + ";MODE=LEGACY");
        settings.put("dtiplan.db.user", "dtiplan");
        settings.put("dtiplan.db.password", "dtiplan");
        return settings;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
