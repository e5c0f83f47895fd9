package vn.dtiplan.domain.listing;

import java.util.Locale;

/** How list filters read query parameters. */
final class Texts {

    /** Longest search text kept; longer words cannot match a column anyway. */
    private static final int MAX_TEXT = 200;

    private Texts() {
    }

    static String trimmed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }

    static <E extends Enum<E>> E constant(Class<E> type, String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("request.filter.invalid", parameter, text);
        }
    }

    static boolean flag(String text, String parameter) {
        if (text == null || text.isBlank() || "false".equalsIgnoreCase(text.strip())) {
            return false;
        }
        if ("true".equalsIgnoreCase(text.strip())) {
            return true;
        }
        throw new InvalidQueryException("request.filter.invalid", parameter, text);
    }

    static String pattern(String q) {
        if (q == null) {
            return null;
        }
        String escaped = q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
