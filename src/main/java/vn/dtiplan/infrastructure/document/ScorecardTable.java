package vn.dtiplan.infrastructure.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dtiplan.domain.assessment.Scorecard;

/**
 * A unit's scorecard as officials tabulate it (seed 000, section II.1: STT, Nội dung đánh
 * giá, Điểm đạt được, Điểm tối đa), with the points lost per pillar, the adjustments, the
 * total and, when the published total differs from the sum, the difference on its own line
 * ("keep what was published, show the difference").
 */
public final class ScorecardTable {

    static final List<String> HEADERS = List.of("STT", "Nội dung đánh giá", "Điểm đạt được", "Điểm tối đa", "Điểm bị trừ");
    private static final int[] WIDTHS = {6, 34, 15, 13, 13};

    private ScorecardTable() {
    }

    public static XlsxTable of(String unitName, int year, Scorecard card, Integer rank, Integer rankOf) {
        List<List<Object>> rows = new ArrayList<>();
        int position = 1;
        for (Scorecard.PillarResult pillar : card.pillars()) {
            rows.add(row(Integer.toString(position++), pillar.pillar().getName(), pillar.score(),
                    pillar.pillar().getMax(), pillar.lost()));
        }
        if (card.adjustmentsTotal().signum() != 0) {
            rows.add(row("", "Điểm cộng, trừ", card.adjustmentsTotal(), null, null));
        }
        int totalRow = rows.size();
        BigDecimal total = card.total();
        rows.add(row("", "Tổng điểm", total, card.max(), total == null ? null : card.max().subtract(total)));
        card.difference().filter(d -> d.signum() != 0)
                .ifPresent(d -> rows.add(row("", "Chênh lệch giữa tổng công bố và tổng các nội dung", d, null, null)));
        String caption = unitName + " - năm " + year + (rank != null && rankOf != null ? ", xếp thứ " + rank + "/" + rankOf : "");
        return new XlsxTable("Kết quả " + year, "KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ", caption, HEADERS, rows, WIDTHS,
                Set.of(totalRow));
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
