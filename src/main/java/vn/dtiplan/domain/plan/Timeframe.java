package vn.dtiplan.domain.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's timeframe as the plan writes it ("Thường xuyên", "Trước ngày 20 hằng tháng",
 * "Quý II/2024", "Trước 30/6/2031", "Trong vòng 07 ngày kể từ ngày Kế hoạch của tỉnh ban
 * hành", "Năm 2024"), kept word for word beside the structure read from it.
 *
 * <p>Reading is forgiving: words it does not understand become {@link TimeframeKind#AS_WRITTEN}
 * (no due date) rather than an error, because plans are copied from scans and must be
 * accepted as written. A one-off timeframe yields one due date; a recurring one the next
 * occurrence on or after a given day; an ongoing one none. "Within N days" counts from an
 * anchor (the issuing plan's date), since the words name a document, not a day.
 */
public final class Timeframe {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("thang\\s+(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("quy\\s+(iv|iii|ii|i|[1-4])\\s*(?:/|nam)\\s*(\\d{4})");
    private static final Pattern WITHIN = Pattern.compile("(?:trong (?:vong|thoi han)|sau)\\s+(\\d{1,3})\\s+ngay");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("ngay\\s+(\\d{1,2})\\s+(?:hang|hàng|moi) thang");
    private static final Pattern YEAR = Pattern.compile("nam\\s+(\\d{4})");

    private final String words;
    private final TimeframeKind kind;
    private final LocalDate date;
    private final int number;

    private Timeframe(String words, TimeframeKind kind, LocalDate date, int number) {
        this.words = words;
        this.kind = kind;
        this.date = date;
        this.number = number;
    }

    /** Reads the words; blank words are an ongoing task with no words. */
    public static Timeframe parse(String words) {
        String written = words == null ? "" : words.strip().replaceAll("\\s+", " ");
        String w = LeadKind.fold(written);
        Matcher m;
        if (w.isEmpty() || w.contains("thuong xuyen") || w.contains("lien tuc")) {
            return new Timeframe(written, TimeframeKind.ONGOING, null, 0);
        }
        if ((m = WITHIN.matcher(w)).find()) {
            return new Timeframe(written, TimeframeKind.WITHIN_DAYS, null, Integer.parseInt(m.group(1)));
        }
        if (w.contains("hang ngay") || w.contains("moi ngay")) {
            return new Timeframe(written, TimeframeKind.DAILY, null, 0);
        }
        if (w.contains("hang thang") || w.contains("moi thang") || w.contains("dinh ky thang")) {
            m = DAY_OF_MONTH.matcher(w);
            return new Timeframe(written, TimeframeKind.MONTHLY, null, m.find() ? Integer.parseInt(m.group(1)) : 0);
        }
        if (w.contains("hang quy") || w.contains("moi quy")) {
            return new Timeframe(written, TimeframeKind.QUARTERLY, null, 0);
        }
        Optional<Timeframe> dated = dated(written, w);
        if (dated.isPresent()) {
            return dated.get();
        }
        if ((m = QUARTER.matcher(w)).find()) {
            int quarter = quarterNumber(m.group(1));
            LocalDate end = YearMonth.of(Integer.parseInt(m.group(2)), quarter * 3).atEndOfMonth();
            return new Timeframe(written, TimeframeKind.QUARTER, end, quarter);
        }
        if ((m = YEAR.matcher(w)).find() || (m = Pattern.compile("^(\\d{4})$").matcher(w)).find()) {
            return new Timeframe(written, TimeframeKind.YEAR, LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), 0);
        }
        return new Timeframe(written, TimeframeKind.AS_WRITTEN, null, 0);
    }

    private static Optional<Timeframe> dated(String written, String w) {
        try {
            Matcher m = DATE.matcher(w);
            if (m.find()) {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
                return Optional.of(new Timeframe(written, TimeframeKind.DATE, day, 0));
            }
            m = MONTH.matcher(w);
            if (m.find()) {
                LocalDate end = YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).atEndOfMonth();
                return Optional.of(new Timeframe(written, TimeframeKind.DATE, end, 0));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int quarterNumber(String roman) {
        return switch (roman) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    /**
     * The due date counted from {@code from}: for a one-off timeframe its day (whatever
     * {@code from} is), for a recurring one the next occurrence on or after {@code from},
     * for "within N days" {@code from} plus N days, for an ongoing one none.
     */
    public Optional<LocalDate> dueFrom(LocalDate from) {
        Objects.requireNonNull(from, "from");
        return switch (kind) {
            case ONGOING, AS_WRITTEN -> Optional.empty();
            case DATE, QUARTER, YEAR -> Optional.of(date);
            case WITHIN_DAYS -> Optional.of(from.plusDays(number));
            case DAILY -> Optional.of(from);
            case MONTHLY -> Optional.of(nextMonthly(from));
            case QUARTERLY -> Optional.of(YearMonth.of(from.getYear(), ((from.getMonthValue() - 1) / 3 + 1) * 3)
                    .atEndOfMonth());
        };
    }

    private LocalDate nextMonthly(LocalDate from) {
        YearMonth month = YearMonth.from(from);
        LocalDate candidate = dayIn(month);
        return candidate.isBefore(from) ? dayIn(month.plusMonths(1)) : candidate;
    }

    private LocalDate dayIn(YearMonth month) {
        return number == 0 ? month.atEndOfMonth() : month.atDay(Math.min(number, month.lengthOfMonth()));
    }

    public String words() {
        return words;
    }

    public TimeframeKind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timeframe other && words.equals(other.words);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }

    @Override
    public String toString() {
        return words + " (" + kind + ")";
    }
}
