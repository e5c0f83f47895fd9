package vn.dtiplan.domain.progress;

import java.io.Serializable;
import java.time.Instant;

/** Evidence as listed: everything but the file's bytes. {@code url} is set for links only. */
public record EvidenceSummary(long id, long taskId, String name, String contentType, Long size, String url,
        String uploadedBy, Instant uploadedAt) implements Serializable {
}
