package vn.dtiplan.infrastructure.database;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The database settings, read from MicroProfile Config: system properties first (for example
 * {@code --systemProperties server-config/demo.properties}), then environment variables
 * ({@code DTIPLAN_DB_URL} for {@code dtiplan.db.url}). Nothing is baked into the WAR.
 *
 * <p>Migrations may run as a separate owner role ({@code dtiplan.db.owner.user}) so that the
 * application role does not own the tables and PostgreSQL row-level security applies to it.
 */
public record DatabaseSettings(String url, String user, String password, String ownerUser,
                               String ownerPassword, boolean demo) {

    public static DatabaseSettings fromConfig() {
        Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
        String user = config.getOptionalValue("dtiplan.db.user", String.class).orElse("");
        String password = config.getOptionalValue("dtiplan.db.password", String.class).orElse("");
        return new DatabaseSettings(
                config.getValue("dtiplan.db.url", String.class),
                user,
                password,
                config.getOptionalValue("dtiplan.db.owner.user", String.class).orElse(user),
                config.getOptionalValue("dtiplan.db.owner.password", String.class).orElse(password),
                config.getOptionalValue("dtiplan.demo", Boolean.class).orElse(false));
    }

    public boolean isPostgreSql() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The Flyway location of the vendor-specific migrations. */
    public String vendorLocation() {
        return "classpath:db/migration/" + (isPostgreSql() ? "postgresql" : "h2");
    }

    public Optional<String> applicationRole() {
        return user.isBlank() ? Optional.empty() : Optional.of(user);
    }
}
