package vn.dtiplan.domain.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * A task's timeframe as the plan writes it ("Thường xuyên", "Trước ngày 20 hằng tháng",
 * "Trước ngày 20/01 hằng năm", "6 tháng đầu năm", "Quý I và Quý III", "Quý II/2024",
 * "Trước 30/6/2031", "Sau 07 ngày kể từ khi có Kế hoạch của UBND tỉnh", "Năm 2024"), kept word
 * for word beside the structure read from it.
 *
 * <p>Reading is forgiving: words it does not understand become {@link TimeframeKind#AS_WRITTEN}
 * (no due date) rather than an error, because plans are copied from scans and must be
 * accepted as written. A one-off timeframe yields one due date; a recurring one the next
 * occurrence on or after a given day, and after a progress report the occurrence that ends the
 * following period ({@link #dueAfterReport}); an ongoing or daily one none. "Within N days"
 * counts from an anchor: the plan's date, or the date of the parent plan the words name
 * ({@link #anchorLevel}: "Kế hoạch của UBND tỉnh" is the province's plan, not the plan itself).
 */
public final class Timeframe {

    private static final String QUARTER_NUMERAL = "(?:iv|iii|ii|i|[1-4])(?![a-z0-9])";
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})(?!\\s*/?\\s*\\d)");
    private static final Pattern MONTH = Pattern.compile("thang\\s+(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("quy\\s+(iv|iii|ii|i|[1-4])\\s*(?:/|nam)\\s*(\\d{4})");
    private static final Pattern QUARTERS = Pattern.compile("quy\\s+(" + QUARTER_NUMERAL
            + "(?:\\s*(?:,|va|-)\\s*(?:quy\\s+)?" + QUARTER_NUMERAL + ")+)");
    private static final Pattern WITHIN = Pattern.compile("(?:trong (?:vong|thoi han)|sau)\\s+(\\d{1,3})\\s+ngay");
    private static final Pattern NAMED_PLAN = Pattern.compile(
            "ke hoach (?:cua )?(?:ubnd |uy ban nhan dan )?(tinh|thanh pho|huyen|quan|thi xa)");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("ngay\\s+(\\d{1,2})\\s+(?:hang|moi) thang");
    private static final Pattern HALF_YEAR = Pattern.compile("6 thang (dau|cuoi) nam(?:\\s+(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("nam\\s+(\\d{4})");

    private final String words;
    private final TimeframeKind kind;
    private final LocalDate date;
    /** the day of a monthly timeframe, month × 100 + day of a yearly one, the quarters (bits) of several, the days of "within" */
    private final int number;
    private final UnitLevel anchorLevel;

    private Timeframe(String words, TimeframeKind kind, LocalDate date, int number, UnitLevel anchorLevel) {
        this.words = words;
        this.kind = kind;
        this.date = date;
        this.number = number;
        this.anchorLevel = anchorLevel;
    }

    private Timeframe(String words, TimeframeKind kind, LocalDate date, int number) {
        this(words, kind, date, number, null);
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
            return new Timeframe(written, TimeframeKind.WITHIN_DAYS, null, Integer.parseInt(m.group(1)), namedPlan(w));
        }
        if (w.contains("hang ngay") || w.contains("moi ngay")) {
            return new Timeframe(written, TimeframeKind.DAILY, null, 0);
        }
        if (w.contains("hang thang") || w.contains("moi thang") || w.contains("dinh ky thang")) {
            m = DAY_OF_MONTH.matcher(w);
            return new Timeframe(written, TimeframeKind.MONTHLY, null, m.find() ? Integer.parseInt(m.group(1)) : 0);
        }
        if (w.contains("hang quy") || w.contains("moi quy") || w.matches(".*/\\s*quy\\b.*")) {
            return new Timeframe(written, TimeframeKind.QUARTERLY, null, 0);
        }
        return periodic(written, w).or(() -> dated(written, w)).orElseGet(() -> yearBound(written, w));
    }

    private static Optional<Timeframe> periodic(String written, String w) {
        if (w.matches(".*(6 thang (mot|1) lan|(hang|moi|dinh ky) 6 thang|6 thang/ ?lan).*")) {
            return Optional.of(new Timeframe(written, TimeframeKind.HALF_YEARLY, null, 0));
        }
        Matcher m = HALF_YEAR.matcher(w);
        if (m.find()) {
            int monthDay = "dau".equals(m.group(1)) ? 630 : 1231;
            return Optional.of(m.group(2) == null ? new Timeframe(written, TimeframeKind.YEARLY, null, monthDay)
                    : new Timeframe(written, TimeframeKind.DATE, LocalDate.of(Integer.parseInt(m.group(2)),
                            monthDay / 100, monthDay % 100), 0));
        }
        if (w.contains("hang nam") || w.contains("moi nam")) {
            m = DAY_MONTH.matcher(w);
            if (m.find()) {
                int month = Integer.parseInt(m.group(2));
                int day = Integer.parseInt(m.group(1));
                return month < 1 || month > 12 || day < 1 || day > YearMonth.of(2000, month).lengthOfMonth()
                        ? Optional.empty() : Optional.of(new Timeframe(written, TimeframeKind.YEARLY, null, month * 100 + day));
            }
            return Optional.of(new Timeframe(written, TimeframeKind.YEARLY, null, 1231));
        }
        m = QUARTERS.matcher(w);
        if (m.find()) {
            int quarters = 0;
            for (String numeral : m.group(1).split("[^a-z0-9]+|va|quy")) {
                quarters |= numeral.isEmpty() ? 0 : 1 << (quarterNumber(numeral) - 1);
            }
            return Optional.of(new Timeframe(written, TimeframeKind.QUARTERS, null, quarters));
        }
        return Optional.empty();
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

    private static Timeframe yearBound(String written, String w) {
        Matcher m;
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

    private static UnitLevel namedPlan(String w) {
        Matcher m = NAMED_PLAN.matcher(w);
        if (!m.find()) {
            return null;
        }
        return "tinh".equals(m.group(1)) ? UnitLevel.PROVINCE : UnitLevel.CITY;
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
     * The due date of a task with this timeframe: {@code explicitDue} when given, else counted from
     * the date of the plan the words name ({@code planDateAt} of the {@link #anchorLevel}), else from
     * {@code anchor} (the task's own plan date). A recurring timeframe falls due within the plan's
     * years: its first occurrence is on or after {@code firstDay} (1 January of the plan's first year,
     * or null), so a 2030 plan drafted in 2026 has its quarterly task first due on 31/3/2030.
     */
    public LocalDate due(LocalDate explicitDue, Function<UnitLevel, Optional<LocalDate>> planDateAt, LocalDate anchor,
                         LocalDate firstDay) {
        if (explicitDue != null) {
            return explicitDue;
        }
        LocalDate from = anchorLevel().flatMap(planDateAt).orElse(anchor);
        boolean beforePlan = kind.isRecurring() && firstDay != null && from.isBefore(firstDay);
        return dueFrom(beforePlan ? firstDay : from).orElse(null);
    }

    /**
     * The due date counted from {@code from}: for a one-off timeframe its day (whatever
     * {@code from} is), for a recurring one the next occurrence on or after {@code from},
     * for "within N days" {@code from} plus N days, for an ongoing or daily one none.
     */
    public Optional<LocalDate> dueFrom(LocalDate from) {
        Objects.requireNonNull(from, "from");
        return switch (kind) {
            case ONGOING, AS_WRITTEN, DAILY -> Optional.empty();
            case DATE, QUARTER, YEAR -> Optional.of(date);
            case WITHIN_DAYS -> Optional.of(from.plusDays(number));
            case MONTHLY, QUARTERLY, QUARTERS, HALF_YEARLY, YEARLY -> Optional.of(next(from));
        };
    }

    /**
     * A task's due date {@code due} once progress was reported on {@code reportedOn}. For a recurring
     * timeframe the report covers the period it falls in (the one ending at the next occurrence on or
     * after that day), so the task is next due at the end of the period after it (never earlier than
     * {@code due}; none past {@code lastDay}, the plan's last day, when it has one); a task reported
     * late is due again at the end of the period after the report's. Other timeframes keep {@code due}.
     */
    public LocalDate dueAfterReport(LocalDate reportedOn, LocalDate due, LocalDate lastDay) {
        if (!kind.isRecurring() || kind == TimeframeKind.DAILY) {
            return due;
        }
        LocalDate after = next(next(reportedOn).plusDays(1));
        if (due != null && !after.isAfter(due)) {
            return due;
        }
        return lastDay != null && after.isAfter(lastDay) ? null : after;
    }

    private LocalDate next(LocalDate from) {
        for (int year = from.getYear(); ; year++) {
            for (LocalDate day : occurrencesIn(year)) {
                if (!day.isBefore(from)) {
                    return day;
                }
            }
        }
    }

    /**
     * The days a recurring timeframe falls due in {@code year}, in order ("trước ngày 20/01 hằng năm":
     * 20/01; "Quý I và Quý III": 31/3 and 30/9); none for any other timeframe.
     */
    public List<LocalDate> dueDatesIn(int year) {
        return kind.isRecurring() && kind != TimeframeKind.DAILY ? occurrencesIn(year) : List.of();
    }

    private List<LocalDate> occurrencesIn(int year) {
        List<LocalDate> days = new ArrayList<>();
        switch (kind) {
            case MONTHLY -> {
                for (int month = 1; month <= 12; month++) {
                    YearMonth ym = YearMonth.of(year, month);
                    days.add(number == 0 ? ym.atEndOfMonth() : ym.atDay(Math.min(number, ym.lengthOfMonth())));
                }
            }
            case QUARTERLY, QUARTERS -> {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    if (kind == TimeframeKind.QUARTERLY || (number & 1 << (quarter - 1)) != 0) {
                        days.add(YearMonth.of(year, quarter * 3).atEndOfMonth());
                    }
                }
            }
            case HALF_YEARLY -> days.addAll(List.of(LocalDate.of(year, 6, 30), LocalDate.of(year, 12, 31)));
            case YEARLY -> {
                YearMonth ym = YearMonth.of(year, number / 100);
                days.add(ym.atDay(Math.min(number % 100, ym.lengthOfMonth())));
            }
            default -> throw new IllegalStateException("not recurring: " + kind);
        }
        return days;
    }

    /**
     * The level of the unit whose plan "within N days" counts from, when the words name one
     * ("kể từ khi có Kế hoạch của UBND tỉnh": the province); empty: the plan's own date.
     */
    public Optional<UnitLevel> anchorLevel() {
        return Optional.ofNullable(anchorLevel);
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
