package vn.dtiplan.domain.document;

/** Roman numerals for section numbers (I–XXXIX is all a plan ever needs). */
final class RomanNumerals {

    private static final String[] TENS = {"", "X", "XX", "XXX"};
    private static final String[] UNITS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

    private RomanNumerals() {
    }

    static String of(int number) {
        if (number < 1 || number > 39) {
            throw new IllegalArgumentException("section number out of range: " + number);
        }
        return TENS[number / 10] + UNITS[number % 10];
    }
}
