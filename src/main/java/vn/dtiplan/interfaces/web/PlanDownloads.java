package vn.dtiplan.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;
import vn.dtiplan.application.document.PlanDocumentService;
import vn.dtiplan.interfaces.rest.FileResponse;

/** The plan editor's download buttons: the shown plan as Word, as PDF and its task table as Excel. */
@Named
@ViewScoped
public class PlanDownloads implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanView page;

    @Inject
    private PlanDocumentService documents;

    /** The plan as its Decree 30 Word document. */
    public StreamedContent docx() {
        return Downloads.plan(documents.docx(page.getId()), "ke-hoach-", FileResponse.DOCX, "docx");
    }

    public StreamedContent pdf() {
        return Downloads.plan(documents.pdf(page.getId()), "ke-hoach-", FileResponse.PDF, "pdf");
    }

    public StreamedContent taskTable() {
        return Downloads.plan(documents.taskTable(page.getId()), "nhiem-vu-", FileResponse.XLSX, "xlsx");
    }
}
