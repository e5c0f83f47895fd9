package vn.dtiplan.domain.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese documents write them (30/06/2024), for messages. */
final class Dates {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    static String vietnamese(LocalDate date) {
        return date == null ? "" : VIETNAMESE.format(date);
    }
}
