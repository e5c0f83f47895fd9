package vn.dtiplan.domain.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Dates as Vietnamese administrative documents write them.
 *
 * <p>Decree 30/2020/NĐ-CP, Appendix I, §II.4: days below 10 and the months 1 and 2 take a
 * leading zero ("ngày 05 tháng 02 năm 2024"; "ngày 13 tháng 5 năm 2024"). The zero on
 * January and February keeps a handwritten "1" or "2" from being extended into 11 or 12.
 * References to other documents use the same rule in numbers ("ngày 05/02/2024", "13/5/2024").
 */
public final class VietnameseDates {

    private VietnameseDates() {
    }

    public static String day(LocalDate date) {
        return twoDigits(date.getDayOfMonth());
    }

    public static String month(LocalDate date) {
        int month = date.getMonthValue();
        return month <= 2 ? twoDigits(month) : Integer.toString(month);
    }

    /** "ngày 13 tháng 5 năm 2024". */
    public static String longForm(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return "ngày " + day(date) + " tháng " + month(date) + " năm " + date.getYear();
    }

    /** "13/5/2024", "05/02/2024". */
    public static String shortForm(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return day(date) + "/" + month(date) + "/" + date.getYear();
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
