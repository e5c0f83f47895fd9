package vn.dtiplan.domain.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dtiplan.domain.document.Block.Bullet;
import vn.dtiplan.domain.document.Block.Heading;
import vn.dtiplan.domain.document.Block.Paragraph;

/**
 * Two real plans as documents: Vũng Tàu's 4638/KH-UBND of 13/5/2024 (seed 001, diacritics
 * restored from the OCR) and Phường 2's plan that implements it (seed 000), each with an
 * appendix table in the columns of seed 003.
 */
public final class PlanDocumentFixtures {

    public static final String TASK_3_1_SOLUTION = "Xây dựng Kế hoạch tuyên truyền phổ biến rộng rãi đến người dân về "
            + "tất cả các chính sách khuyến khích thực hiện dịch vụ công trực tuyến do Trung ương và cấp tỉnh ban hành; "
            + "xây dựng kế hoạch thực hiện khuyến khích người dân thực hiện TTHC trực tuyến bằng cách tiếp nhận, hỗ trợ "
            + "tiếp nhận hướng dẫn bổ sung hồ sơ khi nhận được hồ sơ khi công dân nộp qua mạng.";

    private PlanDocumentFixtures() {
    }

    public static PlanDocument plan4638() {
        List<TaskEntry> tasks = List.of(
                new TaskEntry("3.1", null, "Tham mưu ban hành hoặc ban hành chính sách khuyến khích người dân, doanh nghiệp "
                        + "sử dụng dịch vụ công trực tuyến", TASK_3_1_SOLUTION,
                        "Phòng Văn hóa và Thông tin, UBND các phường, xã", "Các phòng, ban chuyên môn",
                        "Vào khoảng thời gian họp HĐND thành phố trong năm"),
                new TaskEntry("3.2", null, "Lập và ban hành Kế hoạch ứng dụng CNTT hằng năm theo đúng thời gian, biểu mẫu quy định",
                        "Triển khai tham mưu UBND thành phố xây dựng Kế hoạch triển khai Kế hoạch của tỉnh, trong đó tập "
                                + "trung vào nội dung nhiệm vụ giao cho thành phố (phải đủ 100% nhiệm vụ giao cho thành phố thực hiện).",
                        "Phòng Văn hóa và Thông tin", "Các phòng, ban chuyên môn",
                        "Ban hành sau 07 ngày từ khi có Kế hoạch của UBND tỉnh"),
                new TaskEntry("3.3", null, "Công chức, viên chức tham gia các khóa tập huấn, đào tạo về CNTT, chuyển đổi số trong năm "
                        + "do Bộ Thông tin và Truyền thông, Sở Thông tin và Truyền thông tổ chức",
                        "Rà soát, cử nhân sự tham gia các khóa đào tạo về chuyển đổi số do Sở Thông tin và Truyền thông tổ "
                                + "chức bảo đảm tham dự đủ 100%.",
                        "Phòng Nội vụ; Phòng Văn hóa và Thông tin", null,
                        "Thực hiện rà soát đăng ký danh sách với Sở Thông tin và Truyền thông"),
                new TaskEntry("3.4", null, "Tỷ lệ cán bộ, công chức đã được cấp hộp thư điện tử có sử dụng thường xuyên trong công việc",
                        "Tăng cường công tác gửi nhận tài liệu góp ý đối với các dự thảo Kế hoạch, báo cáo mà các đơn vị gửi "
                                + "lấy ý kiến, file mềm góp ý gửi về địa chỉ mail của cán bộ soạn thảo.",
                        "Các phòng, ban, UBND các phường, xã", null, "Thường xuyên"),
                new TaskEntry("3.5", null, "Tỷ lệ hồ sơ được giải quyết đúng hạn",
                        "Thủ trưởng các cơ quan, đơn vị hằng ngày kiểm tra, kiểm soát tình hình tiếp nhận và xử lý hồ sơ của "
                                + "cơ quan, đơn vị mình, đặc biệt các lĩnh vực đất đai, xây dựng, không để hồ sơ trễ hạn.",
                        "Tất cả các phòng, ban chuyên môn, UBND các phường, xã", null, "Hằng ngày"),
                new TaskEntry("3.6", null, "Triển khai các giải pháp để nâng cao tỷ lệ giải quyết hồ sơ trực tuyến",
                        "Các cơ quan, đơn vị xây dựng kế hoạch khuyến khích người dân nộp hồ sơ trực tuyến; đa dạng hóa các "
                                + "hình thức tuyên truyền hướng dẫn người dân nộp hồ sơ trực tuyến.",
                        "Tất cả các phòng, ban chuyên môn, UBND các phường, xã", null, "Thường xuyên"),
                new TaskEntry("3.7", null, "Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến",
                        "Tăng cường công tác tuyên truyền thanh toán không sử dụng tiền mặt tại bộ phận một cửa, áp dụng "
                                + "hình thức sử dụng biên lai điện tử; triển khai tạo mã QR code (mã VNPay) cho từng giao dịch.",
                        "Các cơ quan có phát sinh phí, lệ phí TTHC, UBND các phường, xã", null, "Thường xuyên"),
                new TaskEntry("3.8", null, "Tỷ lệ hồ sơ thanh toán trực tuyến",
                        "Tăng cường công tác tuyên truyền vận động hướng dẫn người dân nộp hồ sơ TTHC từ xa qua mạng và "
                                + "thanh toán phí, lệ phí trực tuyến.",
                        "Tất cả các phòng chuyên môn; Phòng Văn hóa và Thông tin", null, "Thường xuyên"),
                new TaskEntry("3.9", null, "Các chức năng hỗ trợ người khuyết tật tiếp cận thông tin (tăng, giảm cỡ chữ; bộ đọc bài "
                        + "viết,...); chức năng cho phép người dân đánh giá chất lượng phục vụ; App dành cho di động",
                        "Văn phòng HĐND và UBND chủ trì nghiên cứu tích hợp các chức năng hỗ trợ người khuyết tật theo tiêu "
                                + "chí vào Website của thành phố theo quy định.",
                        "Văn phòng HĐND và UBND", null, "Quý II năm 2024"),
                new TaskEntry("3.10", null, "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử",
                        "Tăng cường công tác tuyên truyền, tổ chức các hội nghị chuyên đề gặp gỡ doanh nghiệp, tọa đàm về "
                                + "chuyển đổi số, hợp đồng điện tử để các đơn vị doanh nghiệp sẵn sàng sử dụng.",
                        "Phòng Văn hóa và Thông tin", null, "Thường xuyên"),
                new TaskEntry("3.11", null, "Số lượng người dân được phổ cập kỹ năng số cộng đồng theo quy định",
                        "Tổ chức nhiều buổi hội nghị cấp phường, xã tuyên truyền về chuyển đổi số, xu hướng công nghệ, kỹ "
                                + "năng phòng chống lừa đảo qua mạng cho người dân trên địa bàn thành phố Vũng Tàu.",
                        "Phòng Văn hóa và Thông tin, UBND các phường, xã", null, "Thường xuyên"));
        List<Block> solutions = new ArrayList<>(List.of(new Heading("1. Kết quả đánh giá"),
                new Paragraph("UBND thành phố Vũng Tàu đạt 87.381 điểm, xếp thứ 2/8 huyện, thị xã, thành phố."),
                new Heading("2. Tiêu chí không đạt và nguyên nhân theo ý kiến tổ thẩm định"),
                new Paragraph("Trong 08 nội dung đánh giá nêu trên thì có 02 nội dung được đánh giá hoàn thành cụ thể là "
                        + "Nhận thức số và Hạ tầng số; có 11 tiêu chí thành phần không đạt điểm tuyệt đối chi tiết theo phụ lục đính kèm."),
                new Heading("3. Giải pháp khắc phục")));
        tasks.forEach(t -> solutions.addAll(t.blocks()));
        List<AppendixRow> rows = new ArrayList<>();
        rows.add(AppendixRow.group("1", "Thể chế số"));
        for (TaskEntry t : tasks) {
            rows.add(AppendixRow.task(t.number(), t.criterion(), t.lead(), t.coordinating(), t.timeframe(),
                    "Kế hoạch, văn bản triển khai", null));
        }
        return new PlanDocument(
                IssuingAuthority.of("Ủy ban nhân dân thành phố Vũng Tàu"),
                "4638/KH-UBND", "Vũng Tàu", LocalDate.of(2024, 5, 13),
                "Khắc phục những tồn tại, hạn chế về chuyển đổi số năm 2023 và giải pháp thực hiện năm 2024 "
                        + "trên địa bàn thành phố Vũng Tàu",
                List.of("Thực hiện Quyết định số 3710/QĐ-UBND ngày 02/12/2022 về việc ban hành Quy định đánh giá Chỉ số "
                                + "Chuyển đổi số tại các sở, ban, ngành, UBND cấp huyện, UBND cấp xã trên địa bàn tỉnh Bà Rịa - "
                                + "Vũng Tàu; Quyết định số 3895/QĐ-UBND ngày 29/12/2023 về việc công bố kết quả chỉ số Chuyển "
                                + "đổi số năm 2023 của UBND tỉnh Bà Rịa - Vũng Tàu.",
                        "UBND thành phố Vũng Tàu xây dựng Kế hoạch đánh giá tồn tại, hạn chế trong năm 2023 và triển khai "
                                + "các giải pháp khắc phục chỉ số chuyển đổi số năm 2024 trên địa bàn thành phố Vũng Tàu, "
                                + "cụ thể như sau:"),
                List.of(Section.numbered(1, "Mục đích, yêu cầu", List.of(
                                new Heading("1. Mục đích"),
                                new Paragraph("Triển khai đánh giá lại tất cả những tồn tại, hạn chế của UBND thành phố, các "
                                        + "cơ quan, đơn vị và UBND 17 phường, xã trên địa bàn thành phố Vũng Tàu trong bảng đánh "
                                        + "giá mức độ thực hiện chuyển đổi số năm 2023."),
                                new Heading("2. Yêu cầu"),
                                new Paragraph("Thủ trưởng các phòng, ban chuyên môn thuộc thành phố Vũng Tàu nghiên cứu kỹ bộ "
                                        + "tiêu chí chấm điểm năm 2023 với những nội dung tồn tại, hạn chế chưa được đánh giá "
                                        + "(bị trừ điểm), triển khai những giải pháp cụ thể tham mưu UBND thành phố triển khai thực hiện."))),
                        Section.numbered(2, "Đánh giá những tồn tại hạn chế trong năm 2023 và giải pháp khắc phục", solutions),
                        Section.numbered(3, "Tổ chức thực hiện", List.of(
                                new Heading("1. Giao Thủ trưởng các phòng, ban chuyên môn"),
                                new Bullet("Trên cơ sở chức năng, nhiệm vụ được giao triển khai thực hiện các giải pháp khắc "
                                        + "phục cụ thể nêu trên;"),
                                new Heading("2. Giao UBND các phường, xã"),
                                new Bullet("Triển khai ngay kế hoạch đánh giá tồn tại, hạn chế về công tác triển khai thực hiện "
                                        + "nhiệm vụ chuyển đổi số năm 2023 và đưa ra các giải pháp khắc phục năm 2024.")))),
                "Trên đây là Kế hoạch khắc phục những tồn tại, hạn chế về chuyển đổi số năm 2023 và giải pháp thực hiện "
                        + "năm 2024 trên địa bàn thành phố Vũng Tàu./.",
                List.of("UBND tỉnh (báo cáo)", "Sở Thông tin và Truyền thông (báo cáo)",
                        "TTr. Thành ủy, HĐND thành phố (báo cáo)", "BCĐ CĐS - ƯDCNTT TPVT", "CT, các PCT UBND TPVT",
                        "Các cơ quan chuyên môn thuộc TPVT", "UBND các phường, xã (thực hiện)"),
                new Signature("KT. Chủ tịch", "Phó Chủ tịch", "Vũ Hồng Thuận"),
                new Appendix("Phân công thực hiện nhiệm vụ chi tiết", rows));
    }

    public static PlanDocument phuong2() {
        List<TaskEntry> tasks = List.of(
                new TaskEntry("3.1", null, "Nội dung Thể chế số", "Lập và ban hành Kế hoạch ứng dụng CNTT hằng năm theo đúng "
                        + "thời gian, biểu mẫu quy định.", "Bộ phận Văn hóa xã hội Phường",
                        "Bộ phận một cửa UBND Phường và các bộ phận chuyên môn liên quan", "Trong năm 2024"),
                new TaskEntry("3.2", null, "Tỷ lệ hồ sơ được giải quyết đúng hạn", "Tăng cường kiểm tra, kiểm soát tình hình "
                        + "tiếp nhận và xử lý hồ sơ, không để hồ sơ trễ hạn.", "Bộ phận văn thư Phường",
                        "Các bộ phận chuyên môn thuộc UBND Phường", "Hằng ngày"),
                new TaskEntry("3.3", null, "Triển khai mô hình chợ 4.0", "Tiếp tục tuyên truyền thanh toán không dùng tiền mặt, "
                        + "thống kê các hộ kinh doanh sử dụng ví điện tử, mã QR tại chợ 4.0 Nguyễn Công Trứ.",
                        "Bộ phận Kinh tế UBND Phường", null, "Thường xuyên"));
        List<Block> solutions = new ArrayList<>(List.of(new Heading("1. Kết quả đánh giá"),
                new Paragraph("UBND Phường 2 đạt 83.105 điểm xếp thứ 2/17 phường, xã."),
                new Heading("3. Giải pháp khắc phục")));
        tasks.forEach(t -> solutions.addAll(t.blocks()));
        List<AppendixRow> rows = tasks.stream().map(t -> AppendixRow.task(t.number(), t.criterion(), t.lead(),
                t.coordinating(), t.timeframe(), null, null)).toList();
        return new PlanDocument(IssuingAuthority.of("Ủy ban nhân dân Phường 2"), null, "Phường 2", null,
                "Khắc phục những tồn tại, hạn chế về chuyển đổi số năm 2023 và giải pháp thực hiện năm 2024 trên địa bàn Phường 2",
                List.of("Căn cứ Kế hoạch số 4638/KH-UBND ngày 13/5/2024 của UBND thành phố Vũng Tàu; UBND Phường xây "
                        + "dựng kế hoạch cụ thể như sau:"),
                List.of(Section.numbered(1, "Mục đích, yêu cầu", List.of(new Heading("1. Mục đích"),
                                new Paragraph("Triển khai đánh giá lại tất cả những tồn tại, hạn chế của UBND Phường trong "
                                        + "bảng đánh giá mức độ thực hiện chuyển đổi số năm 2023."))),
                        Section.numbered(2, "Đánh giá những tồn tại hạn chế trong năm 2023 và giải pháp khắc phục", solutions),
                        Section.numbered(3, "Tổ chức thực hiện", List.of(new Heading("1. Các bộ phận chuyên môn"),
                                new Bullet("Căn cứ nhiệm vụ được giao trong kế hoạch tổ chức tham mưu UBND Phường 2 xây dựng "
                                        + "các kế hoạch cụ thể của lĩnh vực mình để triển khai thực hiện.")))),
                "Trên đây là Kế hoạch khắc phục các tiêu chí không đạt điểm tối đa trong Chuyển đổi số năm 2024 trên địa "
                        + "bàn Phường 2./.",
                List.of("Phòng VHTT TPVT (b/c)", "TTr. Đảng ủy, HĐND P2", "Chủ tịch và các PCT UBND P2",
                        "Lưu: VT, VHTT."),
                new Signature("TM. Ủy ban nhân dân", "Chủ tịch", "Vũ Phương Hảo"),
                new Appendix("Phân công thực hiện nhiệm vụ chi tiết", rows));
    }
}
