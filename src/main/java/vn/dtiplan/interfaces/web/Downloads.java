package vn.dtiplan.interfaces.web;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.dtiplan.application.document.ExportFile;
import vn.dtiplan.application.document.PlanFile;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.interfaces.rest.Attachment;
import vn.dtiplan.interfaces.rest.FileResponse;

/**
 * Office files for the screens' download buttons ({@code p:fileDownload}). The screens use the
 * signed-in session; the REST API takes Basic credentials only (a session cookie does not
 * authenticate {@code /api}), so a button streams the file from the same service the API uses,
 * under the same scope, with the same safe file name.
 */
final class Downloads {

    private Downloads() {
    }

    static StreamedContent xlsx(ExportFile file) {
        return of(file.content(), FileResponse.XLSX, file.baseName(), "xlsx");
    }

    static StreamedContent plan(Optional<PlanFile> file, String prefix, String type, String extension) {
        PlanFile found = file.orElseThrow(RecordNotFoundException::new);
        return of(found.content(), type, found.baseName(prefix), extension);
    }

    private static StreamedContent of(byte[] content, String type, String baseName, String extension) {
        return DefaultStreamedContent.builder().name(Attachment.of(baseName, extension).fileName()).contentType(type)
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }
}
