package vn.dtiplan.infrastructure.document;

/**
 * The page of Decree 30/2020/NĐ-CP, Appendix I, §I.4: A4, margins top and bottom 20 mm (20–25
 * allowed), left 30 mm (30–35), right 15 mm (15–20); a landscape page keeps the same margins
 * relative to its text. Shared by the DOCX and PDF writers so both give the same page.
 */
final class PageLayout {

    static final double A4_SHORT_MM = 210;
    static final double A4_LONG_MM = 297;
    static final double TOP_MM = 20;
    static final double BOTTOM_MM = 20;
    static final double LEFT_MM = 30;
    static final double RIGHT_MM = 15;
    static final double HEADER_MM = 10;

    static final String FONT = "Times New Roman";
    static final int BODY_PT = 14;
    static final int NATION_PT = 13;
    static final int GOVERNING_BODY_PT = 12;
    static final int BODY_TITLE_PT = 13;
    static final int RECIPIENTS_HEADING_PT = 12;
    static final int RECIPIENTS_PT = 11;
    static final int TABLE_PT = 12;

    /** Appendix table column shares, in the order of {@code AppendixRow.HEADERS}. */
    static final double[] APPENDIX_COLUMNS = {0.05, 0.07, 0.17, 0.12, 0.13, 0.12, 0.11, 0.14, 0.09};

    private PageLayout() {
    }

    static long twips(double mm) {
        return Math.round(mm * 1440 / 25.4);
    }

    static float points(double mm) {
        return (float) (mm * 72 / 25.4);
    }
}
