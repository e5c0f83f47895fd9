package vn.dtiplan.infrastructure.document;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dtiplan.domain.document.DocumentRenderer;
import vn.dtiplan.domain.document.PlanDocument;

/** The office-file writers behind {@link DocumentRenderer}; stateless, so one instance serves all. */
@ApplicationScoped
public class OfficeDocumentRenderer implements DocumentRenderer {

    private final DocxPlanWriter docx = new DocxPlanWriter();
    private final PdfPlanWriter pdf = new PdfPlanWriter();
    private final XlsxTaskTableWriter xlsx = new XlsxTaskTableWriter();

    @Override
    public byte[] docx(PlanDocument document) {
        return docx.write(document);
    }

    @Override
    public byte[] pdf(PlanDocument document) {
        return pdf.write(document);
    }

    @Override
    public byte[] taskTable(PlanDocument document) {
        return xlsx.write(document.appendix() == null ? "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CHI TIẾT" : document.appendix().heading(),
                document.appendixCaption(), document.appendix() == null ? java.util.List.of() : document.appendix().rows());
    }
}
