package vn.dtiplan.domain.progress;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.RecordNotFoundException;

/**
 * A piece of evidence (minh chứng) on a task: a file checked by {@link EvidencePolicy}, or a
 * link (http or https only). Files are stored in the database, so every instance of a cluster
 * serves them and one backup holds them; their bytes are loaded only on download. An item its
 * uploader removes ({@link #remove}) is kept, marked removed, for the audit trail.
 */
@Entity
@Table(name = "evidence")
public class Evidence {

    private static final int MAX_URL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Column(name = "unit_path", nullable = false, length = 400)
    private String unitPath;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "content_type", length = 120)
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = MAX_URL)
    private String url;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content")
    private byte[] content;

    @Column(name = "uploaded_by", length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by", length = 64)
    private String removedBy;

    protected Evidence() {
    }

    private Evidence(long taskId, String unitPath, String name, String by, Instant at) {
        this.taskId = taskId;
        this.unitPath = unitPath;
        this.name = name;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public static Evidence file(long taskId, String unitPath, EvidencePolicy.AcceptedFile file, byte[] content,
            String by, Instant at) {
        Evidence evidence = new Evidence(taskId, unitPath, file.name(), by, at);
        evidence.contentType = file.contentType();
        evidence.sizeBytes = file.size();
        evidence.content = content;
        return evidence;
    }

    public static Evidence link(long taskId, String unitPath, String url, String title, String by, Instant at) {
        String clean = url == null ? "" : url.strip();
        if (clean.length() > MAX_URL || !isWebAddress(clean)) {
            throw new DomainRuleException("evidence.link.invalid");
        }
        String label = title == null || title.isBlank() ? clean : title.strip();
        return new Evidence(taskId, unitPath, label.length() > 200 ? label.substring(0, 200) : label, by, at)
                .withUrl(clean);
    }

    private Evidence withUrl(String address) {
        this.url = address;
        return this;
    }

    private static boolean isWebAddress(String address) {
        try {
            URI uri = URI.create(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    /**
     * Removes the item from the task's evidence: only its uploader may, and only while the task is
     * not done (evidence a task was reported done on stays). The row and its file are kept for the
     * audit trail; lists, counts and downloads no longer show it.
     */
    public void remove(String by, Instant at, boolean taskDone) {
        if (removedAt != null) {
            throw new RecordNotFoundException();
        }
        if (by == null || !by.equals(uploadedBy)) {
            throw new DomainRuleException("evidence.remove.notUploader");
        }
        if (taskDone) {
            throw new DomainRuleException("evidence.remove.taskDone");
        }
        this.removedAt = at;
        this.removedBy = by;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public boolean isLink() {
        return url != null;
    }

    public Long getId() {
        return id;
    }

    public Long getTaskId() {
        return taskId;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSize() {
        return sizeBytes;
    }

    public String getUrl() {
        return url;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
