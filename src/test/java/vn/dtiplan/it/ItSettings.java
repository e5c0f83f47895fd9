package vn.dtiplan.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the ITs keep their files, and the datasource settings that {@link ItDatabase} wrote for
 * the server ({@code target/it/postgresql.properties} or {@code target/it/h2.properties}). Tests
 * that talk to the database directly (JDBC) read the application role's credentials from here.
 */
public final class ItSettings {

    public static final String POSTGRESQL = "postgresql";
    public static final String H2 = "h2";

    private ItSettings() {
    }

    static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the ITs through ./mvnw verify");
        }
        return value;
    }

    /** {@code postgresql} or {@code h2}: which database this failsafe execution runs on. */
    public static String database() {
        String value = System.getProperty("dtiplan.it.database", System.getProperty("arquillian.launch", POSTGRESQL));
        if (!POSTGRESQL.equals(value) && !H2.equals(value)) {
            throw new IllegalStateException("Unknown IT database " + value + " (postgresql or h2)");
        }
        return value;
    }

    public static boolean isPostgreSql() {
        return POSTGRESQL.equals(database());
    }

    public static Path directory() {
        return Path.of(System.getProperty("dtiplan.it.dir", "target/it")).toAbsolutePath();
    }

    /** The file passed to Payara Micro with {@code --systemProperties} (see arquillian.xml). */
    public static Path serverProperties() {
        return directory().resolve(database() + ".properties");
    }

    /** The datasource settings the server runs with ({@code dtiplan.db.url}, {@code dtiplan.db.user}, ...). */
    public static Properties serverSettings() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(serverProperties())) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("No settings at " + serverProperties() + ": did ItDatabase run?", e);
        }
        return properties;
    }

    /** Written as plain {@code key=value} lines (values need no escaping), readable by a person. */
    static void writeServerSettings(Map<String, String> settings) {
        StringBuilder text = new StringBuilder("# Written by vn.dtiplan.it.ItDatabase for this IT run\n");
        settings.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        try {
            Files.createDirectories(directory());
            Files.writeString(serverProperties(), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
