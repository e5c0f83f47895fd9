package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dtiplan.application.BackupService;

/**
 * {@code POST /api/admin/backup} (system administrator): an online backup of the embedded H2
 * database into the configured directory; 201 with {@code name}, {@code path}, {@code bytes},
 * {@code takenAt}; 409 on PostgreSQL or without {@code dtiplan.backup.dir}.
 */
@Tag(name = "Administration")
@Path("admin/backup")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class BackupResource {

    @Inject
    private BackupService backups;

    @Operation(summary = "Back up the database now")
    @POST
    public Response backUp() {
        BackupService.BackupView b = backups.backUp();
        return Response.status(201).entity(b).build();
    }
}
