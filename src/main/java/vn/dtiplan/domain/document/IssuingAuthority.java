package vn.dtiplan.domain.document;

import java.util.Locale;
import java.util.Optional;

/**
 * Who issues a document: the issuing body and, where it has one, its direct governing body
 * (cơ quan chủ quản), both printed in capitals in the top left of the first page.
 *
 * <p>A People's Committee (Ủy ban nhân dân) has no governing body line: the real plan
 * 4638/KH-UBND is headed "ỦY BAN NHÂN DÂN / THÀNH PHỐ VŨNG TÀU" alone. A department of a
 * committee has one ("UBND THÀNH PHỐ VŨNG TÀU" over "PHÒNG VĂN HÓA VÀ THÔNG TIN").
 */
public record IssuingAuthority(String governingBody, String issuingBody) {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public IssuingAuthority {
        issuingBody = Text.required(issuingBody, "issuingBody");
        governingBody = Text.optional(governingBody);
    }

    public static IssuingAuthority of(String issuingBody) {
        return new IssuingAuthority(null, issuingBody);
    }

    public Optional<String> governingBodyLine() {
        return Optional.ofNullable(governingBody).map(IssuingAuthority::caps);
    }

    public String issuingBodyLine() {
        return caps(issuingBody);
    }

    /**
     * The issuing body as printed over two lines where offices break it: after the kind of
     * council or committee ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ VŨNG TÀU"), never inside a place name.
     */
    public java.util.List<String> issuingBodyLines() {
        String line = issuingBodyLine();
        for (String kind : BODY_KINDS) {
            if (line.startsWith(kind + " ")) {
                return java.util.List.of(kind, line.substring(kind.length() + 1));
            }
        }
        return java.util.List.of(line);
    }

    private static final java.util.List<String> BODY_KINDS = java.util.List.of("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN");

    static String caps(String text) {
        return text.toUpperCase(VIETNAMESE);
    }
}
