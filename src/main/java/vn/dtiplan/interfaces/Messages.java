package vn.dtiplan.interfaces;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI bundle ({@code vn.dtiplan.interfaces.web.messages}) for code outside a Faces request. */
public final class Messages {

    public static final String BUNDLE = "vn.dtiplan.interfaces.web.messages";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Messages() {
    }

    /** The text of {@code key} in {@code locale}, its placeholders filled; the key itself when missing. */
    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String vietnamese(String key, Object... arguments) {
        return text(VIETNAMESE, key, arguments);
    }
}
