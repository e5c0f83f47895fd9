package vn.dtiplan.infrastructure.document;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** A one-page PDF of a bold title and plain paragraphs, in the same embedded Vietnamese fonts as plans. */
public final class SimplePdf {

    private SimplePdf() {
    }

    public static byte[] of(String title, List<String> paragraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 85, 57, 71, 71);
        PdfWriter.getInstance(document, out);
        document.open();
        Paragraph heading = new Paragraph(title, PdfFonts.font(14, true, false));
        heading.setAlignment(Paragraph.ALIGN_CENTER);
        heading.setSpacingAfter(12);
        document.add(heading);
        for (String text : paragraphs) {
            Paragraph p = new Paragraph(text, PdfFonts.font(13, false, false));
            p.setSpacingAfter(6);
            document.add(p);
        }
        document.close();
        return out.toByteArray();
    }
}
