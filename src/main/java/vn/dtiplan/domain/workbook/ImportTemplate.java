package vn.dtiplan.domain.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * The downloadable import template: instructions, the framework sheet and the scores sheet.
 * Blank, it carries an example (the 8 pillars of Bà Rịa - Vũng Tàu's 2023 ward framework and a
 * few criteria) to overwrite; for a framework, its own pillars and criteria and the units the
 * caller may score at its level.
 */
public final class ImportTemplate {

    public static final String HELP = "Hướng dẫn";
    private static final String[][] EXAMPLE_PILLARS = {{"Nhận thức số", "6"}, {"Thể chế số", "11"}, {"Hạ tầng số", "3"},
        {"Nhân lực số", "10"}, {"An toàn thông tin mạng", "3"}, {"Chính quyền số", "50"}, {"Kinh tế số", "4"},
        {"Xã hội số", "13"}};
    private static final List<String> INSTRUCTIONS = List.of(
            "HƯỚNG DẪN NHẬP BỘ CHỈ SỐ VÀ ĐIỂM TỪ EXCEL",
            "1. Trang „" + FrameworkSheet.NAME + "“: ghi mã đơn vị ban hành (để trống = đơn vị của bạn), năm, cấp được "
                    + "đánh giá (Cấp xã hoặc Cấp huyện) và tên bộ chỉ số.",
            "2. Mỗi dòng của bảng là một nội dung (cột Mã ghi I, II, III… hoặc để trống) hoặc một tiêu chí (cột Mã "
                    + "ghi 1.1, 1.2, 1.2.1…); tiêu chí thuộc nội dung gần nhất phía trên nó.",
            "3. Tiêu chí con (1.2.1) ghi sau tiêu chí cha (1.2) và cùng nội dung; tổng điểm tối đa các tiêu chí "
                    + "không vượt điểm tối đa của nội dung hoặc tiêu chí cha.",
            "4. Trang „" + ScoresSheet.NAME + "“: mỗi dòng là một đơn vị (cột A là mã đơn vị); mỗi cột là một nội dung "
                    + "(tên) hoặc một tiêu chí (mã). Có thể chỉ nhập điểm nội dung. Ô trống là chưa có điểm.",
            "5. Điểm từ 0 đến điểm tối đa, tối đa 4 chữ số thập phân (dấu chấm hoặc dấu phẩy). Dòng „"
                    + ScoresSheet.MAX_ROW + "“ chỉ để tham khảo.",
            "6. Cán bộ cấp trên nhập điểm thẩm định của đơn vị cấp dưới; đơn vị tự nhập điểm tự chấm của mình khi "
                    + "kết quả còn là bản nháp.",
            "7. Nếu tệp có bất kỳ lỗi nào thì không có gì được nhập; hệ thống liệt kê từng lỗi với trang, dòng và "
                    + "cột để sửa rồi tải lên lại.");

    private ImportTemplate() {
    }

    /** The blank template, with the example lines. */
    public static List<Grid> blank(int year) {
        List<FrameworkSheet.Line> lines = new ArrayList<>();
        for (int i = 0; i < EXAMPLE_PILLARS.length; i++) {
            lines.add(new FrameworkSheet.Line(FrameworkSheet.roman(i + 1), EXAMPLE_PILLARS[i][0],
                    new BigDecimal(EXAMPLE_PILLARS[i][1]), null, null));
            if (i == 5) {
                lines.add(new FrameworkSheet.Line("6.1", "Tỷ lệ hồ sơ được giải quyết đúng hạn", new BigDecimal("4"),
                        "Đạt 100 %: 4 điểm; dưới 100 %: 0 điểm", "Báo cáo từ Hệ thống thông tin giải quyết TTHC"));
                lines.add(new FrameworkSheet.Line("6.2", "Tỷ lệ hồ sơ thanh toán trực tuyến", new BigDecimal("3"),
                        null, null));
            }
        }
        List<String> names = lines.stream().filter(l -> !l.code().contains(".")).map(FrameworkSheet.Line::name).toList();
        List<BigDecimal> maxima = lines.stream().filter(l -> !l.code().contains(".")).map(FrameworkSheet.Line::max)
                .toList();
        return List.of(help(),
                FrameworkSheet.grid("", year, UnitLevel.WARD, "Bộ chỉ số đánh giá chuyển đổi số cấp xã năm " + year, lines),
                ScoresSheet.grid(names, maxima, List.of("6.1", "6.2"), List.of(new BigDecimal("4"), new BigDecimal("3")),
                        List.of()));
    }

    /** The template of a framework, listing the units to score. */
    public static List<Grid> of(IndexFramework framework, List<ScoresSheet.Unit> units) {
        return List.of(help(),
                FrameworkSheet.grid(framework.getIssuer().getCode(), framework.getYear(), framework.getLevel(),
                        framework.getName(), FrameworkSheet.lines(framework)),
                ScoresSheet.grid(framework, units));
    }

    private static Grid help() {
        return new Grid(HELP, INSTRUCTIONS.stream().map(line -> List.<Object>of(line)).toList(), List.of(120), Set.of(1));
    }
}
