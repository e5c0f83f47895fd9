package vn.dtiplan.infrastructure.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.dtiplan.domain.document.DocumentRenderer;
import vn.dtiplan.domain.document.PlanDocument;
import vn.dtiplan.domain.document.Table;

/** The office-file writers behind {@link DocumentRenderer}; stateless, so one instance serves all. */
@ApplicationScoped
public class OfficeDocumentRenderer implements DocumentRenderer {

    private final DocxPlanWriter docx = new DocxPlanWriter();
    private final PdfPlanWriter pdf = new PdfPlanWriter();
    private final XlsxTaskTableWriter xlsx = new XlsxTaskTableWriter();
    private final XlsxTableWriter tables = new XlsxTableWriter();

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
                document.appendixCaption(), document.appendix() == null ? List.of() : document.appendix().rows());
    }

    @Override
    public byte[] workbook(List<Table> sheets) {
        return tables.write(sheets);
    }
}
