package vn.dtiplan.domain.document;

import java.util.Optional;

/**
 * The signature block: the authority the signer signs under, if any ("TM. ỦY BAN NHÂN DÂN"
 * for the committee, "KT. CHỦ TỊCH" for a deputy), the signer's title ("CHỦ TỊCH", "PHÓ CHỦ
 * TỊCH") and name. Authority and title are printed in bold capitals, the name in bold.
 */
public record Signature(String authority, String title, String name) {

    public Signature {
        authority = Text.optional(authority);
        title = Text.required(title, "title");
        name = Text.optional(name);
    }

    public Optional<String> authorityLine() {
        return Optional.ofNullable(authority).map(IssuingAuthority::caps);
    }

    public String titleLine() {
        return IssuingAuthority.caps(title);
    }

    /** An unsigned draft leaves the name blank; the writer keeps the space for it. */
    public String nameLine() {
        return name == null ? "" : name;
    }
}
