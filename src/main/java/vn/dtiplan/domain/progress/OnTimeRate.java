package vn.dtiplan.domain.progress;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A unit's on-time reporting rate: of its reports that are due (the due day has passed) or
 * already submitted, the share first submitted on or before the due day. A report not yet due
 * and not submitted is not counted either way; one past its due day and never submitted counts
 * as late, and so does a period with no report at all ({@link #missing}): from the unit's first
 * report of a frequency on, every period whose due day has passed owes one. A missing period can
 * still be drafted and sent; it then counts as the late report it is.
 */
public record OnTimeRate(int onTime, int counted) implements Serializable {

    public static OnTimeRate of(Collection<PeriodicReport> reports, LocalDate today) {
        return ofStates(reports.stream().map(PeriodicReport::state).toList(), today);
    }

    public static OnTimeRate ofStates(Collection<ReportState> reports, LocalDate today) {
        int counted = missing(reports, today).size();
        int onTime = 0;
        for (ReportState report : reports) {
            if (report.wasSubmitted() || report.period().due().isBefore(today)) {
                counted++;
                onTime += report.onTime() ? 1 : 0;
            }
        }
        return new OnTimeRate(onTime, counted);
    }

    /**
     * The periods, latest first, that are past their due day and have no report, from the first
     * report of each frequency on.
     */
    public static List<ReportingPeriod> missing(Collection<ReportState> reports, LocalDate today) {
        Map<ReportingPeriod.Frequency, Set<ReportingPeriod>> held = reports.stream().collect(Collectors.groupingBy(
                r -> r.period().frequency(), Collectors.mapping(ReportState::period, Collectors.toSet())));
        List<ReportingPeriod> missing = new ArrayList<>();
        held.values().forEach(periods -> {
            ReportingPeriod period = periods.stream().min(Comparator.comparing(ReportingPeriod::start)).orElseThrow();
            for (; period.due().isBefore(today); period = period.next()) {
                if (!periods.contains(period)) {
                    missing.add(period);
                }
            }
        });
        missing.sort(Comparator.comparing(ReportingPeriod::start).reversed());
        return missing;
    }

    /** 0..100 rounded to the nearest, or null when nothing is counted yet. */
    public Integer percent() {
        return counted == 0 ? null : Math.round(onTime * 100f / counted);
    }
}
