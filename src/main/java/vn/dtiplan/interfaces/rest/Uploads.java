package vn.dtiplan.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.dtiplan.domain.DomainRuleException;

/**
 * Excel files in and out of the API. An upload is read up to {@value #MAX_MB} MB and refused
 * beyond (before POI sees it); a download is an attachment that is not cached.
 */
final class Uploads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_MB = 5;
    private static final int MAX_BYTES = MAX_MB * 1024 * 1024;

    private Uploads() {
    }

    static byte[] read(InputStream body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
            if (bytes.length == 0) {
                throw new DomainRuleException("import.file.empty");
            }
            if (bytes.length > MAX_BYTES) {
                throw new DomainRuleException("import.file.tooLarge", MAX_MB);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response download(byte[] content, String baseName) {
        return Response.ok(content, XLSX)
                .header("Content-Disposition", Attachment.of(baseName, "xlsx").header())
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
