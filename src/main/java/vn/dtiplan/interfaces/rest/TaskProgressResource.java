package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.dtiplan.application.progress.ProgressRequest;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.application.progress.ProgressView;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.progress.ProgressStatus;

/** {@code POST /api/tasks/{id}/progress} (by the owning unit) and {@code GET} its history, newest first. */
@Tag(name = "Progress")
@Path("tasks/{id}/progress")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TaskProgressResource {

    /** One progress report; {@code target} (a report just made on a task with a measurable target) says whether it is met. */
    @JsonbNillable
    public record Report(long taskId, String status, int percent, Instant reportedAt, String note, String reportedBy,
                         BigDecimal measured, PlanJson.Target target) {

        static Report of(ProgressView p) {
            return new Report(p.taskId(), p.status().name(), p.percent(), p.reportedAt(), p.note(), p.reportedBy(),
                    p.measured(), PlanJson.Target.of(null, p.target()));
        }
    }

    @Inject
    private ProgressService progress;

    @Operation(summary = "Report progress on a task")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Report report(@PathParam("id") long taskId, @NotNull @Valid OtherRequests.ProgressBody body) {
        return Report.of(progress.report(taskId, new ProgressRequest(status(body.status()), body.percent(), body.note(),
                body.measured())));
    }

    @Operation(summary = "A task's progress history")
    @GET
    public List<Report> history(@PathParam("id") long taskId) {
        return progress.history(taskId).stream().map(Report::of).toList();
    }

    static ProgressStatus status(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        try {
            return ProgressStatus.valueOf(words.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleException("progress.status.invalid", words);
        }
    }
}
