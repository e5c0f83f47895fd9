package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import vn.dtiplan.application.plan.PlanService;

/**
 * {@code POST /api/plans/{id}/tasks/import}: the rows of an Excel task table (the .xlsx file as
 * the body, {@code application/octet-stream} or the xlsx type) added at the end of a draft. 200
 * with the tasks added, or 422 {@code import.refused} listing every problem with its sheet, row
 * and column, nothing added. Its own root path, the longest literal, beside {@code PlanResource}.
 */
@Tag(name = "Plans")
@Path("plans/{id}/tasks/import")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PlanTaskImportResource {

    /** The answer: how many tasks were added, and each. */
    public record Imported(int imported, List<PlanJson.Task> tasks) {
    }

    @Inject
    private PlanService plans;

    @Operation(summary = "Import a task table (.xlsx) into a draft plan")
    @POST
    @Consumes({Uploads.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public Imported importTasks(@PathParam("id") long planId, InputStream body) {
        List<PlanJson.Task> tasks = plans.importTasks(planId, Uploads.read(body)).stream().map(PlanJson.Task::of)
                .toList();
        return new Imported(tasks.size(), tasks);
    }
}
