package vn.dtiplan.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
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

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/vn/dtiplan/interfaces/web/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
