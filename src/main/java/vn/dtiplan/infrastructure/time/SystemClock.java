package vn.dtiplan.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import vn.dtiplan.domain.VietnamTime;

/**
 * Produces the one clock of the application and Vietnam's time over it. An alternative
 * producer (or a {@link VietnamTime} built on {@link Clock#fixed}) fixes the day for a test.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    VietnamTime vietnamTime(Clock clock) {
        return new VietnamTime(clock);
    }
}
