package vn.dtiplan.domain;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Vietnam's civil time: the one zone and the one clock behind every rule that depends on
 * "today" (due dates, reporting periods, on-time reports) and every time shown to a user.
 *
 * <p>Services receive it by injection (the container produces it from the system clock) so a
 * test can fix the day; code that only converts a stored instant uses the static
 * {@link #dateOf(Instant)} / {@link #at(Instant)} with the same {@link #ZONE}. Vietnam has no
 * daylight saving time, so a fixed zone id is exact. Serializable because view-scoped beans hold it.
 */
public final class VietnamTime implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Indochina Time, UTC+7, all year. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);

    private final Clock clock;

    public VietnamTime(Clock clock) {
        this.clock = Objects.requireNonNull(clock).withZone(ZONE);
    }

    /** The running system clock, for code the container does not create. */
    public static VietnamTime system() {
        return new VietnamTime(Clock.systemUTC());
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today's date in Vietnam. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int year() {
        return today().getYear();
    }

    /** The Vietnamese calendar day of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** An instant as screens write it, on Vietnam's wall clock: {@code 13/05/2024 09:30}. */
    public static String text(Instant instant) {
        return MINUTE.format(instant);
    }

    /** An instant on Vietnam's wall clock. */
    public static ZonedDateTime at(Instant instant) {
        return instant.atZone(ZONE);
    }
}
