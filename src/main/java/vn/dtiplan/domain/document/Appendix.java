package vn.dtiplan.domain.document;

import java.util.List;

/** The appendix of a plan: a heading ("PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CHI TIẾT") and its task table. */
public record Appendix(String heading, List<AppendixRow> rows) {

    public Appendix {
        heading = IssuingAuthority.caps(Text.required(heading, "heading"));
        rows = Text.list(rows);
    }
}
