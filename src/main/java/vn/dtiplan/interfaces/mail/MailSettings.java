package vn.dtiplan.interfaces.mail;

import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * SMTP settings from MicroProfile Config (system properties, then the environment). Mail is off
 * unless {@code dtiplan.mail.host} is set. {@code dtiplan.mail.base-url} is the address users
 * open the application at, so a mail can link to the page; without it the mail has no link.
 */
public record MailSettings(String host, int port, String from, String user, String password, boolean startTls,
        String baseUrl) {

    public static MailSettings from(Config config) {
        return from(key -> config.getOptionalValue(key, String.class));
    }

    /** The settings read through {@code lookup} (a key to its value, if set). */
    public static MailSettings from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> value = key -> lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        return new MailSettings(value.apply("dtiplan.mail.host").orElse(null),
                value.apply("dtiplan.mail.port").map(Integer::parseInt).orElse(587),
                value.apply("dtiplan.mail.from").orElse("dtiplan@localhost"),
                value.apply("dtiplan.mail.user").orElse(null),
                value.apply("dtiplan.mail.password").orElse(null),
                value.apply("dtiplan.mail.starttls").map(Boolean::parseBoolean).orElse(true),
                value.apply("dtiplan.mail.base-url").map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                        .orElse(null));
    }

    public boolean enabled() {
        return host != null;
    }

    public boolean authenticated() {
        return user != null;
    }

    /** The Jakarta Mail session properties (timeouts keep a dead server from holding the sweep). */
    public Properties sessionProperties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.auth", String.valueOf(authenticated()));
        p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        return p;
    }

    /** The page's full address, or null without a base URL. */
    public String link(String page) {
        return baseUrl == null || page == null ? null : baseUrl + page;
    }
}
