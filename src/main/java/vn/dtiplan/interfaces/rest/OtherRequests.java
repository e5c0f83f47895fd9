package vn.dtiplan.interfaces.rest;

import jakarta.validation.constraints.Size;

/**
 * The request bodies of reports, progress, evidence links and notification settings, read by
 * JSON-B and checked by Bean Validation; lengths as in {@code V32}, {@code V34} and {@code V38}.
 */
public final class OtherRequests {

    private OtherRequests() {
    }

    /**
     * {@code PUT /reports/{id}}: the text and the version it was written on, or {@code redraft}.
     * The version may come as {@code If-Match} instead.
     */
    public record ReportEdit(@PlainText @Size(max = 20000) String body, Long version, Boolean redraft) {
    }

    /** {@code POST /reports/{id}/return}. */
    public record ReportReturn(@PlainText @Size(max = 2000) String comment) {
    }

    /** {@code POST /units/{code}/reports}: both may be left out (monthly, today). */
    public record ReportDraft(@PlainText @Size(max = 16) String frequency, @IsoDate String date) {
    }

    /** {@code POST /tasks/{id}/progress}. */
    public record ProgressBody(@PlainText @Size(max = 16) String status, Integer percent,
                               @PlainText @Size(max = 4000) String note,
                               @jakarta.validation.constraints.Digits(integer = 14, fraction = 4) java.math.BigDecimal measured) {
    }

    /** {@code POST /tasks/{id}/evidence} as JSON: a link. */
    public record LinkBody(@PlainText @Size(max = 2000) String url, @PlainText @Size(max = 200) String title) {
    }

    /** {@code PUT /notifications/email}. */
    public record EmailBody(@PlainText @Size(max = 254) String email) {
    }
}
