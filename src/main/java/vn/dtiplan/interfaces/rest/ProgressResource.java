package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import vn.dtiplan.application.progress.ProgressRequest;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.progress.BulkProgressRefusedException;

/**
 * {@code POST /api/progress} {@code {"updates":[{"taskId","status","percent","note"?,"measured"?}]}}: many
 * progress reports in one transaction. 200 with every stored report, or 422
 * {@code progress.bulk.refused} listing every refused line ({@link BulkError}) and nothing stored.
 * Each line obeys the rules of {@code POST /tasks/{id}/progress}; lines whose status cannot be read
 * are refused before any line is tried.
 */
@Tag(name = "Progress")
@Path("progress")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ProgressResource {

    /** The request: at most {@value #MAX_LINES} lines. */
    public record BulkBody(@NotNull @Size(min = 1, max = MAX_LINES) List<@NotNull @Valid Line> updates) {
    }

    /** One line: a task and its report, as {@code POST /tasks/{id}/progress} takes it. */
    public record Line(@NotNull Long taskId, @PlainText @Size(max = 16) String status, Integer percent,
                       @PlainText @Size(max = 4000) String note,
                       @jakarta.validation.constraints.Digits(integer = 14, fraction = 4) java.math.BigDecimal measured) {

        ProgressRequest.Line request() {
            return new ProgressRequest.Line(taskId, new ProgressRequest(TaskProgressResource.status(status), percent, note,
                    measured));
        }
    }

    /** The answer: how many reports were stored, and each. */
    public record Stored(int stored, List<TaskProgressResource.Report> reports) {
    }

    static final int MAX_LINES = 1000;

    @Inject
    private ProgressService progress;

    @Operation(summary = "Report progress on several tasks (all or nothing)")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Stored report(@NotNull @Valid BulkBody body) {
        List<ProgressRequest.Line> lines = new ArrayList<>();
        List<BulkProgressRefusedException.Refusal> unreadable = new ArrayList<>();
        for (int i = 0; i < body.updates().size(); i++) {
            Line line = body.updates().get(i);
            try {
                lines.add(line.request());
            } catch (DomainRuleException refused) {
                unreadable.add(new BulkProgressRefusedException.Refusal(i, line.taskId(), refused));
            }
        }
        if (!unreadable.isEmpty()) {
            throw new BulkProgressRefusedException(unreadable);
        }
        List<TaskProgressResource.Report> reports = progress.reportAll(lines).stream()
                .map(TaskProgressResource.Report::of).toList();
        return new Stored(reports.size(), reports);
    }
}
