package vn.dtiplan.domain.document;

/**
 * A row of the appendix task table, in the column order of seed 003 (Hoàng Văn Thụ,
 * 36/KH-UBND) with the target the commune plans set: STT, criterion code, criterion, target
 * (chỉ tiêu), lead, coordinating, timeframe, evidence, notes. STT counts the task rows 1, 2, 3;
 * the criterion's own code ("6.4") has its column, so a number never reads as a code. A group
 * row (a pillar such as "1 Nhận thức số") carries only a code and a title and is printed bold.
 */
public record AppendixRow(String number, String code, String criterion, String target, String lead, String coordinating,
                          String timeframe, String evidence, String notes, boolean group) {

    public static final java.util.List<String> HEADERS = java.util.List.of("STT", "Mã chỉ số",
            "Chỉ số/Tiêu chí", "Chỉ tiêu", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian thực hiện",
            "Minh chứng thực hiện", "Ghi chú");

    public AppendixRow {
        number = Text.orEmpty(number);
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
        return new AppendixRow(null, code, title, null, null, null, null, null, null, true);
    }

    public static AppendixRow task(String code, String criterion, String lead, String coordinating,
                                   String timeframe, String evidence, String notes) {
        return task(code, criterion, null, lead, coordinating, timeframe, evidence, notes);
    }

    public static AppendixRow task(String code, String criterion, String target, String lead, String coordinating,
                                   String timeframe, String evidence, String notes) {
        return new AppendixRow(null, code, criterion, target, lead, coordinating, timeframe, evidence, notes, false);
    }

    /** This row with its STT. */
    public AppendixRow numbered(int n) {
        return new AppendixRow(Integer.toString(n), code, criterion, target, lead, coordinating, timeframe, evidence, notes,
                group);
    }

    /** The cells in column order. */
    public java.util.List<String> cells() {
        return java.util.List.of(number, code, criterion, target, lead, coordinating, timeframe, evidence, notes);
    }
}
