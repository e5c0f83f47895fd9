package vn.dtiplan.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.interfaces.Messages;

/**
 * The largest file each upload field takes, for the pages to mark their file inputs with
 * ({@code data-max-bytes}, {@code data-too-large}; see {@code resources/js/dtiplan.js}): the browser
 * refuses a larger file as soon as it is chosen, in the user's language. The server still checks
 * each limit ({@link WorkbookUpload}, the evidence policy) and refuses a request over the
 * multipart limit as a whole ({@link UploadSizeFilter}).
 */
@Named
@ApplicationScoped
public class UploadLimits {

    @Inject
    private ProgressService progress;

    public long getWorkbookBytes() {
        return WorkbookUpload.MAX_BYTES;
    }

    public String getWorkbookMessage() {
        return message("import.file.tooLarge", WorkbookUpload.MAX_BYTES);
    }

    public long getEvidenceBytes() {
        return progress.evidenceLimit();
    }

    public String getEvidenceMessage() {
        return message("evidence.tooLarge", getEvidenceBytes());
    }

    private static String message(String key, long bytes) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, bytes / (1024 * 1024));
    }
}
