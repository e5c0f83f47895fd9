package vn.dtiplan.application.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dtiplan.application.AssessmentView;
import vn.dtiplan.application.ChildRanking;
import vn.dtiplan.domain.document.Table;

/**
 * The children of a unit ranked for a year, in the ranking screen's order (published rank
 * first, else by total): published rank, computed rank, unit, total, then one column per
 * pillar headed with its maximum ("Chính quyền số (50)"). A child without a score keeps its
 * row with "Chưa có điểm" as the ranking screen shows.
 */
final class RankingTable {

    static final String NOT_SCORED = "Chưa có điểm";
    static final List<String> HEADERS = List.of("Hạng công bố", "Hạng tính toán", "Đơn vị", "Tổng điểm");

    private RankingTable() {
    }

    static Table of(ChildRanking ranking) {
        Map<String, BigDecimal> pillars = pillars(ranking);
        List<String> headers = new ArrayList<>(HEADERS);
        pillars.forEach((name, max) -> headers.add(max == null ? name : name + " (" + max.toPlainString() + ")"));
        List<List<Object>> rows = new ArrayList<>();
        for (ChildRanking.Row child : ranking.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(child.publishedRank());
            row.add(child.computedRank());
            row.add(child.unitName());
            row.add(child.total() == null ? NOT_SCORED : child.total());
            pillars.keySet().forEach(name -> row.add(child.pillars().stream().filter(p -> p.name().equals(name))
                    .findFirst().map(AssessmentView.PillarLine::score).orElse(null)));
            rows.add(row);
        }
        int[] widths = new int[headers.size()];
        Arrays.fill(widths, 13);
        widths[2] = 28;
        String name = ranking.frameworks().stream().filter(f -> Long.valueOf(f.id()).equals(ranking.frameworkId()))
                .map(vn.dtiplan.application.FrameworkChoice::name).findFirst().orElse(null);
        return new Table("Xếp hạng " + ranking.year(), ranking.kind() == null || "DTI".equals(ranking.kind()) || name == null
                ? "KẾT QUẢ XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ" : "KẾT QUẢ XẾP HẠNG " + name.toUpperCase(java.util.Locale.forLanguageTag("vi")),
                "Các đơn vị trực thuộc " + ranking.unitName() + " - năm " + ranking.year(), headers, rows, widths, Set.of());
    }

    /** The pillars of the children's frameworks in order of first appearance, with their maxima. */
    private static Map<String, BigDecimal> pillars(ChildRanking ranking) {
        Map<String, BigDecimal> pillars = new LinkedHashMap<>();
        ranking.rows().forEach(r -> r.pillars().forEach(p -> pillars.putIfAbsent(p.name(), p.max())));
        return pillars;
    }
}
