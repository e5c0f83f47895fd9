package vn.dtiplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How screens write numbers, dates and recorded values: the one convention of both languages.
 *
 * <p>Numbers are plain digits, never in exponent form ("80", not "8E+1"), at most four decimal
 * places without trailing zeros, with the Vietnamese decimal comma ("83,105") in Vietnamese and a
 * point in English; no thousands separator, because scores run to 1,000 at most and a grouping
 * point would read as a decimal one in Vietnamese ("1.000" vs "83.105"). A score whose framework
 * matters is written with its maximum ("83,105/100", "712,5/1000"). Dates are dd/MM/yyyy in both
 * languages. A recorded value of the change history (stored as ISO text) is written the same way:
 * an ISO date as dd/MM/yyyy, a decimal with the comma, an empty list "[]" as nothing.
 */
public final class Figures {

    private static final int MAX_DECIMALS = 4;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+|-?\\d+(\\.\\d+)?[eE][+-]?\\d+");

    private static final Pattern PERIOD_MONTH = Pattern.compile("(?iu)tháng\\s+(\\d{1,2}/\\d{4})");
    private static final Pattern PERIOD_QUARTER = Pattern.compile("(?iu)quý\\s+([IV]+/\\d{4})");
    private static final Pattern PERIOD_YEAR = Pattern.compile("(?iu)năm\\s+(\\d{4})");

    private Figures() {
    }

    /** "83,105" (vi) or "83.105" (en); empty for none. */
    public static String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        BigDecimal exact = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        BigDecimal plain = exact.setScale(Math.min(Math.max(exact.scale(), 0), MAX_DECIMALS), RoundingMode.HALF_UP)
                .stripTrailingZeros();
        String text = (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
        return english(locale) ? text : text.replace('.', ',');
    }

    /** "83,105/100": a score with the maximum of its framework; without a maximum the score alone. */
    public static String score(Number value, Number max, Locale locale) {
        if (value == null) {
            return "";
        }
        return max == null ? number(value, locale) : number(value, locale) + "/" + number(max, locale);
    }

    /** "13/05/2024"; empty for none. */
    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** A value the change history recorded as text, written as screens write values. */
    public static String recorded(String value, Locale locale) {
        if (value == null) {
            return "";
        }
        String text = value.strip();
        if (text.equals("[]")) {
            return "";
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            return text.substring(1, text.length() - 1);
        }
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return date(LocalDate.parse(text));
            } catch (DateTimeParseException notADate) {
                return text;
            }
        }
        return DECIMAL.matcher(text).matches() ? number(new BigDecimal(text), locale) : text;
    }

    /**
     * A reporting period's label ("tháng 6/2024", "quý II/2024", "năm 2024", as reports store it)
     * in the UI's language: the English UI reads "month 6/2024", "quarter II/2024", "year 2024".
     */
    public static String period(String label, Locale locale) {
        if (label == null || !english(locale)) {
            return label == null ? "" : label;
        }
        return PERIOD_MONTH.matcher(PERIOD_QUARTER.matcher(PERIOD_YEAR.matcher(label).replaceAll("year $1"))
                .replaceAll("quarter $1")).replaceAll("month $1");
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
