package vn.dtiplan.infrastructure.document;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif 2.0 (from {@code openpdf-fonts-extra}) for PDFs: metric-compatible with
 * Times New Roman, so lines break where Word breaks them, and unlike Liberation 1.x it has
 * every Vietnamese glyph (ộ, ơ, ư, đ, ỹ). Embedded as a subset with Identity-H encoding, which
 * also writes the ToUnicode map that keeps the text extractable and searchable.
 */
final class PdfFonts {

    private static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
    private static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");
    private static final BaseFont BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

    private PdfFonts() {
    }

    static Font font(float points, boolean bold, boolean italic) {
        BaseFont base = bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
        return new Font(base, points);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font not on the class path: liberation/" + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
