package vn.dtiplan.domain.document;

/**
 * A row of the appendix task table, in the column order of seed 003 (Hoàng Văn Thụ,
 * 36/KH-UBND) with the target the commune plans set: STT, criterion, target (chỉ tiêu), lead,
 * coordinating, timeframe, evidence, notes. A group row (a pillar such as "1 Nhận thức số")
 * carries only a code and a title and is printed bold.
 */
public record AppendixRow(String code, String criterion, String target, String lead, String coordinating,
                          String timeframe, String evidence, String notes, boolean group) {

    public static final java.util.List<String> HEADERS = java.util.List.of("STT",
            "Chỉ số/Tiêu chí", "Chỉ tiêu", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian thực hiện",
            "Minh chứng thực hiện", "Ghi chú");

    public AppendixRow {
        code = Text.orEmpty(code);
        criterion = Text.required(criterion, "criterion");
        target = Text.orEmpty(target);
        lead = Text.orEmpty(lead);
        coordinating = Text.orEmpty(coordinating);
        timeframe = Text.orEmpty(timeframe);
        evidence = Text.orEmpty(evidence);
        notes = Text.orEmpty(notes);
    }

    public static AppendixRow group(String code, String title) {
        return new AppendixRow(code, title, null, null, null, null, null, null, true);
    }

    public static AppendixRow task(String code, String criterion, String lead, String coordinating,
                                   String timeframe, String evidence, String notes) {
        return task(code, criterion, null, lead, coordinating, timeframe, evidence, notes);
    }

    public static AppendixRow task(String code, String criterion, String target, String lead, String coordinating,
                                   String timeframe, String evidence, String notes) {
        return new AppendixRow(code, criterion, target, lead, coordinating, timeframe, evidence, notes, false);
    }

    /** The cells in column order. */
    public java.util.List<String> cells() {
        return java.util.List.of(code, criterion, target, lead, coordinating, timeframe, evidence, notes);
    }
}
