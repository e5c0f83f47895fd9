package vn.dtiplan.domain.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A plan (kế hoạch) as an official document, in the parts and order of Decree 30/2020/NĐ-CP,
 * Appendix I: the issuing authority and the national motto, number and symbol, place and
 * date, document type and title (trích yếu), the opening paragraphs (legal bases, căn cứ),
 * the numbered sections, the closing paragraph, recipients (nơi nhận) and signature, then an
 * appendix table.
 *
 * <p>Only the fixed wording lives here (number line, date line, appendix caption); the
 * layout (fonts, margins, rules) belongs to the writers. A draft may have no number and no
 * date yet: the number line then keeps the space the văn thư fills in when registering it,
 * and the date line keeps "ngày ... tháng ... năm ...".
 */
public record PlanDocument(IssuingAuthority authority, String number, String place, LocalDate date,
                           String title, List<String> legalBases, List<Section> sections,
                           String closing, List<String> recipients, Signature signature,
                           Appendix appendix) {

    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String KIND = "KẾ HOẠCH";
    public static final String RECIPIENTS_HEADING = "Nơi nhận:";
    public static final String ARCHIVE = "Lưu: VT.";

    public PlanDocument {
        java.util.Objects.requireNonNull(authority, "authority");
        java.util.Objects.requireNonNull(signature, "signature");
        number = Text.optional(number);
        place = Text.required(place, "place");
        title = Text.required(title, "title");
        legalBases = Text.list(legalBases).stream().map(b -> Text.required(b, "legalBasis")).toList();
        sections = Text.list(sections);
        closing = Text.optional(closing);
        recipients = Text.list(recipients).stream().map(r -> Text.required(r, "recipient")).toList();
    }

    /** "Số: 4638/KH-UBND"; a draft without a number keeps a blank for it: "Số:        /KH-UBND". */
    public String numberLine() {
        return "Số: " + (number == null ? "       /KH-UBND" : number);
    }

    /** "Vũng Tàu, ngày 13 tháng 5 năm 2024". */
    public String dateLine() {
        return place + ", " + (date == null ? "ngày     tháng     năm     " : VietnameseDates.longForm(date));
    }

    /**
     * The recipients as printed: "- Sở Thông tin và Truyền thông (báo cáo);" each, the archive
     * line last: "- Lưu: VT." unless the official typed one ("Lưu: VT, VHTT."), which is kept as typed.
     */
    public List<String> recipientLines() {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        String archive = ARCHIVE;
        for (String recipient : recipients) {
            String typed = recipient.strip().replaceFirst("^-\\s*", "");
            if (typed.startsWith("Lưu")) {
                archive = typed;
            } else {
                lines.add("- " + stripEnd(recipient) + ";");
            }
        }
        lines.add("- " + archive);
        return List.copyOf(lines);
    }


    /** "(Kèm theo Kế hoạch số 4638/KH-UBND ngày 13/5/2024 của Ủy ban nhân dân thành phố Vũng Tàu)". */
    public String appendixCaption() {
        StringBuilder caption = new StringBuilder("(Kèm theo Kế hoạch");
        if (number != null) {
            caption.append(" số ").append(number);
        }
        if (date != null) {
            caption.append(" ngày ").append(VietnameseDates.shortForm(date));
        }
        return caption.append(" của ").append(authority.issuingBody()).append(')').toString();
    }

    public Optional<Appendix> appendixIfAny() {
        return Optional.ofNullable(appendix).filter(a -> !a.rows().isEmpty());
    }

    private static String stripEnd(String recipient) {
        return recipient.replaceAll("[;.,\\s]+$", "");
    }
}
