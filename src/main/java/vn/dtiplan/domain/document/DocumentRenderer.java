package vn.dtiplan.domain.document;

/** Renders a document as the office files dtiplan hands out (implemented in infrastructure). */
public interface DocumentRenderer {

    /** The document in Word format (Decree 30 layout). */
    byte[] docx(PlanDocument document);

    /** The same document as PDF, fonts embedded. */
    byte[] pdf(PlanDocument document);

    /** The document's appendix task table as an Excel workbook. */
    byte[] taskTable(PlanDocument document);
}
