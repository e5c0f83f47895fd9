package vn.dtiplan.domain.document;

import java.util.List;

/** Renders a document as the office files dtiplan hands out (implemented in infrastructure). */
public interface DocumentRenderer {

    /** The document in Word format (Decree 30 layout). */
    byte[] docx(PlanDocument document);

    /** The same document as PDF, fonts embedded. */
    byte[] pdf(PlanDocument document);

    /** The document's appendix task table as an Excel workbook. */
    byte[] taskTable(PlanDocument document);

    /** Tables as an Excel workbook, one sheet each in the given order. */
    byte[] workbook(List<Table> sheets);
}
