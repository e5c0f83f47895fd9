package vn.dtiplan.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.dtiplan.domain.account.Role;
import vn.dtiplan.domain.unit.UnitLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Locale jvmDefault = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    void vietnameseIsFoundWhateverTheJvmLanguage() {
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", Messages.vietnamese("login.failed"));
        Locale.setDefault(Locale.forLanguageTag("vi"));
        assertEquals("Wrong user name or password.", Messages.text(Locale.ENGLISH, "login.failed"));
    }

    @Test
    void unknownKeysComeBackAsThemselves() {
        assertEquals("no.such.key", Messages.vietnamese("no.such.key"));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(load("messages_vi.properties").keySet(), load("messages_en.properties").keySet());
    }

    /** Every {@code msg['key']} a page names, and every key built from a role or a level, exists. */
    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Properties vi = load("messages_vi.properties");
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = literal.matcher(Files.readString(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Arrays.stream(Role.values()).forEach(r -> used.add("role." + r.name()));
        Arrays.stream(UnitLevel.values()).forEach(l -> {
            used.add("level." + l.name());
            used.add("level." + l.name() + ".plural");
        });
        Arrays.stream(Role.values()).forEach(r -> used.add("home.intro." + r.name()));
        Arrays.stream(vn.dtiplan.domain.notification.NotificationKind.values()).forEach(k -> used.add(k.messageKey()));
        Arrays.stream(vn.dtiplan.domain.progress.ReportStatus.values()).forEach(st -> used.add("reportStatus." + st.name()));
        Arrays.stream(vn.dtiplan.domain.progress.ReportingPeriod.Frequency.values())
                .forEach(f -> used.add("frequency." + f.name()));
        used.removeIf(vi::containsKey);
        assertEquals(Set.of(), used, "keys used by pages but missing from the bundles");
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/vn/dtiplan/interfaces/web/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
