package vn.dtiplan.interfaces.rest;

import jakarta.ws.rs.core.Response;
import vn.dtiplan.application.document.ExportFile;

/**
 * A generated office file as a download: an attachment with a safe name, never cached (it holds
 * tenant data), never sniffed as another type.
 */
public final class FileResponse {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private FileResponse() {
    }

    static Response of(byte[] content, String type, String baseName, String extension) {
        return Response.ok(content, type)
                .header("Content-Disposition", Attachment.of(baseName, extension).header())
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    static Response xlsx(ExportFile file) {
        return of(file.content(), XLSX, file.baseName(), "xlsx");
    }
}
