package vn.dtiplan.application.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dtiplan.application.AssessmentView;
import vn.dtiplan.domain.document.Table;

/**
 * A unit's scorecard as officials tabulate it (seed 000, section II.1: STT, Nội dung đánh
 * giá, Điểm đạt được, Điểm tối đa) with the points lost per pillar, then the lines of the
 * scorecard screen: each adjustment with its reason, the total (the published one when there
 * is one) and, when the published total differs from the computed one, the difference on its
 * own line ("keep what was published, show the difference"). A second sheet lists the
 * criteria below their maximum, most points lost first (seed 000's appendix).
 */
final class ScorecardTable {

    static final List<String> HEADERS = List.of("STT", "Nội dung đánh giá", "Điểm đạt được", "Điểm tối đa", "Điểm bị trừ");
    static final List<String> GAP_HEADERS = List.of("Mã tiêu chí", "Tiêu chí", "Nội dung đánh giá", "Điểm đạt được",
            "Điểm tối đa", "Điểm bị trừ");
    static final String ADJUSTMENT = "Điểm cộng, trừ";
    static final String TOTAL = "Tổng điểm";
    static final String DIFFERENCE = "Chênh lệch giữa tổng công bố và tổng tính toán";

    private ScorecardTable() {
    }

    static List<Table> of(AssessmentView card) {
        return card.criterionGaps().isEmpty() ? List.of(pillars(card)) : List.of(pillars(card), criteria(card));
    }

    static Table pillars(AssessmentView card) {
        List<List<Object>> rows = new ArrayList<>();
        int position = 1;
        for (AssessmentView.PillarLine pillar : card.pillars()) {
            rows.add(row(Integer.toString(position++), pillar.name(), pillar.score(), pillar.max(), lost(pillar.max(), pillar.score())));
        }
        for (AssessmentView.AdjustmentLine adjustment : card.adjustments()) {
            rows.add(row("", ADJUSTMENT + ": " + adjustment.reason(), adjustment.points(), null, null));
        }
        int totalRow = rows.size();
        rows.add(row("", TOTAL, card.total(), card.max(), lost(card.max(), card.total())));
        if (card.difference() != null && card.difference().signum() != 0) {
            rows.add(row("", DIFFERENCE, card.difference(), null, null));
        }
        return new Table("Kết quả " + card.year(), heading(card.kind(), card.frameworkName()), caption(card), HEADERS, rows,
                new int[]{6, 40, 15, 13, 13}, Set.of(totalRow));
    }

    private static Table criteria(AssessmentView card) {
        List<List<Object>> rows = card.criterionGaps().stream().map(g -> {
            List<Object> row = new ArrayList<>();
            row.add(g.code());
            row.add(g.title());
            row.add(g.pillar());
            row.add(g.score());
            row.add(g.max());
            row.add(g.lost());
            return row;
        }).toList();
        return new Table("Tiêu chí chưa đạt", "TIÊU CHÍ CHƯA ĐẠT ĐIỂM TỐI ĐA", caption(card), GAP_HEADERS, rows,
                new int[]{10, 50, 22, 13, 12, 12}, Set.of());
    }

    private static String caption(AssessmentView card) {
        return card.unitName() + " - năm " + card.year()
                + (card.rank() != null && card.rankOf() != null ? ", xếp thứ " + card.rank() + "/" + card.rankOf() : "")
                + (card.grade() != null ? ", xếp loại " + card.grade() : "");
    }

    /** The sheet's heading: the DTI's as before, another index's with its framework's name. */
    static String heading(String kind, String frameworkName) {
        return kind == null || "DTI".equals(kind) || frameworkName == null ? "KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ"
                : "KẾT QUẢ ĐÁNH GIÁ " + frameworkName.toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }

    private static BigDecimal lost(BigDecimal max, BigDecimal score) {
        return max == null || score == null ? null : max.subtract(score);
    }

    private static List<Object> row(String stt, String name, BigDecimal score, BigDecimal max, BigDecimal lost) {
        List<Object> row = new ArrayList<>();
        row.add(stt);
        row.add(name);
        row.add(score);
        row.add(max);
        row.add(lost);
        return row;
    }
}
